import { useQuery } from 'urql';
import { Alert } from '../forms';
import { apiError } from '../../lib/errors';
import { GenerationTreeDocument, dayLabel, kwhLabel, monthLabel, percentLabel } from '../../lib/energy';

/** Plant -> beneficiaries with percentage bars, balances, credits expiring soon and savings net of Fio B. */
export function GdTree({ clientId, version }: { clientId: string; version: number }) {
  const [r] = useQuery({ query: GenerationTreeDocument, variables: { id: clientId, months: 12 }, requestPolicy: 'cache-and-network' });
  void version;
  const err = apiError(r.error);
  if (err) return <Alert>{err.message}</Alert>;
  const tree = r.data?.generationTree;
  if (!tree) return <p className="muted">Carregando…</p>;
  if (!tree.plants.length) return <p className="muted">Este titular não tem usinas de geração distribuída.</p>;
  return (
    <div>
      <p>
        Economia estimada com os créditos acumulados: <strong>{tree.estimatedSavings.formatted}</strong>{' '}
        <span className="muted">(já descontada a parcela do Fio B das usinas que a pagam)</span>
      </p>
      {tree.plants.map((p) => (
        <section key={p.unit.id} className="card gd-plant">
          <div className="gd-plant__head">
            <div>
              <p className="eyebrow">Usina</p>
              <h3>UC {p.unit.uc}</h3>
              <p className="muted">{p.unit.address}</p>
            </div>
            <div>
              <p>
                Saldo da usina: <strong>{kwhLabel(p.balanceKwh)}</strong> · com as beneficiárias: <strong>{kwhLabel(p.treeBalanceKwh)}</strong>
              </p>
              <p>
                Economia estimada: <strong>{p.estimatedSavings.formatted}</strong>
              </p>
              <p className="muted">
                kWh médio {p.averageTariffPerKwh.formatted} ·{' '}
                {p.fioBExempt ? 'isenta do Fio B até 2045' : `Fio B ${p.fioBSharePercent}% neste ano`}
                {p.accessRequestedOn && <> · acesso solicitado em {dayLabel(p.accessRequestedOn)}</>}
              </p>
              {p.referenceMonth && p.injectedKwh !== null && (
                <p className="muted">
                  Em {monthLabel(p.referenceMonth)}: {kwhLabel(p.injectedKwh)} injetados, {kwhLabel(p.receivedKwh ?? 0)} ficaram com a usina, {kwhLabel(p.compensatedKwh ?? 0)}{' '}
                  compensados na fatura dela
                </p>
              )}
            </div>
          </div>
          <ul className="gd-beneficiaries">
            <li className="gd-beneficiary">
              <span>Fica com a usina</span>
              <span className="gd-bar gd-bar--retained" aria-label={`${percentLabel(p.retainedPercent)} com a usina`}>
                <span style={{ width: `${p.retainedPercent}%` }} />
              </span>
              <span>{percentLabel(p.retainedPercent)}</span>
            </li>
            {p.beneficiaries.map((b) => (
              <li key={b.unit.id} className="gd-beneficiary" data-testid="gd-beneficiary" data-uc={b.unit.uc}>
                <span>
                  UC {b.unit.uc}
                  <span className="muted">
                    {' '}
                    · saldo <span data-testid="gd-beneficiary-balance">{kwhLabel(b.balanceKwh)}</span>
                  </span>
                  {p.referenceMonth && b.receivedKwh !== null && (
                    <span className="muted gd-beneficiary__month">
                      {monthLabel(p.referenceMonth)}: recebeu {kwhLabel(b.receivedKwh)}, compensou {kwhLabel(b.compensatedKwh ?? 0)}
                      {b.expiringKwh > 0 && <> · {kwhLabel(b.expiringKwh)} vencem em até {tree.months} meses</>}
                    </span>
                  )}
                </span>
                <span className="gd-bar" aria-label={`${percentLabel(b.percent)} para a UC ${b.unit.uc}`}>
                  <span style={{ width: `${b.percent}%` }} />
                </span>
                <span>{percentLabel(b.percent)}</span>
              </li>
            ))}
          </ul>
          <h4>Créditos que vencem nos próximos {tree.months} meses</h4>
          {p.expiringCredits.length ? (
            <ul>
              {p.expiringCredits.map((c) => (
                <li key={c.originMonth}>
                  {kwhLabel(c.kwh)} gerados em {monthLabel(c.originMonth)} vencem em {monthLabel(c.expiresMonth)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">Nenhum crédito vence nesse período.</p>
          )}
        </section>
      ))}
    </div>
  );
}
