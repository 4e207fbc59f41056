import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type Stripe from 'stripe';
import { createLogger, runInTenant, type AccessClaims, type RunningSubgraph } from '@prumo/kit';
import { eventually } from '@prumo/kit/testing';
import { startFakeStripe, type FakeStripe } from '../../../test/fakes/fake-stripe';
import { startBilling } from '../src';
import type { BillingServices } from '../src/context';
import type { PaymentsGateway } from '../src/stripe/gateway';
import { processStripeEvent } from '../src/stripe/stripe-event.job';

/**
 * Stripe jobs (and the plan mutations) each re-read the subscription from Stripe and then sync it.
 * Several run at once, so a read can be overtaken: these tests force the interleavings step by step
 * (promises, no sleeps) and check that the read that started last is the one that stays.
 */

type Billing = RunningSubgraph & { services: BillingServices; gateway: PaymentsGateway };
let fake: FakeStripe;
let billing: Billing;
let db: Client;
const logger = createLogger('test', 'silent');

beforeAll(async () => {
  fake = await startFakeStripe();
  fake.registerPrice('price_pro_monthly', { unitAmount: 9900, interval: 'month' });
  fake.registerPrice('price_pro_yearly', { unitAmount: 99000, interval: 'year' });
  // Server role: no workers, so every Stripe event below is processed by the test itself, in its order.
  billing = (await startBilling({
    port: 0,
    role: 'server',
    env: { ...process.env, STRIPE_SECRET_KEY: 'sk_test_fake', STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.url },
  })) as Billing;
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await billing?.stop();
  await fake?.stop();
});

const deps = (gateway: PaymentsGateway = billing.gateway) => ({
  ds: billing.deps.ds,
  gateway,
  subscriptions: billing.services.subscriptions,
  payments: billing.services.payments,
  logger,
});

/** As the webhook route does (store), then as the worker does (process). */
async function run(event: Stripe.Event, gateway?: PaymentsGateway) {
  await db.query(`insert into billing.stripe_events (id, type, payload) values ($1, $2, $3) on conflict (id) do nothing`, [event.id, event.type, JSON.stringify(event)]);
  return processStripeEvent(event.id, deps(gateway));
}

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** A gateway whose next retrieveSubscription reads Stripe, says so, and holds the answer until released. */
function stalledRead() {
  const read = deferred();
  const release = deferred();
  const real = billing.gateway;
  const gateway: PaymentsGateway = Object.assign(Object.create(real), {
    retrieveSubscription: async (id: string) => {
      const sub = await real.retrieveSubscription(id);
      read.resolve();
      await release.promise;
      return sub;
    },
  });
  return { gateway, read: read.promise, release: release.resolve };
}

/** A Pro monthly checkout session at the fake Stripe. */
function proCheckout(tenantId: string, email: string | null) {
  return billing.gateway.createCheckoutSession({
    tenantId,
    planCode: 'pro',
    cycle: 'MONTHLY',
    priceId: 'price_pro_monthly',
    customerId: null,
    email,
    successUrl: 'http://example.com/ok',
    cancelUrl: 'http://example.com/cancel',
  });
}

/** A new account that went through checkout: Pro monthly, active. */
async function subscribed(): Promise<{ tenantId: string; subscriptionId: string }> {
  const tenantId = randomUUID();
  const email = `dono-${tenantId.slice(0, 8)}@example.com`;
  await runInTenant(billing.deps.ds, tenantId, (em) => billing.services.subscriptions.onAccountCreated(em, tenantId, email));
  const session = await proCheckout(tenantId, email);
  const { events, subscriptionId } = fake.completeCheckout(session.id);
  for (const e of events) expect(await run(e)).toBe('processed');
  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', status: 'active', cycle: 'MONTHLY' });
  return { tenantId, subscriptionId };
}

const row = async (tenantId: string) => (await db.query(`select * from billing.subscriptions where tenant_id = $1`, [tenantId])).rows[0];
const planChanges = async (tenantId: string) =>
  (await db.query(`select payload from billing.outbox where tenant_id = $1 and type = 'plan.changed' order by created_at, id`, [tenantId])).rows.map((r) => r.payload);
const claims = (tenantId: string) => ({ sub: randomUUID(), tid: tenantId, role: 'OWNER', staff: false, mods: [], plan: 'pro', sid: randomUUID(), exp: 0, iat: 0 }) as unknown as AccessClaims;

test('a past_due read overtaken by a newer active one changes nothing when it syncs last', async () => {
  const { tenantId, subscriptionId } = await subscribed();
  const subscriptions = billing.services.subscriptions;

  fake.failPayment(subscriptionId);
  const t1 = await subscriptions.stripeFetchTime();
  const pastDue = await billing.gateway.retrieveSubscription(subscriptionId); // E1 (invoice.payment_failed) reads
  fake.renewSubscription(subscriptionId); // the card is fixed
  const t2 = await subscriptions.stripeFetchTime();
  const active = await billing.gateway.retrieveSubscription(subscriptionId); // E2 (invoice.paid) reads
  expect([pastDue.status, active.status]).toEqual(['past_due', 'active']);
  expect(t1 < t2).toBe(true); // same fixed-width UTC format: ordered as strings

  const changes = await planChanges(tenantId);
  expect((await subscriptions.sync(active, t2)).status).toBe('active'); // E2 commits first
  const stale = await subscriptions.sync(pastDue, t1); // then E1, with what it read before

  expect(stale).toMatchObject({ planCode: 'pro', status: 'active', pastDueSince: null });
  const stored = await row(tenantId);
  expect(stored).toMatchObject({ plan_code: 'pro', status: 'active', past_due_since: null });
  // The newer read's time, compared at full precision.
  expect((await db.query(`select stripe_fetched_at = $2::timestamptz as same from billing.subscriptions where tenant_id = $1`, [tenantId, t2])).rows[0].same).toBe(true);
  expect(await planChanges(tenantId)).toEqual(changes); // no plan.changed for a state that never stuck
});

test('stale invoice.payment_failed job finishing after invoice.paid: account stays active, both events processed, invoice recorded as paid', async () => {
  const { tenantId, subscriptionId } = await subscribed();
  const [paymentFailed] = fake.failPayment(subscriptionId);
  const invoiceId = (paymentFailed.data.object as Stripe.Invoice).id;
  const changes = await planChanges(tenantId);

  // E1 reads the subscription while it is past_due, and is held before its sync.
  const stalled = stalledRead();
  const e1 = run(paymentFailed, stalled.gateway);
  await stalled.read;

  // The card is fixed: Stripe retries the same invoice, the subscription is active again; E2 runs to the end.
  const renewal = fake.renewSubscription(subscriptionId);
  const paid = renewal.find((e) => e.type === 'invoice.paid')!;
  expect(await run(paid)).toBe('processed');
  expect(await row(tenantId)).toMatchObject({ status: 'active', past_due_since: null });

  stalled.release();
  expect(await e1).toBe('processed'); // stale is not an error: no retry

  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', status: 'active', past_due_since: null, downgraded_at: null });
  expect(await planChanges(tenantId)).toEqual(changes);
  const events = await db.query(`select processed_at, last_error from billing.stripe_events where id = any($1)`, [[paymentFailed.id, paid.id]]);
  expect(events.rows).toHaveLength(2);
  for (const e of events.rows) expect(e).toMatchObject({ processed_at: expect.any(Date), last_error: null });
  // Invoices are facts of their own: recorded whatever the subscription's sync did (paid wins over failed).
  const payments = await db.query(`select status from billing.payments where stripe_invoice_id = $1`, [invoiceId]);
  expect(payments.rows).toEqual([{ status: 'paid' }]);

  // A grace period that never started cannot downgrade the account.
  const clock = billing.services.clock;
  const original = clock.now;
  try {
    clock.now = () => new Date(Date.now() + 8 * 86_400_000);
    await billing.services.subscriptions.enforceGracePeriods();
  } finally {
    clock.now = original;
  }
  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', status: 'active' });
});

test('a job that read before a cancellation does not undo it', async () => {
  const { tenantId, subscriptionId } = await subscribed();
  const updated = fake.setSubscription(subscriptionId, {}); // any customer.subscription.updated
  const stalled = stalledRead();
  const job = run(updated, stalled.gateway);
  await stalled.read; // read with cancel_at_period_end = false

  const cancelled = await billing.services.subscriptions.cancel(claims(tenantId));
  expect(cancelled).toMatchObject({ planCode: 'pro', status: 'active', cancelAtPeriodEnd: true });

  stalled.release();
  expect(await job).toBe('processed');
  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', status: 'active', cancel_at_period_end: true });
});

test('a job that read before a plan change does not undo it', async () => {
  const { tenantId, subscriptionId } = await subscribed();
  const updated = fake.setSubscription(subscriptionId, {});
  const stalled = stalledRead();
  const job = run(updated, stalled.gateway);
  await stalled.read; // read on the monthly price

  const changed = await billing.services.subscriptions.changePlan(claims(tenantId), 'pro', 'YEARLY');
  expect(changed).toMatchObject({ planCode: 'pro', cycle: 'YEARLY' });

  stalled.release();
  expect(await job).toBe('processed');
  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', cycle: 'YEARLY' });
});

test('in-order syncs still apply and emit as before: past_due, then active again', async () => {
  const { tenantId, subscriptionId } = await subscribed();
  const changes = (await planChanges(tenantId)).length;
  for (const e of fake.failPayment(subscriptionId)) expect(await run(e)).toBe('processed');
  const pastDue = await row(tenantId);
  expect(pastDue).toMatchObject({ plan_code: 'pro', status: 'past_due', past_due_since: expect.any(Date) });
  for (const e of fake.renewSubscription(subscriptionId)) expect(await run(e)).toBe('processed');
  expect(await row(tenantId)).toMatchObject({ plan_code: 'pro', status: 'active', past_due_since: null });
  expect((await planChanges(tenantId)).slice(changes).map((p) => p.status)).toEqual(['past_due', 'active']);
});

test('two first syncs racing on the insert (no row yet): the older read does not overwrite the newer one', async () => {
  // An account whose account.created billing has not handled yet: no subscriptions row, so the older
  // sync's `for update` locks nothing and only the upsert can tell the two reads apart.
  const tenantId = randomUUID();
  const session = await proCheckout(tenantId, null);
  const { subscriptionId } = fake.completeCheckout(session.id);
  const subscriptions = billing.services.subscriptions;
  const t1 = await subscriptions.stripeFetchTime();
  const older = await billing.gateway.retrieveSubscription(subscriptionId); // cancel_at_period_end = false
  const t2 = await subscriptions.stripeFetchTime();

  // The newer sync has inserted its row (cancel_at_period_end = true, read at t2) and not committed yet.
  const newer = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await newer.connect();
  try {
    await newer.query('begin');
    await newer.query(
      `insert into billing.subscriptions (tenant_id, plan_code, status, cycle, cancel_at_period_end, stripe_customer_id, stripe_subscription_id, stripe_fetched_at)
       values ($1, 'pro', 'active', 'MONTHLY', true, $2, $3, $4)`,
      [tenantId, older.customer, subscriptionId, t2],
    );
    const pending = subscriptions.sync(older, t1);
    // Wait until the older sync is blocked on that insert (it has passed its `for update` read).
    await eventually(async () => {
      const r = await db.query(
        `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and position('on conflict (tenant_id) do update' in query) > 0`,
      );
      return r.rowCount === 1;
    });
    await newer.query('commit');
    expect(await pending).toMatchObject({ status: 'active', cancelAtPeriodEnd: true });
  } finally {
    await newer.query('rollback').catch(() => undefined);
    await newer.end();
  }
  expect(await row(tenantId)).toMatchObject({ cancel_at_period_end: true });
  expect((await db.query(`select stripe_fetched_at = $2::timestamptz as same from billing.subscriptions where tenant_id = $1`, [tenantId, t2])).rows[0].same).toBe(true);
  expect(await planChanges(tenantId)).toEqual([]); // the stale sync wrote nothing, so it announced nothing
});
