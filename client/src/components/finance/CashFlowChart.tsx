import { formatMonth, monthShort } from '../../lib/documents';
import { formatCents, plural } from '../../lib/format';
import type { CashFlowQuery } from '../../gql/graphql';

type CashFlow = CashFlowQuery['cashFlow'];

/** Income and expense bars per month (plain SVG), net as a dot. */
export function MonthlyCashFlowChart({ flow }: { flow: CashFlow }) {
  const months = flow.months;
  const W = 520;
  const H = 220;
  const top = 16;
  const bottom = 26;
  const plot = H - top - bottom;
  const max = Math.max(1, ...months.map((m) => Math.max(m.income.cents, m.expense.cents)));
  const slot = W / Math.max(1, months.length);
  const bar = Math.min(28, slot * 0.32);
  const y = (c: number) => top + plot - (Math.max(0, c) / max) * plot;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="bar-chart fin-chart" role="img" aria-labelledby="cf-title cf-desc">
      <desc id="cf-desc">
        {months.map((m) => `${formatMonth(m.month)}: entradas ${m.income.formatted}, saídas ${m.expense.formatted}, saldo ${m.net.formatted}`).join('; ')}
      </desc>
      <line x1={0} x2={W} y1={top + plot} y2={top + plot} className="bar-chart__axis" />
      {months.map((m, i) => {
        const cx = i * slot + slot / 2;
        const hi = (m.income.cents / max) * plot;
        const he = (m.expense.cents / max) * plot;
        return (
          <g key={m.month}>
            <rect x={cx - bar - 1} y={top + plot - hi} width={bar} height={Math.max(hi, m.income.cents > 0 ? 1 : 0)} rx={3} className="fin-chart__income">
              <title>
                {formatMonth(m.month)} — entradas: {m.income.formatted}
              </title>
            </rect>
            <rect x={cx + 1} y={top + plot - he} width={bar} height={Math.max(he, m.expense.cents > 0 ? 1 : 0)} rx={3} className="fin-chart__expense">
              <title>
                {formatMonth(m.month)} — saídas: {m.expense.formatted}
              </title>
            </rect>
            {m.net.cents > 0 && <circle cx={cx} cy={y(m.net.cents)} r={3.5} className="fin-chart__net"><title>Saldo do mês: {m.net.formatted}</title></circle>}
            <text x={cx} y={H - 8} textAnchor="middle" className="bar-chart__label">
              {monthShort(m.month)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Horizontal bars per category, income and expense separately. */
export function CategoryChart({ flow }: { flow: CashFlow }) {
  const groups = (['EXPENSE', 'INCOME'] as const).map((kind) => ({ kind, rows: flow.categories.filter((c) => c.kind === kind).slice(0, 8) }));
  return (
    <div className="fin-cats">
      {groups.map(({ kind, rows }) => {
        const max = Math.max(1, ...rows.map((r) => r.total.cents));
        const rowH = 26;
        const W = 360;
        const label = 130;
        return (
          <figure key={kind} className="fin-cats__group">
            <figcaption>{kind === 'INCOME' ? 'Entradas por categoria' : 'Saídas por categoria'}</figcaption>
            {rows.length === 0 ? (
              <p className="muted small">Nada no período.</p>
            ) : (
              <svg viewBox={`0 0 ${W} ${rows.length * rowH}`} className="fin-cats__svg" role="img" aria-label={rows.map((r) => `${r.category}: ${r.total.formatted}`).join('; ')}>
                {rows.map((r, i) => {
                  const w = ((W - label - 80) * r.total.cents) / max;
                  return (
                    <g key={r.category} transform={`translate(0 ${i * rowH})`}>
                      <text x={label - 6} y={17} textAnchor="end" className="fin-cats__label">
                        {r.category.length > 18 ? `${r.category.slice(0, 17)}…` : r.category}
                      </text>
                      <rect x={label} y={5} width={Math.max(w, 1)} height={16} rx={3} className={kind === 'INCOME' ? 'fin-chart__income' : 'fin-chart__expense'}>
                        <title>
                          {r.category}: {r.total.formatted} ({plural(r.count, 'lançamento')})
                        </title>
                      </rect>
                      <text x={label + Math.max(w, 1) + 6} y={17} className="fin-cats__value">
                        {formatCents(r.total.cents)}
                      </text>
                    </g>
                  );
                })}
              </svg>
            )}
          </figure>
        );
      })}
    </div>
  );
}
