import { Link } from 'react-router-dom';
import { MeiPanel } from '../components/MeiPanel';
import { UsageMeter } from '../components/UsageMeter';
import { STATUS_LABELS, usagePercent, useSubscription, useUsage } from '../lib/billing';
import { firstName, formatShortDate, greeting, moduleLabel, planLabel, roleLabel } from '../lib/format';
import { isAccountAdmin, useMe } from '../lib/me';

/** The plan and the limits closest to being hit (the full list is on /planos). */
function UsageCard() {
  const { subscription } = useSubscription();
  const { usage, error } = useUsage();
  const limited = (usage ?? [])
    .filter((u) => u.limit != null)
    .sort((a, b) => (usagePercent(b.used, b.limit) ?? 0) - (usagePercent(a.used, a.limit) ?? 0))
    .slice(0, 3);
  return (
    <section className="card usage-card" aria-labelledby="usage-card-title">
      <div className="card__head">
        <h2 id="usage-card-title">Uso do plano</h2>
        {subscription && <span className="badge badge--brand">{subscription.plan.name}</span>}
      </div>
      {subscription?.status === 'PAST_DUE' && (
        <p className="small danger">
          Pagamento pendente{subscription.graceEndsAt ? `: regularize até ${formatShortDate(subscription.graceEndsAt)}` : ''}.
        </p>
      )}
      {subscription?.cancelAtPeriodEnd && <p className="small muted">Cancelada — acesso até {formatShortDate(subscription.currentPeriodEnd)}</p>}
      {subscription && !subscription.cancelAtPeriodEnd && subscription.status !== 'PAST_DUE' && subscription.status !== 'ACTIVE' && (
        <p className="small muted">{STATUS_LABELS[subscription.status] ?? subscription.status}</p>
      )}
      {error ? (
        <p className="muted small">Não foi possível carregar o uso agora.</p>
      ) : !usage ? (
        <p className="muted small" role="status">
          Carregando…
        </p>
      ) : limited.length === 0 ? (
        <p className="muted">Seu plano não tem limites de uso.</p>
      ) : (
        <div className="meters meters--compact">
          {limited.map((u) => (
            <UsageMeter key={u.metric} item={u} />
          ))}
        </div>
      )}
      <Link to="/planos" className="button button--small">
        Ver uso e planos
      </Link>
    </section>
  );
}

function SoonCard({ title, text }: { title: string; text: string }) {
  return (
    <section className="card soon-card" aria-label={title}>
      <div className="card__head">
        <h2>{title}</h2>
        <span className="badge badge--muted">fora do plano</span>
      </div>
      <p className="muted">{text}</p>
    </section>
  );
}

export function DashboardPage() {
  const { me } = useMe();
  if (!me) return null;
  const account = me.account;
  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Painel</p>
        <h1>
          {greeting()}, {firstName(me.name)}!
        </h1>
        <p className="muted">Aqui está o resumo de {account?.name ?? 'sua conta'}.</p>
      </header>

      <div className="grid">
        <section className="card account-card" aria-labelledby="account-title">
          <p className="muted small">Conta atual</p>
          <h2 id="account-title" className="account-card__name">
            {account?.name}
          </h2>
          <dl className="facts">
            <div>
              <dt>{account?.taxIdKind === 'CPF' ? 'CPF' : 'CNPJ'}</dt>
              <dd>{account?.taxId}</dd>
            </div>
            <div>
              <dt>Plano</dt>
              <dd>
                <span className="badge badge--brand">{planLabel(account?.planCode)}</span>
              </dd>
            </div>
            <div>
              <dt>Seu papel</dt>
              <dd>{roleLabel(me.role)}</dd>
            </div>
            {account?.status === 'SUSPENDED' && (
              <div>
                <dt>Situação</dt>
                <dd className="danger">Suspensa</dd>
              </div>
            )}
          </dl>
          <p className="muted small">Módulos do plano</p>
          <ul className="chips" aria-label="Módulos do plano">
            {(account?.modules ?? []).map((m) => (
              <li key={m} className="chip">
                {moduleLabel(m)}
              </li>
            ))}
            {!account?.modules.length && <li className="muted">Nenhum módulo habilitado.</li>}
          </ul>
          <Link to="/planos" className="button button--small">
            Ver planos
          </Link>
        </section>

        <UsageCard />
        {account?.modules.includes('fiscal') ? (
          <MeiPanel />
        ) : (
          <SoonCard title="Limite do MEI" text="O quanto você já faturou no ano e quanto falta para o teto, com projeção até dezembro (módulo Fiscal)." />
        )}

        <section className="card" aria-labelledby="next-title">
          <h2 id="next-title">Próximos passos</h2>
          <ul className="steps">
            {isAccountAdmin(me.role) && (
              <li>
                <Link to="/configuracoes?aba=convites">Convide sua equipe</Link> para trabalhar na mesma conta.
              </li>
            )}
            <li>
              <Link to="/documentos">Envie seus documentos fiscais</Link> para acompanhar o limite do MEI.
            </li>
            <li>
              <Link to="/configuracoes">Revise as configurações</Link> da conta e dos membros.
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}
