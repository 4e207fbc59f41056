import Stripe from 'stripe';
import { parseStripeForm, startFakeStripe, type FakeStripe } from './fake-stripe';

const SECRET = 'whsec_test_fake_stripe';
const MONTHLY = 'price_pro_monthly';
const YEARLY = 'price_pro_yearly';
const DAY = 24 * 3600;

let fake: FakeStripe;
let stripe: Stripe;

beforeAll(async () => {
  fake = await startFakeStripe({ webhookSecret: SECRET });
  fake.registerPrice(MONTHLY, { unitAmount: 4990, interval: 'month', product: 'prod_pro' });
  fake.registerPrice(YEARLY, { unitAmount: 49900, interval: 'year', product: 'prod_pro' });
  stripe = new Stripe('sk_test_fake', { ...fake.stripeConfig, maxNetworkRetries: 0 });
});
afterAll(() => fake.stop());

async function checkout(params: Partial<Stripe.Checkout.SessionCreateParams> = {}) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    line_items: [{ price: MONTHLY, quantity: 1 }],
    customer_email: 'dona@padaria.com.br',
    client_reference_id: 'tenant-1',
    metadata: { tenantId: 'tenant-1' },
    subscription_data: { metadata: { tenantId: 'tenant-1', plan: 'pro' } },
    success_url: 'https://app.test/billing/ok',
    cancel_url: 'https://app.test/billing/cancel',
    ...params,
  });
}

/** A subscription the customer has just paid for. */
async function subscribed(price = MONTHLY): Promise<string> {
  const session = await checkout({ line_items: [{ price, quantity: 1 }] });
  return fake.completeCheckout(session.id).subscriptionId;
}

describe('form parsing', () => {
  it('turns bracket notation into nested objects and arrays', () => {
    expect(parseStripeForm('line_items[0][price]=p&line_items[1][price]=q&metadata[tenantId]=t%201&expand[]=a&expand[]=b&x=1')).toEqual({
      line_items: [{ price: 'p' }, { price: 'q' }],
      metadata: { tenantId: 't 1' },
      expand: ['a', 'b'],
      x: '1',
    });
  });
});

describe('HTTP surface', () => {
  it('rejects missing or non-test keys with 401 and unknown routes with 404, in Stripe error shape', async () => {
    const noKey = await fetch(`${fake.url}/v1/customers/cus_x`);
    expect(noKey.status).toBe(401);
    expect(((await noKey.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');

    await expect(new Stripe('sk_live_nope', { ...fake.stripeConfig, maxNetworkRetries: 0 }).customers.create({})).rejects.toBeInstanceOf(
      Stripe.errors.StripeAuthenticationError,
    );

    const unknown = await fetch(`${fake.url}/v1/nope`, { headers: { authorization: 'Bearer sk_test_fake' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('/v1/nope') } });
  });

  it('reports unknown objects and prices as Stripe does', async () => {
    await expect(stripe.customers.retrieve('cus_missing')).rejects.toMatchObject({ type: 'StripeInvalidRequestError', statusCode: 404, code: 'resource_missing' });
    await expect(checkout({ line_items: [{ price: 'price_unknown', quantity: 1 }] })).rejects.toMatchObject({ statusCode: 400, param: 'line_items[0][price]' });
  });

  it('replays an idempotent request and refuses the key for different parameters', async () => {
    const first = await stripe.customers.create({ email: 'a@b.com' }, { idempotencyKey: 'k-1' });
    const again = await stripe.customers.create({ email: 'a@b.com' }, { idempotencyKey: 'k-1' });
    expect(again.id).toBe(first.id);
    await expect(stripe.customers.create({ email: 'other@b.com' }, { idempotencyKey: 'k-1' })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });
});

describe('checkout and subscription lifecycle', () => {
  it('creates a checkout session and records what the SDK sent', async () => {
    const customer = await stripe.customers.create({ email: 'dona@padaria.com.br', metadata: { tenantId: 'tenant-1' } });
    const session = await checkout({ customer: customer.id, customer_email: undefined });
    expect(session).toMatchObject({ object: 'checkout.session', mode: 'subscription', status: 'open', payment_status: 'unpaid', customer: customer.id, amount_total: 4990, currency: 'brl' });
    expect(session.url).toBe(`${fake.url}/pay/${session.id}`);
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ id: session.id, client_reference_id: 'tenant-1', metadata: { tenantId: 'tenant-1' } });

    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions').at(-1)!;
    expect(sent.body).toMatchObject({
      line_items: [{ price: MONTHLY, quantity: '1' }],
      subscription_data: { metadata: { tenantId: 'tenant-1', plan: 'pro' } },
      success_url: 'https://app.test/billing/ok',
    });
  });

  it('completes checkout: customer, active subscription with item periods, paid invoice and events', async () => {
    const session = await checkout();
    const before = Math.floor(Date.now() / 1000);
    const { events, subscriptionId } = fake.completeCheckout(session.id);
    expect(events.map((e) => e.type)).toEqual(['checkout.session.completed', 'customer.subscription.created', 'invoice.paid']);
    for (const e of events) expect(e).toMatchObject({ object: 'event', id: expect.stringMatching(/^evt_/), api_version: '2026-10-28.endive', livemode: false });

    const completed = events[0].data.object as Stripe.Checkout.Session;
    expect(completed).toMatchObject({ id: session.id, status: 'complete', payment_status: 'paid', subscription: subscriptionId, client_reference_id: 'tenant-1' });
    const customer = await stripe.customers.retrieve(completed.customer as string);
    expect(customer).toMatchObject({ object: 'customer', email: 'dona@padaria.com.br' });

    const sub = await stripe.subscriptions.retrieve(subscriptionId, { expand: ['latest_invoice'] });
    expect(sub).toMatchObject({ object: 'subscription', status: 'active', cancel_at_period_end: false, customer: customer.id, currency: 'brl', metadata: { tenantId: 'tenant-1', plan: 'pro' } });
    const item = sub.items.data[0];
    expect(item.price.id).toBe(MONTHLY);
    expect(item.price.unit_amount).toBe(4990);
    expect(item.current_period_start).toBeGreaterThanOrEqual(before);
    expect(item.current_period_end - item.current_period_start).toBeGreaterThanOrEqual(28 * DAY);
    expect(item.current_period_end - item.current_period_start).toBeLessThanOrEqual(31 * DAY);

    const invoice = sub.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ object: 'invoice', status: 'paid', amount_paid: 4990, currency: 'brl', customer: customer.id, billing_reason: 'subscription_create' });
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscriptionId);
    expect(invoice.lines.data[0].period).toEqual({ start: item.current_period_start, end: item.current_period_end });
    expect(invoice.hosted_invoice_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(await stripe.invoices.retrieve(invoice.id)).toMatchObject({ id: invoice.id, period_start: expect.any(Number), period_end: expect.any(Number) });
    expect((events[2].data.object as Stripe.Invoice).id).toBe(invoice.id);

    const portal = await stripe.billingPortal.sessions.create({ customer: customer.id, return_url: 'https://app.test/billing' });
    expect(portal).toMatchObject({ object: 'billing_portal.session', customer: customer.id, url: expect.stringContaining(fake.url) });
  });

  it('gives yearly prices a one-year period', async () => {
    const sub = await stripe.subscriptions.retrieve(await subscribed(YEARLY));
    const { current_period_start: start, current_period_end: end } = sub.items.data[0];
    expect(end - start).toBeGreaterThanOrEqual(365 * DAY);
  });

  it('updates cancel_at_period_end, metadata and price through the API', async () => {
    const id = await subscribed();
    let sub = await stripe.subscriptions.update(id, { cancel_at_period_end: true, metadata: { plan: 'pro-canceling' } });
    expect(sub).toMatchObject({ cancel_at_period_end: true, cancel_at: sub.items.data[0].current_period_end, metadata: { tenantId: 'tenant-1', plan: 'pro-canceling' } });
    sub = await stripe.subscriptions.update(id, { cancel_at_period_end: false });
    expect(sub).toMatchObject({ cancel_at_period_end: false, cancel_at: null });

    const itemId = sub.items.data[0].id;
    await expect(stripe.subscriptions.update(id, { metadata: { plan: 'x' }, items: [{ id: itemId, price: 'price_nope' }] })).rejects.toMatchObject({ statusCode: 400 });
    expect((await stripe.subscriptions.retrieve(id)).metadata.plan).toBe('pro-canceling'); // a rejected update changes nothing
    sub = await stripe.subscriptions.update(id, { items: [{ id: itemId, price: YEARLY }], proration_behavior: 'create_prorations' });
    expect(sub.items.data).toHaveLength(1);
    expect(sub.items.data[0]).toMatchObject({ id: itemId, price: { id: YEARLY, unit_amount: 49900 }, plan: { interval: 'year' } });
    expect(sub.items.data[0].current_period_end - sub.items.data[0].current_period_start).toBeGreaterThanOrEqual(365 * DAY);

    const updated = fake.events.filter((e) => e.type === 'customer.subscription.updated' && (e.data.object as Stripe.Subscription).id === id);
    expect(updated).toHaveLength(3);
  });

  it('simulates a failed renewal, its recovery, admin changes and deletion', async () => {
    const id = await subscribed();
    const start = (await stripe.subscriptions.retrieve(id)).items.data[0];

    const failed = fake.failPayment(id);
    expect(failed.map((e) => e.type)).toEqual(['invoice.payment_failed', 'customer.subscription.updated']);
    const openInvoice = failed[0].data.object as Stripe.Invoice;
    expect(openInvoice).toMatchObject({ status: 'open', amount_paid: 0, amount_remaining: 4990, billing_reason: 'subscription_cycle' });
    expect(openInvoice.parent?.subscription_details?.subscription).toBe(id);
    expect(failed[1].data.previous_attributes).toMatchObject({ status: 'active' });
    const pastDue = await stripe.subscriptions.retrieve(id);
    expect(pastDue.status).toBe('past_due');
    expect(pastDue.items.data[0].current_period_start).toBe(start.current_period_end);

    const renewed = fake.renewSubscription(id);
    expect(renewed.map((e) => e.type)).toEqual(['customer.subscription.updated', 'invoice.paid']);
    expect((renewed[1].data.object as Stripe.Invoice).id).toBe(openInvoice.id);
    expect((await stripe.subscriptions.retrieve(id)).status).toBe('active');

    const changed = fake.setSubscription(id, { price: YEARLY, cancel_at_period_end: true });
    expect(changed.type).toBe('customer.subscription.updated');
    expect((changed.data.object as Stripe.Subscription).items.data[0].price.id).toBe(YEARLY);
    expect(changed.data.previous_attributes).toMatchObject({ cancel_at_period_end: false });
    expect(fake.setSubscription(id, { status: 'unpaid' }).data.object).toMatchObject({ status: 'unpaid' });

    const deleted = fake.deleteSubscription(id);
    expect(deleted.type).toBe('customer.subscription.deleted');
    expect(deleted.data.object).toMatchObject({ id, status: 'canceled', ended_at: expect.any(Number) });
    await expect(stripe.subscriptions.update(id, { cancel_at_period_end: false })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it('cancels immediately through the API', async () => {
    const id = await subscribed();
    const canceled = await stripe.subscriptions.cancel(id);
    expect(canceled).toMatchObject({ id, status: 'canceled', canceled_at: expect.any(Number) });
    expect(fake.events.at(-1)).toMatchObject({ type: 'customer.subscription.deleted', data: { object: { id } } });
  });
});

describe('webhook signatures', () => {
  it('produces headers the SDK accepts for the exact payload only', async () => {
    const session = await checkout();
    const [event] = fake.completeCheckout(session.id).events;
    const payload = JSON.stringify(event, null, 2);
    const header = fake.signedHeader(payload);

    const verified = stripe.webhooks.constructEvent(payload, header, SECRET);
    expect(verified).toMatchObject({ id: event.id, type: 'checkout.session.completed' });

    const tampered = payload.replace('"livemode": false', '"livemode": true');
    expect(tampered).not.toBe(payload);
    expect(() => stripe.webhooks.constructEvent(tampered, header, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError);
    expect(() => stripe.webhooks.constructEvent(payload, header, 'whsec_other')).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});
