import { Link } from 'react-router-dom';
import { firstName, greeting, moduleLabel, roleLabel } from '../lib/format';
import { isAccountAdmin, useMe } from '../lib/me';

const PLAN_LABELS: Record<string, string> = { free: 'Free', pro: 'Pro', enterprise: 'Enterprise' };

function SoonCard({ title, text }: { title: string; text: string }) {
  return (
    <section className="card soon-card" aria-label={title}>
      <div className="card__head">
        <h2>{title}</h2>
        <span className="badge badge--muted">em breve</span>
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
                <span className="badge badge--brand">{PLAN_LABELS[account?.planCode ?? ''] ?? account?.planCode}</span>
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

        <SoonCard title="Limite do MEI" text="O quanto você já faturou no ano e quanto falta para o teto, com projeção até dezembro." />
        <SoonCard title="Faturamento" text="Gráfico do faturamento mês a mês, calculado das suas notas e vendas." />
        <SoonCard title="Alertas" text="Avisos de limite, vencimentos do DAS e faturas de energia em aberto." />

        <section className="card" aria-labelledby="next-title">
          <h2 id="next-title">Próximos passos</h2>
          <ul className="steps">
            {isAccountAdmin(me.role) && (
              <li>
                <Link to="/configuracoes?aba=convites">Convide sua equipe</Link> para trabalhar na mesma conta.
              </li>
            )}
            <li>
              <Link to="/documentos">Envie seus documentos fiscais</Link> assim que o módulo chegar.
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
