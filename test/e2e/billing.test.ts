import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from '@prumo/kit/testing';
import { eventually } from '@prumo/kit/testing';
import { startFakeStripe, type FakeStripe } from '../fakes/fake-stripe';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
const SUB = `query { subscription { planCode status cycle cancelAtPeriodEnd currentPeriodEnd graceEndsAt hasPaymentMethod plan { name } } }`;

let db: Client;
beforeAll(async () => {
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
});

describe('sandbox checkout (no Stripe keys)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => {
    await stack?.stop();
  });

  test('plans are public with prices, modules and limits', async () => {
    const r = await gql(stack.graphqlUrl, `query { plans { code priceMonthly { cents formatted } priceYearly { cents } modules limits { metric limit period } } }`);
    const byCode = Object.fromEntries(r.data!.plans.map((p: any) => [p.code, p]));
    expect(byCode.free.modules).toEqual(['fiscal', 'finance', 'consultant']);
    expect(byCode.pro.priceMonthly).toEqual({ cents: 9900, formatted: 'R$ 99,00' });
    expect(byCode.pro.priceYearly.cents).toBe(99000);
    expect(byCode.enterprise.priceMonthly).toBeNull();
    const limit = (code: string, metric: string) => byCode[code].limits.find((l: any) => l.metric === metric);
    expect(limit('free', 'agent_executions')).toEqual({ metric: 'agent_executions', limit: 10, period: 'MONTH' });
    expect(limit('free', 'llm_tokens')).toEqual({ metric: 'llm_tokens', limit: 20000, period: 'DAY' });
    expect(limit('pro', 'users')).toEqual({ metric: 'users', limit: 5, period: 'GAUGE' });
    expect(limit('enterprise', 'document_uploads').limit).toBeNull();
  });

  test('checkout -> signed webhooks -> Pro active -> modules in the refreshed token; usage and payment history follow', async () => {
    const user = await signUp(stack.graphqlUrl);
    expect(claimsOf(user.token).mods).toEqual(['fiscal', 'finance', 'consultant']);
    const page = await gql(stack.graphqlUrl, `mutation { startCheckout(input: { planCode: "pro", cycle: YEARLY }) { url } }`, {}, { token: user.token });
    const html = await (await fetch(page.data!.startCheckout.url)).text();
    expect(html).toContain('Pagar');
    expect(html).toContain('R$ 990,00');
    await upgradeToPro(stack.graphqlUrl, user.token, 'YEARLY');

    const sub = await gql(stack.graphqlUrl, SUB, {}, { token: user.token });
    expect(sub.data!.subscription).toMatchObject({ planCode: 'pro', status: 'ACTIVE', cycle: 'YEARLY', cancelAtPeriodEnd: false, hasPaymentMethod: true, plan: { name: 'Pro' } });
    const refreshed = await gql(stack.graphqlUrl, REFRESH, { t: user.refreshToken });
    const claims = claimsOf(refreshed.data!.refreshSession.accessToken);
    expect(claims.plan).toBe('pro');
    expect(claims.mods).toEqual(['fiscal', 'finance', 'marketplace', 'energy', 'consultant']);

    const usage = await gql(stack.graphqlUrl, `query { usage { metric used limit period resetsAt } }`, {}, { token: user.token });
    expect(usage.data!.usage.find((u: any) => u.metric === 'users')).toMatchObject({ used: 1, limit: 5, period: 'GAUGE', resetsAt: null });
    expect(usage.data!.usage.find((u: any) => u.metric === 'agent_executions')).toMatchObject({ limit: null, period: 'MONTH' });
    const history = await gql(stack.graphqlUrl, `query { paymentHistory(first: 5) { nodes { amount { cents formatted } status } } }`, {}, { token: user.token });
    expect(history.data!.paymentHistory.nodes).toEqual([{ amount: { cents: 99000, formatted: 'R$ 990,00' }, status: 'PAID' }]);
  });

  test('members cannot start checkout; Enterprise is sob consulta; accounts are isolated', async () => {
    const owner = await signUp(stack.graphqlUrl);
    await upgradeToPro(stack.graphqlUrl, owner.token);
    const inv = await gql(stack.graphqlUrl, `mutation { inviteMember(input: { email: "m-${randomUUID()}@example.com", role: MEMBER }) { token } }`, {}, { token: owner.token });
    const member = await gql(stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
      i: { token: inv.data!.inviteMember.token, name: 'Membro', password: 'senha-membro-1' },
    });
    const memberToken = member.data!.acceptInvitation.accessToken;
    for (const q of [`mutation { startCheckout(input: { planCode: "pro", cycle: MONTHLY }) { url } }`, `mutation { cancelSubscription { status } }`, `query { paymentHistory { nodes { id } } }`]) {
      const r = await gql(stack.graphqlUrl, q, {}, { token: memberToken });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const other = await signUp(stack.graphqlUrl);
    const ent = await gql(stack.graphqlUrl, `mutation { startCheckout(input: { planCode: "enterprise", cycle: MONTHLY }) { url } }`, {}, { token: other.token });
    expect(ent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { planCode: expect.stringContaining('sob consulta') } });
    // The other account sees its own Free subscription and no payments.
    const sub = await gql(stack.graphqlUrl, `query { subscription { planCode } paymentHistory { nodes { id } } }`, {}, { token: other.token });
    expect(sub.data).toEqual({ subscription: { planCode: 'free' }, paymentHistory: { nodes: [] } });
  });

  test('Free has one seat: inviting a second person -> PAYMENT_REQUIRED naming the users limit', async () => {
    const owner = await signUp(stack.graphqlUrl);
    const r = await gql(stack.graphqlUrl, `mutation { inviteMember(input: { email: "x-${randomUUID()}@example.com", role: MEMBER }) { token } }`, {}, { token: owner.token });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', plan: 'free', metric: 'users', used: 1, limit: 1, upgradeUrl: expect.stringContaining('/planos') });
    const pending = await db.query(`select count(*)::int as n from identity.invitations where tenant_id = $1`, [owner.accountId]);
    expect(pending.rows[0].n).toBe(0); // rolled back, nothing half-written

    // Invited before billing has read account.created (its users counter does not exist yet): the
    // refusal still counts the owner's seat, "1 de 1".
    const early = await signUp(stack.graphqlUrl);
    await eventually(async () => (await db.query(`select 1 from billing.usage_counters where tenant_id = $1 and metric = 'users'`, [early.accountId])).rowCount === 1);
    await db.query(`delete from billing.usage_counters where tenant_id = $1 and metric = 'users'`, [early.accountId]);
    const lag = await gql(stack.graphqlUrl, `mutation { inviteMember(input: { email: "y-${randomUUID()}@example.com", role: MEMBER }) { token } }`, {}, { token: early.token });
    expect(lag.errors?.[0]).toMatchObject({ message: expect.stringContaining('(1 de 1)'), extensions: { code: 'PAYMENT_REQUIRED', used: 1, limit: 1 } });
  });

  test('cancellation keeps access until the period end', async () => {
    const owner = await signUp(stack.graphqlUrl);
    await upgradeToPro(stack.graphqlUrl, owner.token);
    const r = await gql(stack.graphqlUrl, `mutation { cancelSubscription { planCode status cancelAtPeriodEnd } }`, {}, { token: owner.token });
    expect(r.data!.cancelSubscription).toEqual({ planCode: 'pro', status: 'ACTIVE', cancelAtPeriodEnd: true });
    const portal = await gql(stack.graphqlUrl, `mutation { openCustomerPortal { url } }`, {}, { token: owner.token });
    expect(await (await fetch(portal.data!.openCustomerPortal.url)).text()).toContain('cancela no fim do período');
  });
});

describe('the real Stripe SDK against a local fake Stripe API', () => {
  let stack: Stack;
  let fake: FakeStripe;
  beforeAll(async () => {
    fake = await startFakeStripe();
    fake.registerPrice('price_pro_monthly', { unitAmount: 9900, interval: 'month' });
    fake.registerPrice('price_pro_yearly', { unitAmount: 99000, interval: 'year' });
    stack = await startStack({ env: { STRIPE_SECRET_KEY: 'sk_test_fake', STRIPE_WEBHOOK_SECRET: fake.webhookSecret, STRIPE_API_BASE: fake.url } });
  });
  afterAll(async () => {
    await stack?.stop();
    await fake?.stop();
  });

  const webhook = (payload: string, signature = fake.signedHeader(payload)) =>
    fetch(`${stack.router.url}/webhooks/stripe`, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
  const deliver = async (events: unknown[]) => {
    for (const e of events) expect((await webhook(JSON.stringify(e))).status).toBe(200);
  };
  const planOf = async (token: string) => (await gql(stack.graphqlUrl, SUB, {}, { token })).data!.subscription;
  const processed = (id: string) => eventually(async () => (await db.query(`select processed_at from billing.stripe_events where id = $1`, [id])).rows[0]?.processed_at);

  async function subscribed(): Promise<{ user: SignedUp; subscriptionId: string }> {
    const user = await signUp(stack.graphqlUrl);
    const r = await gql(stack.graphqlUrl, `mutation { startCheckout(input: { planCode: "pro", cycle: MONTHLY }) { url } }`, {}, { token: user.token });
    const sessionId = r.data!.startCheckout.url.split('/').pop();
    const { events, subscriptionId } = fake.completeCheckout(sessionId);
    await deliver(events);
    await eventually(async () => (await planOf(user.token)).planCode === 'pro');
    return { user, subscriptionId };
  }

  test('checkout through Stripe -> webhooks -> Pro, modules in the refreshed token', async () => {
    const { user } = await subscribed();
    expect(fake.requests.some((r) => r.path === '/v1/checkout/sessions' && (r.body as any).subscription_data?.metadata?.tenantId === user.accountId)).toBe(true);
    // identity learns the new plan from billing's plan.changed event (asynchronously): a refresh
    // issues a token with Pro's modules once it has.
    let refreshToken = user.refreshToken;
    const mods = await eventually(async () => {
      const refreshed = await gql(stack.graphqlUrl, REFRESH, { t: refreshToken });
      refreshToken = refreshed.data!.refreshSession.refreshToken;
      const m: string[] = claimsOf(refreshed.data!.refreshSession.accessToken).mods;
      return m.includes('marketplace') ? m : null;
    }, 15_000, 200);
    expect(mods).toEqual(expect.arrayContaining(['marketplace', 'energy', 'consultant']));
  });

  test('invalid signature -> 400 and nothing stored; duplicates are stored once; unknown types are accepted and ignored', async () => {
    const { subscriptionId } = await subscribed();
    const event = fake.setSubscription(subscriptionId, { cancel_at_period_end: true });
    const payload = JSON.stringify(event);
    // Change the signature's first hex digit to a different one (a fixed digit would sometimes be the same).
    const bad = await webhook(payload, fake.signedHeader(payload).replace(/v1=([0-9a-f])/, (_m, d: string) => `v1=${d === '0' ? '1' : '0'}`));
    expect(bad.status).toBe(400);
    const tampered = await webhook(payload.replace('"cancel_at_period_end":true', '"cancel_at_period_end":false'), fake.signedHeader(payload));
    expect(tampered.status).toBe(400);
    expect((await db.query(`select 1 from billing.stripe_events where id = $1`, [event.id])).rowCount).toBe(0);

    const responses = await Promise.all([webhook(payload), webhook(payload), webhook(payload)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    await processed(event.id);
    expect((await db.query(`select count(*)::int as n from billing.stripe_events where id = $1`, [event.id])).rows[0].n).toBe(1);

    const unknown = JSON.stringify({ ...event, id: `evt_${randomUUID()}`, type: 'customer.tax_id.created' });
    expect((await webhook(unknown)).status).toBe(200);
    await processed(JSON.parse(unknown).id);
  });

  test('out-of-order events converge on Stripe’s current state (re-read, never trusted)', async () => {
    const { user, subscriptionId } = await subscribed();
    const cancelOn = fake.setSubscription(subscriptionId, { cancel_at_period_end: true });
    const cancelOff = fake.setSubscription(subscriptionId, { cancel_at_period_end: false });
    // Delivered newest first: the stale one arrives last but carries old data.
    await deliver([cancelOff, cancelOn]);
    await processed(cancelOn.id);
    expect((await planOf(user.token)).cancelAtPeriodEnd).toBe(false);
  });

  test('payment_failed -> past_due with a notification, access kept for 7 days, then Free (injectable clock); paying restores Pro', async () => {
    const { user, subscriptionId } = await subscribed();
    await deliver(fake.failPayment(subscriptionId));
    await eventually(async () => (await planOf(user.token)).status === 'PAST_DUE');
    const sub = await planOf(user.token);
    expect(sub.planCode).toBe('pro');
    expect(new Date(sub.graceEndsAt).getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    // The failed invoice and the subscription update are separate Stripe events: the notification may
    // follow the status by a moment.
    const kinds = await eventually(async () => {
      const note = await db.query(`select payload from billing.outbox where tenant_id = $1 and type = 'notification.requested'`, [user.accountId]);
      const k = note.rows.map((r) => r.payload.kind);
      return k.includes('payment_problem') ? k : null;
    });
    expect(kinds).toContain('payment_problem');

    const billing = stack.subgraphs.billing as any;
    const real = billing.services.clock.now;
    try {
      billing.services.clock.now = () => new Date(Date.now() + 6 * 86_400_000);
      await billing.services.subscriptions.enforceGracePeriods();
      expect((await planOf(user.token)).planCode).toBe('pro');
      billing.services.clock.now = () => new Date(Date.now() + 8 * 86_400_000);
      await billing.services.subscriptions.enforceGracePeriods();
    } finally {
      billing.services.clock.now = real;
    }
    expect(await planOf(user.token)).toMatchObject({ planCode: 'free', status: 'PAST_DUE' });
    await eventually(async () => {
      const r = await gql(stack.graphqlUrl, REFRESH, { t: user.refreshToken });
      user.refreshToken = r.data!.refreshSession.refreshToken;
      return claimsOf(r.data!.refreshSession.accessToken).mods.join() === 'fiscal,finance,consultant';
    });
    // Data is never deleted: the account and its history are intact, and paying brings Pro back.
    await deliver(fake.renewSubscription(subscriptionId));
    await eventually(async () => (await planOf(user.token)).planCode === 'pro');
    expect((await planOf(user.token)).status).toBe('ACTIVE');
  });

  test('changePlan goes through Stripe with proration', async () => {
    const { user, subscriptionId } = await subscribed();
    const r = await gql(stack.graphqlUrl, `mutation { changePlan(input: { planCode: "pro", cycle: YEARLY }) { planCode cycle } }`, {}, { token: user.token });
    expect(r.data!.changePlan).toEqual({ planCode: 'pro', cycle: 'YEARLY' });
    const update = fake.requests.find((q) => q.method === 'POST' && q.path === `/v1/subscriptions/${subscriptionId}` && (q.body as any).proration_behavior);
    expect(update?.body).toMatchObject({ proration_behavior: 'create_prorations', items: [{ price: 'price_pro_yearly' }] });
  });
});
