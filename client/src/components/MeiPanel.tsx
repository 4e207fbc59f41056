import { useQuery } from 'urql';
import { Link } from 'react-router-dom';
import { apiError } from '../lib/errors';
import { formatMonth, monthShort } from '../lib/documents';
import { formatCents, formatShortDate } from '../lib/format';
import { formatIsoDay, LIMIT_STATUS_LABELS, limitTone, MeiDashboardDocument, type MeiLimit } from '../lib/fiscal';

/** Stable (urql re-runs a query whenever its context object changes). */
const DOCUMENT_CONTEXT = { additionalTypenames: ['Document'] };
const NO_VARS = {};

/** Semicircle gauge: the share of the yearly limit already billed, coloured by status. */
function LimitGauge({ limit }: { limit: MeiLimit }) {
  const tone = limitTone(limit.status);
  const fill = Math.max(0, Math.min(100, limit.percent));
  const pct = limit.percent.toLocaleString('pt-BR', { maximumFractionDigits: 1 });
  const arc = 'M 20 110 A 90 90 0 0 1 200 110';
  return (
    <div className={`mei-gauge mei-gauge--${tone}`}>
      <svg viewBox="0 0 220 124" className="mei-gauge__svg" role="img" aria-label={`${pct}% do limite do MEI usado: ${LIMIT_STATUS_LABELS[limit.status]}`}>
        <path d={arc} className="mei-gauge__track" pathLength={100} />
        <path d={arc} className="mei-gauge__fill" pathLength={100} strokeDasharray={`${fill} 100`} />
        <text x="110" y="96" textAnchor="middle" className="mei-gauge__pct">
          {pct}%
        </text>
        <text x="110" y="118" textAnchor="middle" className="mei-gauge__sub">
          do limite
        </text>
      </svg>
      <p className="mei-gauge__status" data-testid="limit-status">
        <span className={`badge mei-badge mei-badge--${tone}`}>{LIMIT_STATUS_LABELS[limit.status] ?? limit.status}</span>
      </p>
    </div>
  );
}

function LimitCard({ limit }: { limit: MeiLimit }) {
  return (
    <section className="card mei-card" aria-labelledby="mei-title">
      <div className="card__head">
        <h2 id="mei-title">Limite do MEI {limit.year}</h2>
        {limit.proportional && (
          <span className="badge badge--muted" title={`Ano de abertura: limite de ${limit.months} meses`}>
            Limite proporcional
          </span>
        )}
      </div>
      <LimitGauge limit={limit} />
      <p className="mei-card__meaning">{limit.meaning}</p>
      <dl className="facts mei-facts">
        <div>
          <dt>Faturado no ano</dt>
          <dd>{formatCents(limit.revenueCents)}</dd>
        </div>
        <div>
          <dt>{limit.remainingCents >= 0 ? 'Ainda cabe' : 'Acima do limite'}</dt>
          <dd>{formatCents(Math.abs(limit.remainingCents))}</dd>
        </div>
        <div>
          <dt>Limite{limit.proportional ? ` (${limit.months} meses)` : ''}</dt>
          <dd>{formatCents(limit.limitCents)}</dd>
        </div>
        <div>
          <dt>Projeção para dezembro</dt>
          <dd>
            {formatCents(limit.projectedYearEndCents)}
            {limit.projectedStatus !== 'OK' && limit.projectedStatus !== limit.status && (
              <span className={`small table__sub mei-text--${limitTone(limit.projectedStatus)}`}>{LIMIT_STATUS_LABELS[limit.projectedStatus]}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** Monthly revenue bars (plain SVG) with the average a month may bill within the limit. */
function RevenueChart({ limit }: { limit: MeiLimit }) {
  const months = Array.from({ length: 12 }, (_, i) => {
    const key = `${limit.year}-${String(i + 1).padStart(2, '0')}`;
    return { key, cents: limit.monthly.find((m) => m.month === key)?.revenueCents ?? 0 };
  });
  const average = limit.months > 0 ? limit.limitCents / limit.months : limit.limitCents / 12;
  const max = Math.max(1, limit.applies ? average : 0, ...months.map((m) => m.cents));
  const W = 480;
  const H = 200;
  const top = 16;
  const bottom = 24;
  const plot = H - top - bottom;
  const slot = W / 12;
  const y = (c: number) => top + plot - (c / max) * plot;
  const avgY = y(average);
  return (
    <section className="card revenue-card" aria-labelledby="revenue-title">
      <div className="card__head">
        <h2 id="revenue-title">Faturamento mês a mês</h2>
        <span className="muted small">{limit.year}</span>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} className="bar-chart" role="img" aria-labelledby="revenue-title revenue-desc">
        <desc id="revenue-desc">{months.map((m) => `${monthShort(m.key)}: ${formatCents(m.cents)}`).join('; ')}</desc>
        <line x1={0} x2={W} y1={top + plot} y2={top + plot} className="bar-chart__axis" />
        {months.map((m, i) => {
          const h = (m.cents / max) * plot;
          return (
            <g key={m.key}>
              <rect x={i * slot + slot * 0.18} y={top + plot - h} width={slot * 0.64} height={Math.max(h, m.cents > 0 ? 1 : 0)} rx={3} className={`bar-chart__bar${limit.applies && m.cents > average ? ' is-over' : ''}`}>
                <title>
                  {formatMonth(m.key)}: {formatCents(m.cents)}
                </title>
              </rect>
              <text x={i * slot + slot / 2} y={H - 6} textAnchor="middle" className="bar-chart__label">
                {monthShort(m.key)}
              </text>
            </g>
          );
        })}
        {limit.applies && (
          <>
            <line x1={0} x2={W} y1={avgY} y2={avgY} className="bar-chart__avg" />
            <text x={W - 4} y={avgY - 4} textAnchor="end" className="bar-chart__avg-label">
              média permitida {formatCents(Math.round(average))}/mês
            </text>
          </>
        )}
      </svg>
    </section>
  );
}

function AlertsCard({ limit }: { limit: MeiLimit }) {
  const exceeded = limit.status === 'EXCEEDED' || limit.status === 'EXCEEDED_RETROACTIVE';
  return (
    <section className="card alerts-card" aria-labelledby="alerts-title">
      <h2 id="alerts-title">Alertas</h2>
      {exceeded && (
        <div className="alert alert--error" role="alert">
          Limite ultrapassado{limit.excessMonth ? ` em ${formatMonth(limit.excessMonth)}` : ''}.
          {limit.notificationDeadline && (
            <>
              {' '}
              Comunique o desenquadramento à Receita até <strong>{formatIsoDay(limit.notificationDeadline)}</strong>.
            </>
          )}
        </div>
      )}
      {limit.alertsSent.length === 0 && !exceeded ? (
        <p className="muted">Nenhum alerta por enquanto. Avisamos quando o faturamento chegar a 70%, 90%, 100% e 120% do limite.</p>
      ) : (
        <ul className="alert-list">
          {[...limit.alertsSent]
            .sort((a, b) => b.level - a.level)
            .map((a) => (
              <li key={a.level} className={`alert-list__item mei-text--${a.level >= 100 ? 'exceeded' : a.level >= 90 ? 'warning' : 'attention'}`}>
                <strong>{a.level}% do limite</strong> <span className="muted small">· aviso enviado em {formatShortDate(a.at)}</span>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}

function DasCard({ das, lastMonthCents }: { das: { competence: string; dueDate: string; amountCents: number | null; overdue: boolean }[]; lastMonthCents: number | null }) {
  const next = das.find((d) => !d.overdue);
  const overdue = das.filter((d) => d.overdue).length;
  return (
    <section className="card das-card" aria-labelledby="das-title">
      <h2 id="das-title">Próximo DAS</h2>
      {next ? (
        <>
          <p className="das-card__amount">{next.amountCents != null ? formatCents(next.amountCents) : 'Valor a confirmar'}</p>
          <p>
            Vence em <strong>{formatIsoDay(next.dueDate)}</strong> <span className="muted small">(competência {formatMonth(next.competence)})</span>
          </p>
        </>
      ) : (
        <p className="muted">Nenhuma guia a vencer neste ano.</p>
      )}
      {overdue > 0 && (
        // Prumo does not see the payments (they happen at the bank, from the PGMEI guide): a reminder, not an alarm.
        <p className="small muted">
          {overdue === 1 ? '1 guia deste ano já venceu' : `${overdue} guias deste ano já venceram`}. Se alguma ficou sem pagar, emita a guia atualizada no PGMEI.
        </p>
      )}
      {lastMonthCents != null && <p className="das-card__last">Faturamento do mês passado: {formatCents(lastMonthCents)}</p>}
    </section>
  );
}

/** The fiscal cards of the dashboard: MEI limit, monthly revenue, alerts, next DAS. */
export function MeiPanel() {
  const [result] = useQuery({ query: MeiDashboardDocument, variables: NO_VARS, requestPolicy: 'cache-and-network', context: DOCUMENT_CONTEXT });
  const data = result.data;
  if (!data) {
    return result.error ? (
      <section className="card">
        <h2>Limite do MEI</h2>
        <p className="muted">{apiError(result.error)?.message ?? 'Não foi possível carregar agora.'}</p>
      </section>
    ) : (
      <section className="card">
        <h2>Limite do MEI</h2>
        <p className="muted" role="status">
          Carregando…
        </p>
      </section>
    );
  }
  const summary = data.me.account?.revenueSummary ?? null;
  if (!data.meiLimit.applies) {
    // Not a MEI (fiscal profile): the year's revenue, without the MEI limit, alerts or DAS-MEI.
    return (
      <>
        <section className="card mei-card" aria-labelledby="mei-title">
          <h2 id="mei-title">Faturamento {data.meiLimit.year}</h2>
          <p className="mei-card__figure">
            <strong>{formatCents(data.meiLimit.revenueCents)}</strong> no ano
          </p>
          <p className="muted">
            {data.meiLimit.meaning} <Link to="/configuracoes?aba=fiscal">Alterar o perfil fiscal</Link>
          </p>
        </section>
        <RevenueChart limit={data.meiLimit} />
      </>
    );
  }
  return (
    <>
      <LimitCard limit={data.meiLimit} />
      <RevenueChart limit={data.meiLimit} />
      <AlertsCard limit={data.meiLimit} />
      <DasCard das={data.dasCalendar} lastMonthCents={summary?.lastMonthCents ?? null} />
    </>
  );
}
