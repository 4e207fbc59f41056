import type Stripe from 'stripe';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { badInput, conflict, returnedRows, runInTenant, runOutsideTenant, writeOutbox, type AccessClaims } from '@prumo/kit';
import type { Clock } from '../clock';
import type { PlanService } from '../plans/plan.service';
import type { PaymentsGateway, PriceCatalog } from '../stripe/gateway';
import { CheckoutSessionEntity } from './checkout-session.entity';
import { SubscriptionEntity, type SubscriptionStatus } from './subscription.entity';

export const GRACE_DAYS = 7;
type Cycle = 'MONTHLY' | 'YEARLY';

/**
 * When a Stripe read started, on the database clock (one clock for every process), as an ISO
 * timestamp with microseconds: a JavaScript Date keeps milliseconds only, and two reads within the
 * same millisecond must still be ordered.
 */
export type StripeFetchedAt = string;

/** Stripe's statuses mapped to ours; null = not a state we act on (e.g. incomplete checkout). */
function mapStatus(s: Stripe.Subscription.Status): SubscriptionStatus | null {
  switch (s) {
    case 'active':
      return 'active';
    case 'trialing':
      return 'trialing';
    case 'past_due':
    case 'unpaid':
      return 'past_due';
    case 'canceled':
    case 'incomplete_expired':
      return 'canceled';
    default:
      return null;
  }
}

export class SubscriptionService {
  constructor(
    private readonly ds: DataSource,
    private readonly gateway: PaymentsGateway,
    private readonly catalog: PriceCatalog,
    private readonly plans: PlanService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    private readonly logger: Logger,
  ) {}

  /** The account's subscription; accounts whose account.created is still in flight are on Free. */
  async get(tenantId: string): Promise<SubscriptionEntity> {
    const row = await runInTenant(this.ds, tenantId, (em) => em.findOneBy(SubscriptionEntity, { tenantId }));
    return row ?? this.freeDefault(tenantId);
  }

  private freeDefault(tenantId: string): SubscriptionEntity {
    return Object.assign(new SubscriptionEntity(), {
      tenantId,
      planCode: 'free',
      status: 'active',
      cycle: null,
      currentPeriodEnd: null,
      cancelAtPeriodEnd: false,
      billingEmail: null,
      stripeCustomerId: null,
      stripeSubscriptionId: null,
      pastDueSince: null,
      downgradedAt: null,
    });
  }

  /** account.created: every new account starts on Free; its owner is its first user. */
  async onAccountCreated(em: EntityManager, accountId: string, ownerEmail: string): Promise<void> {
    const inserted = await em.query(
      `insert into billing.subscriptions (tenant_id, plan_code, status, billing_email) values ($1, 'free', 'active', $2)
       on conflict (tenant_id) do nothing returning tenant_id`,
      [accountId, ownerEmail],
    );
    await em.query(
      `insert into billing.usage_counters (tenant_id, metric, period_start, used) values ($1, 'users', '1970-01-01', 1)
       on conflict (tenant_id, metric, period_start) do update set used = greatest(billing.usage_counters.used, 1)`,
      [accountId],
    );
    if (inserted.length) await this.emitPlanChanged(em, accountId, 'free', 'active');
  }

  async startCheckout(auth: AccessClaims, planCode: string, cycle: Cycle): Promise<{ url: string }> {
    const { plan } = await this.plans.get(planCode).catch(() => {
      throw badInput({ planCode: 'Plano desconhecido.' });
    });
    if (plan.code === 'free') throw badInput({ planCode: 'O plano Free não precisa de pagamento.' });
    const priceId = this.catalog.priceFor(plan.code, cycle);
    if (!priceId) throw badInput({ planCode: `O plano ${plan.name} é sob consulta: fale com nossa equipe comercial.` });
    const current = await this.get(auth.tid);
    if (current.stripeSubscriptionId && current.status !== 'canceled') {
      throw conflict('Você já tem uma assinatura paga. Use a troca de plano ou o portal do cliente.');
    }
    const session = await this.gateway.createCheckoutSession({
      tenantId: auth.tid,
      planCode: plan.code,
      cycle,
      priceId,
      customerId: current.stripeCustomerId,
      email: current.billingEmail,
      successUrl: `${this.publicUrl}/planos?checkout=sucesso`,
      cancelUrl: `${this.publicUrl}/planos?checkout=cancelado`,
    });
    await runInTenant(this.ds, auth.tid, (em) =>
      em.insert(CheckoutSessionEntity, { tenantId: auth.tid, id: session.id, planCode: plan.code, cycle, status: 'open', url: session.url, createdBy: auth.sub }),
    );
    return { url: session.url };
  }

  async openPortal(auth: AccessClaims): Promise<{ url: string }> {
    const current = await this.get(auth.tid);
    if (!current.stripeCustomerId) throw conflict('Ainda não há dados de pagamento: assine um plano primeiro.');
    return this.gateway.createPortalSession({ customerId: current.stripeCustomerId, returnUrl: `${this.publicUrl}/planos` });
  }

  async cancel(auth: AccessClaims): Promise<SubscriptionEntity> {
    const current = await this.get(auth.tid);
    if (!current.stripeSubscriptionId || current.status === 'canceled') throw conflict('Não há assinatura paga para cancelar.');
    const fetchedAt = await this.stripeFetchTime();
    const sub = await this.gateway.updateSubscription(current.stripeSubscriptionId, { cancelAtPeriodEnd: true });
    return this.sync(sub, fetchedAt);
  }

  async changePlan(auth: AccessClaims, planCode: string, cycle: Cycle): Promise<SubscriptionEntity> {
    const current = await this.get(auth.tid);
    if (planCode === 'free') return this.cancel(auth);
    if (!current.stripeSubscriptionId || current.status === 'canceled') {
      throw conflict('Você ainda não tem assinatura paga: inicie o pagamento pelo checkout.');
    }
    const priceId = this.catalog.priceFor(planCode, cycle);
    if (!priceId) throw badInput({ planCode: 'Plano sem preço disponível para troca: fale com nossa equipe comercial.' });
    if (current.planCode === planCode && current.cycle === cycle && !current.cancelAtPeriodEnd) throw conflict('Você já está neste plano.');
    const fetchedAt = await this.stripeFetchTime();
    const sub = await this.gateway.updateSubscription(current.stripeSubscriptionId, { priceId });
    return this.sync(sub, fetchedAt);
  }

  /**
   * Take it just BEFORE every Stripe call whose answer goes to `sync`: whatever Stripe answers is at
   * least as new as this instant, so a read that started later never loses to one that started earlier.
   */
  async stripeFetchTime(): Promise<StripeFetchedAt> {
    const rows = await this.ds.query(`select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as t`);
    return rows[0].t;
  }

  /**
   * Mirrors a Stripe subscription (always re-read from Stripe, never trusted from a payload) onto
   * the account, and emits plan.changed when the effective plan or status changes. `fetchedAt` is
   * when that read started (`stripeFetchTime`): concurrent jobs and mutations sync in any order, so a
   * read older than the one already stored is stale and changes nothing (the current row is returned).
   */
  async sync(sub: Stripe.Subscription, fetchedAt: StripeFetchedAt): Promise<SubscriptionEntity> {
    const tenantId = sub.metadata?.tenantId ?? (await this.tenantOfStripeSubscription(sub.id));
    if (!tenantId) throw new Error(`stripe subscription ${sub.id} has no tenant`);
    const status = mapStatus(sub.status);
    const item = sub.items.data[0];
    const priced = item ? this.catalog.planForPrice(item.price.id) : null;
    return runInTenant(this.ds, tenantId, async (em) => {
      // Compared in SQL, at the column's full (microsecond) precision.
      const rows = await em.query(
        `select *, coalesce(stripe_fetched_at > $2::timestamptz, false) as stale from billing.subscriptions where tenant_id = $1 for update`,
        [tenantId, fetchedAt],
      );
      const before = rows[0] as { plan_code: string; status: string; past_due_since: Date | null; downgraded_at: Date | null; stale: boolean } | undefined;
      if (before?.stale) {
        this.logger.debug({ tenantId, stripeSubscriptionId: sub.id, fetchedAt }, 'stale Stripe read: a newer one is already stored');
        return em.findOneByOrFail(SubscriptionEntity, { tenantId });
      }
      if (!status) return before ? await em.findOneByOrFail(SubscriptionEntity, { tenantId }) : this.freeDefault(tenantId);
      const now = this.clock.now();
      let planCode = priced?.planCode ?? before?.plan_code ?? 'free';
      let pastDueSince: Date | null = null;
      let downgradedAt: Date | null = null;
      if (status === 'canceled') planCode = 'free';
      if (status === 'past_due') {
        pastDueSince = before?.past_due_since ?? now;
        downgradedAt = before?.downgraded_at ?? null;
        if (downgradedAt) planCode = 'free';
      }
      // `for update` locks no row when there is none yet: two first syncs meet in the upsert, where the
      // same rule applies (an older read does not overwrite).
      const upserted = await em.query(
        `insert into billing.subscriptions (tenant_id, plan_code, status, cycle, current_period_end, cancel_at_period_end, stripe_customer_id, stripe_subscription_id, past_due_since, downgraded_at, stripe_fetched_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now())
         on conflict (tenant_id) do update set plan_code = excluded.plan_code, status = excluded.status, cycle = excluded.cycle,
           current_period_end = excluded.current_period_end, cancel_at_period_end = excluded.cancel_at_period_end,
           stripe_customer_id = excluded.stripe_customer_id, stripe_subscription_id = excluded.stripe_subscription_id,
           past_due_since = excluded.past_due_since, downgraded_at = excluded.downgraded_at, stripe_fetched_at = excluded.stripe_fetched_at, updated_at = now()
           where billing.subscriptions.stripe_fetched_at is null or billing.subscriptions.stripe_fetched_at <= excluded.stripe_fetched_at
         returning tenant_id`,
        [
          tenantId,
          planCode,
          status,
          status === 'canceled' ? null : (priced?.cycle ?? null),
          item ? new Date(item.current_period_end * 1000) : null,
          sub.cancel_at_period_end,
          typeof sub.customer === 'string' ? sub.customer : sub.customer.id,
          sub.id,
          pastDueSince,
          downgradedAt,
          fetchedAt,
        ],
      );
      if (!returnedRows(upserted).length) return em.findOneByOrFail(SubscriptionEntity, { tenantId });
      if (!before || before.plan_code !== planCode || before.status !== status) await this.emitPlanChanged(em, tenantId, planCode, status);
      return em.findOneByOrFail(SubscriptionEntity, { tenantId });
    });
  }

  /** After GRACE_DAYS past due, the account drops to Free: modules off, data kept. */
  async enforceGracePeriods(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - GRACE_DAYS * 86_400_000);
    const overdue: Array<{ tenant_id: string }> = await runOutsideTenant(
      this.ds,
      (em) => em.query(`select tenant_id from billing.subscriptions where status = 'past_due' and downgraded_at is null and past_due_since <= $1`, [cutoff]),
      { staff: true },
    );
    for (const { tenant_id } of overdue) {
      await runInTenant(this.ds, tenant_id, async (em) => {
        const changed = returnedRows(
          await em.query(
            `update billing.subscriptions set plan_code = 'free', downgraded_at = $2, updated_at = now()
              where tenant_id = $1 and status = 'past_due' and downgraded_at is null returning tenant_id`,
            [tenant_id, this.clock.now()],
          ),
        );
        if (changed.length) {
          await this.emitPlanChanged(em, tenant_id, 'free', 'past_due');
          await writeOutbox(em, 'billing', 'notification.requested', tenant_id, {
            key: `downgraded:${tenant_id}:${cutoff.toISOString().slice(0, 10)}`,
            kind: 'payment_problem',
            title: 'Sua conta voltou para o plano Free',
            body: `O pagamento da assinatura está pendente há mais de ${GRACE_DAYS} dias. Seus dados continuam guardados; regularize o pagamento para reativar os módulos.`,
            accountId: tenant_id,
            link: '/planos',
          });
        }
      });
    }
    return overdue.length;
  }

  async markCheckoutComplete(tenantId: string, sessionId: string): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) => em.update(CheckoutSessionEntity, { id: sessionId }, { status: 'complete' }));
  }

  async tenantOfStripeSubscription(stripeSubscriptionId: string): Promise<string | null> {
    const rows = await runOutsideTenant(
      this.ds,
      (em) => em.query(`select tenant_id from billing.subscriptions where stripe_subscription_id = $1`, [stripeSubscriptionId]),
      { staff: true },
    );
    return rows[0]?.tenant_id ?? null;
  }

  private async emitPlanChanged(em: EntityManager, tenantId: string, planCode: string, status: string): Promise<void> {
    await writeOutbox(em, 'billing', 'plan.changed', tenantId, { accountId: tenantId, planCode, modules: await this.plans.modulesOf(planCode), status });
  }
}
