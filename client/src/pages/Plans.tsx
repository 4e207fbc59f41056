import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { Alert } from '../components/forms';
import { UsageMeter } from '../components/UsageMeter';
import {
  byMetricOrder,
  CancelSubscriptionDocument,
  ChangePlanDocument,
  CurrentSubscriptionDocument,
  CYCLE_LABELS,
  forgetCheckout,
  isPaying,
  OpenCustomerPortalDocument,
  PAYMENT_STATUS_LABELS,
  PaymentHistoryDocument,
  PlanCatalogDocument,
  peekCheckout,
  planRank,
  rememberCheckout,
  SALES_EMAIL,
  StartCheckoutDocument,
  STATUS_LABELS,
  useSubscription,
  useUsage,
  type AccountSubscription,
  type BillingCycle,
  type Plan,
} from '../lib/billing';
import { apiError, fieldErrors } from '../lib/errors';
import { ALL_MODULES, formatNumber, formatPrice, formatShortDate, metricLabel, moduleLabel } from '../lib/format';
import { isAccountAdmin, MeDocument, useMe } from '../lib/me';
import { useSession } from '../lib/session';

const POLL_EVERY_MS = 1_000;
const POLL_FOR_MS = 15_000;
const HISTORY_PAGE = 10;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The message of a failed billing mutation (a field error about the plan reads better than the generic one). */
function actionMessage(error: CombinedError | undefined): string | null {
  const e = apiError(error);
  if (!e) return null;
  return fieldErrors(error).planCode ?? e.message;
}

type SyncState = 'idle' | 'waiting' | 'done' | 'slow';

/**
 * After a payment or a plan change: the webhook is processed in the background, so the plan may take
 * a moment to switch. Polls `subscription` every second (up to ~15 s) until it shows the expected
 * plan, waits for the account (mirrored by identity from the same event) to agree, then refreshes the
 * session so the new access token carries the plan's modules.
 */
function usePlanSync(onSynced: () => void) {
  const client = useClient();
  const { refresh } = useSession();
  const [state, setState] = useState<SyncState>('idle');
  const run = useRef(0);
  const synced = useRef(onSynced);
  synced.current = onSynced;

  const sync = useCallback(
    async (done: (sub: AccountSubscription) => boolean) => {
      const id = ++run.current;
      setState('waiting');
      const deadline = Date.now() + POLL_FOR_MS;
      while (run.current === id && Date.now() < deadline) {
        const r = await client.query(CurrentSubscriptionDocument, {}, { requestPolicy: 'network-only' }).toPromise();
        const sub = r.data?.subscription;
        if (sub && done(sub)) {
          const me = await client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
          if (me.data?.me.account?.planCode === sub.planCode) {
            await refresh();
            if (run.current !== id) return;
            setState('done');
            synced.current();
            return;
          }
        }
        await sleep(POLL_EVERY_MS);
      }
      if (run.current === id) setState('slow');
    },
    [client, refresh],
  );

  const stop = useCallback(() => {
    run.current++;
    setState('idle');
  }, []);

  useEffect(() => () => void run.current++, []);
  return { state, sync, stop };
}

function priceOf(plan: Plan, cycle: BillingCycle) {
  return cycle === 'YEARLY' ? plan.priceYearly : plan.priceMonthly;
}

function isOnRequest(plan: Plan): boolean {
  return plan.priceMonthly == null && plan.priceYearly == null;
}

function isFree(plan: Plan): boolean {
  return (plan.priceMonthly?.cents ?? -1) === 0 && (plan.priceYearly?.cents ?? 0) === 0;
}

/** "2 meses grátis" on the yearly toggle, from the first plan with both prices. */
function yearlyBonus(plans: readonly Plan[]): string | null {
  const p = plans.find((x) => (x.priceMonthly?.cents ?? 0) > 0 && (x.priceYearly?.cents ?? 0) > 0);
  if (!p?.priceMonthly || !p.priceYearly) return null;
  const months = Math.round((p.priceMonthly.cents * 12 - p.priceYearly.cents) / p.priceMonthly.cents);
  return months >= 1 ? `${months} ${months === 1 ? 'mês grátis' : 'meses grátis'}` : null;
}

function PriceTag({ plan, cycle }: { plan: Plan; cycle: BillingCycle }) {
  if (isOnRequest(plan)) {
    return (
      <div className="plan-card__price">
        <strong>Sob consulta</strong>
        <span className="plan-card__alt">preço sob medida para sua operação</span>
      </div>
    );
  }
  if (isFree(plan)) {
    return (
      <div className="plan-card__price">
        <strong>Grátis</strong>
        <span className="plan-card__alt">para sempre, sem cartão</span>
      </div>
    );
  }
  const price = priceOf(plan, cycle);
  const other = priceOf(plan, cycle === 'YEARLY' ? 'MONTHLY' : 'YEARLY');
  return (
    <div className="plan-card__price">
      {price ? (
        <strong>
          {formatPrice(price.cents)}
          <span className="plan-card__per">{cycle === 'YEARLY' ? '/ano' : '/mês'}</span>
        </strong>
      ) : (
        <strong>Sob consulta</strong>
      )}
      {other && (
        <span className="plan-card__alt">
          ou {formatPrice(other.cents)}
          {cycle === 'YEARLY' ? '/mês no mensal' : '/ano no anual'}
        </span>
      )}
    </div>
  );
}

function salesMailto(accountName: string | undefined): string {
  const subject = encodeURIComponent('Plano Enterprise do Prumo');
  const body = encodeURIComponent(`Olá! Gostaria de saber mais sobre o plano Enterprise${accountName ? ` para ${accountName}` : ''}.`);
  return `mailto:${SALES_EMAIL}?subject=${subject}&body=${body}`;
}

function CancelDialog({
  open,
  subscription,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  subscription: AccountSubscription;
  busy: boolean;
  error: string | null;
  onConfirm(): void;
  onClose(): void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="cancel-title" onClose={onClose} onCancel={onClose}>
      {open && (
        <div className="dialog__body">
          <h2 id="cancel-title">Cancelar a assinatura?</h2>
          <p>
            Você continua com o plano <strong>{subscription.plan.name}</strong>
            {subscription.currentPeriodEnd ? ` até ${formatShortDate(subscription.currentPeriodEnd)}` : ' até o fim do período pago'}. Depois disso, a
            conta volta para o plano Free e os módulos pagos são desligados.
          </p>
          <p className="muted">Seus dados não são apagados. Você pode assinar de novo quando quiser.</p>
          <Alert>{error}</Alert>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose} disabled={busy}>
              Manter assinatura
            </button>
            <button type="button" className="button button--danger" onClick={onConfirm} disabled={busy} aria-busy={busy || undefined}>
              {busy ? 'Cancelando…' : 'Confirmar cancelamento'}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}

function PaymentRows({ after, isLast, onMore, awaitingPayment }: { after: string | null; isLast: boolean; onMore(cursor: string): void; awaitingPayment?: boolean }) {
  const [result, reexecute] = useQuery({ query: PaymentHistoryDocument, variables: { first: HISTORY_PAGE, after }, requestPolicy: 'cache-and-network' });
  const page = result.data?.paymentHistory;
  // Back from checkout the payment is recorded by its own webhook, shortly after the plan switch:
  // keep asking for a while until the first row shows up.
  const empty = page !== undefined && page.nodes.length === 0;
  useEffect(() => {
    if (!awaitingPayment || !empty) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (++tries > 20) clearInterval(timer);
      else reexecute({ requestPolicy: 'network-only' });
    }, 1500);
    return () => clearInterval(timer);
  }, [awaitingPayment, empty, reexecute]);
  return (
    <>
      {page?.nodes.map((p) => (
        <tr key={p.id}>
          <td data-label="Data">{formatShortDate(p.occurredAt)}</td>
          <td data-label="Descrição">
            {p.description ?? 'Assinatura do Prumo'}
            {p.periodStart && p.periodEnd && (
              <span className="muted small table__sub">
                {formatShortDate(p.periodStart)} a {formatShortDate(p.periodEnd)}
              </span>
            )}
          </td>
          <td data-label="Valor" className="table__num">
            {p.amount.formatted}
          </td>
          <td data-label="Situação">
            <span className={`badge badge--${p.status === 'PAID' ? 'accepted' : 'revoked'}`}>{PAYMENT_STATUS_LABELS[p.status] ?? p.status}</span>
          </td>
          <td className="table__actions">
            {p.invoiceUrl && (
              <a href={p.invoiceUrl} target="_blank" rel="noreferrer" className="button button--small button--ghost">
                Ver fatura
              </a>
            )}
          </td>
        </tr>
      ))}
      {result.error && (
        <tr>
          <td colSpan={5}>
            <Alert>{apiError(result.error)?.message}</Alert>
          </td>
        </tr>
      )}
      {isLast && (
        <tr className="table__more">
          <td colSpan={5}>
            {result.fetching && !page ? (
              <span role="status">Carregando…</span>
            ) : page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
              <button type="button" className="button button--small" onClick={() => onMore(page.pageInfo.endCursor!)}>
                Carregar mais
              </button>
            ) : page && page.nodes.length === 0 && after === null ? (
              <span className="muted">Nenhuma cobrança ainda.</span>
            ) : (
              <span className="muted">Fim do histórico.</span>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function PaymentHistory({ awaitingPayment }: { awaitingPayment: boolean }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <section className="plans-section" aria-labelledby="history-title">
      <div className="section-head">
        <h2 id="history-title">Histórico de pagamentos</h2>
        <p className="muted">Cobranças da assinatura desta conta.</p>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Descrição</th>
              <th scope="col">Valor</th>
              <th scope="col">Situação</th>
              <th scope="col">
                <span className="visually-hidden">Fatura</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {cursors.map((c, i) => (
              <PaymentRows key={c ?? 'first'} after={c} isLast={i === cursors.length - 1} onMore={(next) => setCursors((cs) => [...cs, next])} awaitingPayment={i === 0 && awaitingPayment} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const PERIOD_SUFFIX: Record<string, string> = { DAY: '/dia', MONTH: '/mês', GAUGE: '' };

function LimitsTable({ plans, currentCode }: { plans: readonly Plan[]; currentCode: string | undefined }) {
  const metrics = byMetricOrder([...new Set(plans.flatMap((p) => p.limits.map((l) => l.metric)))].map((metric) => ({ metric }))).map((m) => m.metric);
  const labelOf = (metric: string) => plans.flatMap((p) => p.limits).find((l) => l.metric === metric)?.label ?? metricLabel(metric);
  return (
    <div className="table-wrap">
      <table className="table limits-table">
        <caption className="visually-hidden">Limites de cada plano</caption>
        <thead>
          <tr>
            <th scope="col">Limite</th>
            {plans.map((p) => (
              <th key={p.code} scope="col" className={p.code === currentCode ? 'is-current' : undefined}>
                {p.name}
                {p.code === currentCode && <span className="visually-hidden"> (plano atual)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((metric) => (
            <tr key={metric}>
              <th scope="row">{labelOf(metric)}</th>
              {plans.map((p) => {
                const l = p.limits.find((x) => x.metric === metric);
                return (
                  <td key={p.code} data-label={p.name} className={p.code === currentCode ? 'is-current' : undefined}>
                    {!l ? '—' : l.limit == null ? <span className="unlimited">ilimitado</span> : `${formatNumber(l.limit)}${PERIOD_SUFFIX[l.period] ?? ''}`}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th scope="row">Requisições de API por minuto</th>
            {plans.map((p) => (
              <td key={p.code} data-label={p.name} className={p.code === currentCode ? 'is-current' : undefined}>
                {formatNumber(p.apiRequestsPerMinute)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function SubscriptionSummary({
  subscription,
  admin,
  busy,
  onPortal,
  onCancel,
}: {
  subscription: AccountSubscription;
  admin: boolean;
  busy: boolean;
  onPortal(): void;
  onCancel(): void;
}) {
  const paying = isPaying(subscription);
  let detail: ReactNode;
  if (subscription.cancelAtPeriodEnd) {
    detail = <strong className="danger">Cancelada — acesso até {formatShortDate(subscription.currentPeriodEnd)}</strong>;
  } else if (paying && subscription.currentPeriodEnd) {
    detail = (
      <>
        {subscription.cycle ? `${CYCLE_LABELS[subscription.cycle]} · ` : ''}renova em {formatShortDate(subscription.currentPeriodEnd)}
      </>
    );
  } else if (subscription.planCode === 'free') {
    detail = 'Plano gratuito, sem cobrança.';
  } else {
    detail = subscription.cycle ? CYCLE_LABELS[subscription.cycle] : null;
  }
  const canCancel = admin && paying && !subscription.cancelAtPeriodEnd && subscription.planCode !== 'free';
  return (
    <section className="card plan-summary" aria-label="Seu plano">
      <div className="plan-summary__main">
        <p className="muted small">Seu plano</p>
        <h2 id="summary-title" className="plan-summary__name">
          {subscription.plan.name}{' '}
          {subscription.cancelAtPeriodEnd && subscription.status !== 'CANCELED' ? (
            <span className="badge badge--status-canceled">Cancelamento agendado</span>
          ) : (
            <span className={`badge badge--status-${subscription.status.toLowerCase()}`}>{STATUS_LABELS[subscription.status] ?? subscription.status}</span>
          )}
        </h2>
        {detail && <p className="plan-summary__detail">{detail}</p>}
      </div>
      {admin && (subscription.hasPaymentMethod || canCancel) && (
        <div className="plan-summary__actions">
          {subscription.hasPaymentMethod && (
            <button type="button" className="button" onClick={onPortal} disabled={busy}>
              Gerenciar pagamento
            </button>
          )}
          {canCancel && (
            <button type="button" className="button button--ghost" onClick={onCancel} disabled={busy}>
              Cancelar assinatura
            </button>
          )}
        </div>
      )}
    </section>
  );
}

export function PlansPage() {
  const { me, reexecute: refetchMe } = useMe();
  const admin = isAccountAdmin(me?.role);
  const [params, setParams] = useSearchParams();
  const checkout = params.get('checkout');

  const [plansResult] = useQuery({ query: PlanCatalogDocument, requestPolicy: 'cache-and-network' });
  const plans = plansResult.data?.plans ?? null;
  const { subscription, error: subError, reexecute: refetchSub } = useSubscription();
  const { usage, error: usageError, reexecute: refetchUsage } = useUsage();

  const [chosenCycle, setChosenCycle] = useState<BillingCycle | null>(null);
  const cycle: BillingCycle = chosenCycle ?? subscription?.cycle ?? 'MONTHLY';
  const [notice, setNotice] = useState<{ kind: 'success' | 'info'; text: string } | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [redirecting, setRedirecting] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const [startState, startCheckout] = useMutation(StartCheckoutDocument);
  const [changeState, changePlan] = useMutation(ChangePlanDocument);
  const [portalState, openPortal] = useMutation(OpenCustomerPortalDocument);
  const [cancelState, cancelSubscription] = useMutation(CancelSubscriptionDocument);

  const onSynced = useCallback(() => {
    refetchMe({ requestPolicy: 'network-only' });
    refetchSub({ requestPolicy: 'network-only' });
    refetchUsage({ requestPolicy: 'network-only' });
  }, [refetchMe, refetchSub, refetchUsage]);
  const planSync = usePlanSync(onSynced);

  // Back from the payment page: wait for the webhook to switch the plan.
  const { sync, stop } = planSync;
  useEffect(() => {
    if (checkout !== 'sucesso') return;
    const expected = peekCheckout();
    void sync((sub) => sub.status !== 'CANCELED' && (expected ? sub.planCode === expected : sub.planCode !== 'free'));
    return stop;
  }, [checkout, sync, stop]);
  useEffect(() => {
    if (planSync.state === 'done' && checkout === 'sucesso') forgetCheckout();
  }, [planSync.state, checkout]);

  const busy = redirecting || startState.fetching || changeState.fetching || portalState.fetching || cancelState.fetching;
  const error = actionMessage(startState.error) ?? actionMessage(changeState.error) ?? actionMessage(portalState.error);

  function dismissCheckout() {
    const next = new URLSearchParams(params);
    next.delete('checkout');
    setParams(next, { replace: true });
  }

  async function onCheckout(plan: Plan) {
    setNotice(null);
    setPending(plan.code);
    const r = await startCheckout({ input: { planCode: plan.code, cycle } });
    if (r.data?.startCheckout.url) {
      setRedirecting(true);
      rememberCheckout(plan.code);
      window.location.assign(r.data.startCheckout.url);
      return;
    }
    setPending(null);
  }

  async function onChangePlan(plan: Plan, toCycle: BillingCycle, message: string) {
    setNotice(null);
    setPending(plan.code);
    const r = await changePlan({ input: { planCode: plan.code, cycle: toCycle } });
    setPending(null);
    if (r.data?.changePlan) {
      setNotice({ kind: 'success', text: message });
      setChosenCycle(null);
      const target = r.data.changePlan.planCode;
      // Another plan means other modules: wait for the switch and refresh the session. A cycle
      // change keeps the modules, so only the usage limits are re-read.
      if (target !== me?.account?.planCode) void planSync.sync((sub) => sub.planCode === target);
      else refetchUsage({ requestPolicy: 'network-only' });
    }
  }

  async function onPortal() {
    setNotice(null);
    const r = await openPortal({});
    if (r.data?.openCustomerPortal.url) {
      setRedirecting(true);
      window.location.assign(r.data.openCustomerPortal.url);
    }
  }

  async function onConfirmCancel() {
    const r = await cancelSubscription({});
    if (r.data?.cancelSubscription) {
      setConfirmCancel(false);
      const end = r.data.cancelSubscription.currentPeriodEnd;
      setNotice({ kind: 'info', text: `Assinatura cancelada. Você mantém o acesso ao plano atual${end ? ` até ${formatShortDate(end)}` : ' até o fim do período pago'}.` });
    }
  }

  function planAction(plan: Plan): ReactNode {
    if (!subscription || !plans) return null;
    if (isOnRequest(plan)) {
      return (
        <a className="button" href={salesMailto(me?.account?.name)}>
          Fale com vendas
        </a>
      );
    }
    if (!admin) return null;
    const current = subscription.planCode === plan.code;
    const paying = isPaying(subscription);
    const working = busy && pending === plan.code;
    if (isFree(plan)) {
      if (current || !paying || subscription.cancelAtPeriodEnd) return null;
      return (
        <button type="button" className="button button--ghost" disabled={busy} onClick={() => setConfirmCancel(true)}>
          Voltar ao Free
        </button>
      );
    }
    if (!priceOf(plan, cycle)) return <p className="muted small">Sem preço {cycle === 'YEARLY' ? 'anual' : 'mensal'}.</p>;
    if (current && paying) {
      if (subscription.cancelAtPeriodEnd) {
        const keep = subscription.cycle ?? cycle;
        return (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void onChangePlan(plan, keep, 'Assinatura mantida. Obrigado por continuar com a gente!')}>
            {working ? 'Aguarde…' : 'Manter assinatura'}
          </button>
        );
      }
      if (subscription.cycle && subscription.cycle !== cycle) {
        const label = cycle === 'YEARLY' ? 'anual' : 'mensal';
        return (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={() => void onChangePlan(plan, cycle, `Pronto! Sua assinatura agora é ${label}. A diferença é cobrada ou creditada de forma proporcional.`)}
          >
            {working ? 'Trocando…' : `Trocar para ${label}`}
          </button>
        );
      }
      return <p className="plan-card__note">Você está neste plano.</p>;
    }
    if (paying) {
      return (
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void onChangePlan(plan, cycle, `Plano alterado para ${plan.name}. A diferença é cobrada de forma proporcional.`)}
        >
          {working ? 'Trocando…' : `Trocar para ${plan.name}`}
        </button>
      );
    }
    const upgrade = planRank(plans, plan.code) > planRank(plans, subscription.planCode);
    return (
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void onCheckout(plan)} aria-busy={working || undefined}>
        {working ? 'Abrindo pagamento…' : upgrade ? 'Fazer upgrade' : 'Assinar'}
      </button>
    );
  }

  const currentCode = subscription?.planCode;
  const bonus = plans ? yearlyBonus(plans) : null;
  const loadError = apiError(plansResult.error) ?? apiError(subError);

  return (
    <div className="page plans-page">
      <header className="page__header">
        <p className="eyebrow">Assinatura</p>
        <h1>Planos e uso</h1>
        <p className="muted">Compare os planos, acompanhe o uso de cada limite e gerencie a assinatura.</p>
      </header>

      {checkout === 'sucesso' && (
        <div className={`alert alert--${planSync.state === 'slow' ? 'warning' : 'success'} checkout-banner`} role="status">
          <div>
            <strong>Pagamento confirmado!</strong>{' '}
            {planSync.state === 'done'
              ? `Seu plano ${subscription?.plan.name ?? ''} já está ativo, com todos os módulos liberados.`
              : planSync.state === 'slow'
                ? 'Estamos terminando de ativar seu plano; isso pode levar alguns instantes. Atualize a página em seguida.'
                : 'Ativando seu plano…'}
          </div>
          <button type="button" className="button button--small button--ghost" onClick={dismissCheckout}>
            Fechar
          </button>
        </div>
      )}
      {checkout === 'cancelado' && (
        <div className="alert alert--info checkout-banner" role="status">
          <div>Pagamento não concluído. Nenhuma cobrança foi feita; você pode tentar de novo quando quiser.</div>
          <button type="button" className="button button--small button--ghost" onClick={dismissCheckout}>
            Fechar
          </button>
        </div>
      )}

      {subscription?.status === 'PAST_DUE' && (
        <div className="alert alert--warning checkout-banner" role="alert">
          <div>
            {subscription.graceEndsAt ? (
              <>
                <strong>Pagamento pendente: regularize até {formatShortDate(subscription.graceEndsAt)}</strong> para manter os módulos do plano{' '}
                {subscription.plan.name}. Depois dessa data a conta volta para o Free (seus dados continuam guardados).
              </>
            ) : (
              <>
                <strong>Pagamento pendente.</strong> Sua conta voltou para o plano Free; regularize o pagamento para reativar os módulos.
              </>
            )}
          </div>
          {admin && subscription.hasPaymentMethod && (
            <button type="button" className="button button--small" onClick={() => void onPortal()} disabled={busy}>
              Regularizar pagamento
            </button>
          )}
        </div>
      )}

      {notice && <Alert kind={notice.kind}>{notice.text}</Alert>}
      <Alert>{error ?? loadError?.message}</Alert>

      {subscription && (
        <SubscriptionSummary subscription={subscription} admin={admin} busy={busy} onPortal={() => void onPortal()} onCancel={() => setConfirmCancel(true)} />
      )}

      <section className="plans-section" aria-labelledby="usage-title">
        <div className="section-head">
          <h2 id="usage-title">Uso do plano</h2>
          <p className="muted">Contadores diários e mensais zeram à meia-noite de Brasília.</p>
        </div>
        {usageError ? (
          <Alert>{apiError(usageError)?.message}</Alert>
        ) : !usage ? (
          <p role="status">Carregando uso…</p>
        ) : (
          <div className="card meters">
            {usage.map((u) => (
              <UsageMeter key={u.metric} item={u} />
            ))}
          </div>
        )}
      </section>

      <section className="plans-section" aria-labelledby="compare-title">
        <div className="section-head plans-head">
          <div>
            <h2 id="compare-title">Compare os planos</h2>
            {!admin && me && <p className="muted">Só donos(as) e administradores(as) da conta podem mudar o plano.</p>}
          </div>
          <div className="segmented" role="group" aria-label="Ciclo de cobrança">
            {(['MONTHLY', 'YEARLY'] as const).map((c) => (
              <button key={c} type="button" className={`segmented__option${cycle === c ? ' is-active' : ''}`} aria-pressed={cycle === c} onClick={() => setChosenCycle(c)}>
                {CYCLE_LABELS[c]}
                {c === 'YEARLY' && bonus && <span className="segmented__hint">{bonus}</span>}
              </button>
            ))}
          </div>
        </div>

        {!plans ? (
          <p role="status">Carregando planos…</p>
        ) : (
          <>
            <div className="plan-grid">
              {plans.map((plan) => {
                const current = plan.code === currentCode;
                return (
                  <article key={plan.code} className={`card plan-card${current ? ' is-current' : ''}`} aria-labelledby={`plan-${plan.code}`}>
                    <div className="plan-card__head">
                      <h3 id={`plan-${plan.code}`}>{plan.name}</h3>
                      {current && <span className="badge badge--brand">Plano atual</span>}
                    </div>
                    <p className="plan-card__desc">{plan.description}</p>
                    <PriceTag plan={plan} cycle={cycle} />
                    <ul className="plan-card__modules" aria-label={`Módulos do plano ${plan.name}`}>
                      {ALL_MODULES.map((m) => {
                        const included = plan.modules.includes(m);
                        return (
                          <li key={m} className={included ? 'is-included' : 'is-excluded'}>
                            <span aria-hidden="true" className="plan-card__mark">
                              {included ? '✓' : '–'}
                            </span>
                            {moduleLabel(m)}
                            {!included && <span className="visually-hidden"> (não incluído)</span>}
                          </li>
                        );
                      })}
                    </ul>
                    <div className="plan-card__action">{planAction(plan)}</div>
                  </article>
                );
              })}
            </div>
            <h3 className="limits-title">Limites por plano</h3>
            <LimitsTable plans={plans} currentCode={currentCode} />
          </>
        )}
      </section>

      {admin && <PaymentHistory awaitingPayment={checkout === 'sucesso' || planSync.state === 'done'} />}

      {subscription && (
        <CancelDialog
          open={confirmCancel}
          subscription={subscription}
          busy={cancelState.fetching}
          error={actionMessage(cancelState.error)}
          onConfirm={() => void onConfirmCancel()}
          onClose={() => setConfirmCancel(false)}
        />
      )}
    </div>
  );
}
