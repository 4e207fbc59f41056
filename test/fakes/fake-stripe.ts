/**
 * A local, in-memory fake of the slice of the Stripe API that Prumo's billing uses, so the real `stripe`
 * SDK can run against it in tests: `new Stripe('sk_test_x', { ...fake.stripeConfig, maxNetworkRetries: 0 })`.
 *
 * Objects follow the shapes of `stripe` v23 / API version 2026-10-28.endive, as they travel on the wire
 * (so `*_decimal` fields are strings; the SDK turns them into `Decimal`s). Worth knowing:
 * - billing periods live on subscription ITEMS (`items.data[i].current_period_start/end`);
 * - invoices point at their subscription through `parent.subscription_details.subscription`, and their
 *   service period is `lines.data[i].period`: like Stripe, `invoice.period_start/end` is NOT the service
 *   period (for the first invoice both equal its creation time);
 * - prices must be registered with `registerPrice` first; an unknown price is a 400, as on Stripe;
 * - proration, taxes, discounts, trials and payment methods are not simulated.
 * Simulation helpers (`completeCheckout`, `failPayment`...) return the Events Stripe would POST to a webhook;
 * every Event (including those API calls would cause) is also kept, in order, in `events`.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export const FAKE_STRIPE_API_VERSION = '2026-10-28.endive';
const DOCS = 'https://stripe.com/docs';

type Obj = Record<string, any>;
export type Interval = 'month' | 'year';
export interface RecordedRequest { method: string; path: string; body: Record<string, unknown> }

export interface FakeStripe {
  url: string;
  host: string;
  port: number;
  /** Spread into the SDK's config: `new Stripe(key, { ...fake.stripeConfig })`. */
  stripeConfig: { host: string; port: number; protocol: 'http' };
  webhookSecret: string;
  /** Every request received, with query and form parameters parsed into nested objects/arrays (values stay strings). */
  requests: RecordedRequest[];
  /** Every Event the fake produced, oldest first. */
  events: Stripe.Event[];
  registerPrice(priceId: string, opts: { unitAmount: number; interval: Interval; product?: string }): void;
  /** The customer pays: customer (if needed), active subscription and paid first invoice. */
  completeCheckout(sessionId: string): { events: Stripe.Event[]; subscriptionId: string };
  /** A renewal charge fails: the period advances (unless an open invoice is being retried) and the status becomes past_due. */
  failPayment(subscriptionId: string): Stripe.Event[];
  /** A renewal succeeds (or the open invoice of a past_due subscription is paid): status active. */
  renewSubscription(subscriptionId: string): Stripe.Event[];
  setSubscription(subscriptionId: string, patch: Partial<{ status: string; cancel_at_period_end: boolean; price: string }>): Stripe.Event;
  deleteSubscription(subscriptionId: string): Stripe.Event;
  /** A valid `Stripe-Signature` header for this exact raw payload. */
  signedHeader(payload: string): string;
  stop(): Promise<void>;
}

class ApiError extends Error {
  constructor(readonly status: number, readonly error: Obj) {
    super(error.message);
  }
}
const invalid = (message: string, extra: Obj = {}) => new ApiError(400, { type: 'invalid_request_error', message, ...extra });
/** A missing object: 404 when it is the URL's subject, 400 when a parameter refers to it. */
const missing = (kind: string, id: string, param = 'id') =>
  new ApiError(param === 'id' ? 404 : 400, { type: 'invalid_request_error', code: 'resource_missing', param, doc_url: `${DOCS}/error-codes/resource-missing`, message: `No such ${kind}: '${id}'` });

const now = () => Math.floor(Date.now() / 1000);
const clone = <T>(v: T): T => structuredClone(v);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const newId = (prefix: string) => `${prefix}_${[...randomBytes(24)].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
const list = (data: Obj[], url: string) => ({ object: 'list', data, has_more: false, total_count: data.length, url });
const bool = (v: unknown) => v === true || v === 'true';

function addInterval(ts: number, interval: Interval): number {
  const d = new Date(ts * 1000);
  if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return Math.floor(d.getTime() / 1000);
}

/** `a[b][0][c]=1&expand[]=x` → `{ a: { b: [{ c: '1' }] }, expand: ['x'] }`. */
export function parseStripeForm(query: string): Record<string, unknown> {
  const root: Obj = {};
  for (const [key, value] of new URLSearchParams(query)) {
    const m = /^([^[\]]+)((?:\[[^\]]*\])*)$/.exec(key);
    const path = m ? [m[1], ...[...m[2].matchAll(/\[([^\]]*)\]/g)].map((x) => x[1])] : [key];
    let node = root;
    path.forEach((seg, i) => {
      const k = seg === '' ? String(Object.keys(node).length) : seg;
      if (i === path.length - 1) node[k] = value;
      else node = node[k] = typeof node[k] === 'object' ? node[k] : {};
    });
  }
  const arrayify = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const o = v as Obj;
    const keys = Object.keys(o);
    if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => +a - +b).map((k) => arrayify(o[k]));
    return Object.fromEntries(keys.map((k) => [k, arrayify(o[k])]));
  };
  return arrayify(root) as Record<string, unknown>;
}

/** Stripe merges metadata updates; an empty value removes the key. */
function mergeMetadata(target: Obj, patch: unknown): Obj {
  for (const [k, v] of Object.entries((patch ?? {}) as Obj)) {
    if (v === '' || v === null) delete target[k];
    else target[k] = String(v);
  }
  return target;
}

class FakeStripeServer implements FakeStripe {
  url = '';
  host = '127.0.0.1';
  port = 0;
  stripeConfig = { host: '127.0.0.1', port: 0, protocol: 'http' as const };
  requests: RecordedRequest[] = [];
  events: Stripe.Event[] = [];
  private readonly server = http.createServer((req, res) => {
    this.handle(req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { type: 'api_error', message: `fake-stripe: ${String(err)}` } }));
    });
  });
  private readonly prices = new Map<string, { price: Obj; plan: Obj }>();
  private readonly customers = new Map<string, Obj>();
  private readonly sessions = new Map<string, Obj>();
  /** Checkout parameters that the Session object doesn't echo back. */
  private readonly sessionInput = new Map<string, { items: { price: string; quantity: number }[]; subscriptionMetadata: Obj }>();
  private readonly subscriptions = new Map<string, Obj>();
  private readonly invoices = new Map<string, Obj>();
  private readonly idempotent = new Map<string, { raw: string; status: number; body: string }>();
  private invoiceCount = 0;

  constructor(readonly webhookSecret: string) {}

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, this.host, resolve));
    this.port = (this.server.address() as AddressInfo).port;
    this.url = `http://${this.host}:${this.port}`;
    this.stripeConfig = { host: this.host, port: this.port, protocol: 'http' };
    return this;
  }

  stop(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeAllConnections();
    });
  }

  signedHeader(payload: string): string {
    return Stripe.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret });
  }

  registerPrice(priceId: string, opts: { unitAmount: number; interval: Interval; product?: string }): void {
    const product = opts.product ?? `prod_${priceId.replace(/^price_/, '')}`;
    const recurring = { interval: opts.interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' };
    const common = { active: true, billing_scheme: 'per_unit', created: now(), currency: 'brl', livemode: false, metadata: {}, nickname: null, product };
    this.prices.set(priceId, {
      price: { id: priceId, object: 'price', ...common, custom_unit_amount: null, lookup_key: null, recurring, tax_behavior: 'unspecified', tiers_mode: null, transform_quantity: null, type: 'recurring', unit_amount: opts.unitAmount, unit_amount_decimal: String(opts.unitAmount) },
      plan: { id: priceId, object: 'plan', ...common, amount: opts.unitAmount, amount_decimal: String(opts.unitAmount), interval: opts.interval, interval_count: 1, meter: null, tiers_mode: null, transform_usage: null, trial_period_days: null, usage_type: 'licensed' },
    });
  }

  // ---- simulations -------------------------------------------------------------------------------------

  completeCheckout(sessionId: string): { events: Stripe.Event[]; subscriptionId: string } {
    const session = this.get(this.sessions, sessionId, 'checkout.session');
    if (session.status !== 'open') throw new Error(`fake-stripe: checkout session ${sessionId} is ${session.status}, not open`);
    const input = this.sessionInput.get(sessionId)!;
    const customer = session.customer ? this.customers.get(session.customer)! : this.createCustomer({ email: session.customer_email });
    const start = now();
    const sub: Obj = this.newSubscription(customer.id, input.items, input.subscriptionMetadata, start);
    const invoice = this.createInvoice(sub, 'subscription_create', 'paid', start, start);
    Object.assign(session, {
      status: 'complete', payment_status: 'paid', customer: customer.id, subscription: sub.id, invoice: invoice.id,
      customer_details: { address: null, business_name: null, email: customer.email, individual_name: null, name: customer.name ?? null, phone: null, tax_exempt: 'none', tax_ids: [] },
    });
    const events = [this.event('checkout.session.completed', session), this.event('customer.subscription.created', sub), this.event('invoice.paid', invoice)];
    return { events, subscriptionId: sub.id };
  }

  failPayment(subscriptionId: string): Stripe.Event[] {
    return this.chargeRenewal(subscriptionId, false);
  }

  renewSubscription(subscriptionId: string): Stripe.Event[] {
    return this.chargeRenewal(subscriptionId, true);
  }

  setSubscription(subscriptionId: string, patch: Partial<{ status: string; cancel_at_period_end: boolean; price: string }>): Stripe.Event {
    const current = this.get(this.subscriptions, subscriptionId, 'subscription');
    const items = patch.price === undefined ? undefined : [{ id: current.items.data[0].id, price: patch.price }];
    const { before, after } = this.update(subscriptionId, { cancel_at_period_end: patch.cancel_at_period_end, items });
    if (patch.status !== undefined) after.status = patch.status;
    return this.event('customer.subscription.updated', after, before);
  }

  deleteSubscription(subscriptionId: string): Stripe.Event {
    return this.event('customer.subscription.deleted', this.cancelNow(this.get(this.subscriptions, subscriptionId, 'subscription')));
  }

  // ---- HTTP --------------------------------------------------------------------------------------------

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const params = { ...parseStripeForm(url.search.slice(1)), ...parseStripeForm(raw) } as Obj;
    this.requests.push({ method, path: url.pathname, body: params });

    const send = (status: number, body: string, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), 'stripe-version': FAKE_STRIPE_API_VERSION, ...extra });
      res.end(body);
    };
    const key = req.headers['idempotency-key'];
    const idemKey = typeof key === 'string' ? `${method} ${url.pathname} ${key}` : undefined;
    const seen = idemKey ? this.idempotent.get(idemKey) : undefined;

    let status = 200;
    let body: Obj;
    try {
      this.authenticate(req.headers.authorization);
      if (seen?.raw === raw) return send(seen.status, seen.body, { 'idempotent-replayed': 'true' });
      if (seen) throw new ApiError(400, { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.` });
      body = this.expand(this.route(method, url.pathname, params), params.expand);
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(500, { type: 'api_error', message: `fake-stripe: ${String(err)}` });
      status = e.status;
      body = { error: e.error };
    }
    const json = JSON.stringify(body, null, 2);
    if (idemKey && status === 200) this.idempotent.set(idemKey, { raw, status, body: json });
    send(status, json);
  }

  private authenticate(header: string | undefined): void {
    const token = /^Bearer (\S+)$/.exec(header ?? '')?.[1];
    if (!token) throw new ApiError(401, { type: 'invalid_request_error', message: 'You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. \'Authorization: Bearer YOUR_SECRET_KEY\').' });
    if (!/^sk_test_\w+$/.test(token)) throw new ApiError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${token.slice(0, 8)}***${token.slice(-4)}` });
  }

  private route(method: string, path: string, p: Obj): Obj {
    const m = /^\/v1\/(customers|checkout\/sessions|billing_portal\/sessions|subscriptions|invoices|prices|events)(?:\/([^/]+))?$/.exec(path);
    const [resource, id] = m ? [m[1], m[2]] : ['', undefined];
    switch (`${method} ${resource}${id ? '/:id' : ''}`) {
      case 'POST customers': {
        const c = this.createCustomer(p);
        this.event('customer.created', c);
        return clone(c);
      }
      case 'GET customers/:id': return clone(this.get(this.customers, id!, 'customer'));
      case 'POST checkout/sessions': return clone(this.createSession(p));
      case 'GET checkout/sessions/:id': return clone(this.get(this.sessions, id!, 'checkout.session'));
      case 'POST billing_portal/sessions': {
        if (!p.customer) throw invalid('Missing required param: customer.', { param: 'customer' });
        this.get(this.customers, p.customer, 'customer', 'customer');
        const sid = newId('bps');
        return { id: sid, object: 'billing_portal.session', configuration: 'bpc_fake_default', created: now(), customer: p.customer, customer_account: null, flow: null, livemode: false, locale: p.locale ?? null, on_behalf_of: null, return_url: p.return_url ?? null, url: `${this.url}/portal/${sid}` };
      }
      case 'GET subscriptions/:id': return clone(this.get(this.subscriptions, id!, 'subscription'));
      case 'POST subscriptions/:id': {
        const sub = this.update(id!, p);
        this.event('customer.subscription.updated', sub.after, sub.before);
        return clone(sub.after);
      }
      case 'DELETE subscriptions/:id': {
        const sub = this.get(this.subscriptions, id!, 'subscription');
        if (sub.status === 'canceled') throw invalid(`fake-stripe: subscription ${sub.id} is already canceled.`);
        this.event('customer.subscription.deleted', this.cancelNow(sub));
        return clone(sub);
      }
      case 'GET invoices/:id': return clone(this.get(this.invoices, id!, 'invoice'));
      case 'GET prices/:id': return clone(this.priceOf(id!, 'id').price);
      case 'GET events/:id': {
        const event = this.events.find((e) => e.id === id);
        if (!event) throw missing('event', id!);
        return clone(event);
      }
    }
    throw new ApiError(404, { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}). Please see ${DOCS} or we can help at https://support.stripe.com/.` });
  }

  /** Top-level `expand` (e.g. `latest_invoice`, `customer`); deeper paths are ignored. */
  private expand(body: Obj, expand: unknown): Obj {
    for (const field of Array.isArray(expand) ? expand : []) {
      const ref = body[field];
      if (typeof ref !== 'string') continue;
      const store = { cus: this.customers, in: this.invoices, sub: this.subscriptions }[ref.split('_')[0]];
      const found = store?.get(ref);
      if (found) body[field] = clone(found);
    }
    return body;
  }

  // ---- state -------------------------------------------------------------------------------------------

  private get(store: Map<string, Obj>, id: string, kind: string, param = 'id'): Obj {
    const found = store.get(id);
    if (!found) throw missing(kind, id, param);
    return found;
  }

  private priceOf(priceId: string, param: string): { price: Obj; plan: Obj } {
    const entry = this.prices.get(priceId);
    if (!entry) throw missing('price', priceId, param);
    return entry;
  }

  private createCustomer(p: Obj): Obj {
    const c = {
      id: newId('cus'), object: 'customer', address: null, balance: 0, created: now(), currency: null, default_source: null, delinquent: false,
      description: p.description ?? null, discount: null, email: p.email ?? null, invoice_prefix: randomBytes(4).toString('hex').toUpperCase(),
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false, metadata: mergeMetadata({}, p.metadata), name: p.name ?? null, next_invoice_sequence: 1, phone: p.phone ?? null,
      preferred_locales: [], shipping: null, tax_exempt: 'none', test_clock: null,
    };
    this.customers.set(c.id, c);
    return c;
  }

  private createSession(p: Obj): Obj {
    if (!p.mode) throw invalid('Missing required param: mode.', { param: 'mode' });
    if (p.mode !== 'subscription') throw invalid(`fake-stripe only supports mode=subscription, got '${p.mode}'.`, { param: 'mode' });
    if (p.customer && p.customer_email) throw invalid('You may only specify one of these parameters: customer, customer_email.', { param: 'customer_email' });
    if (p.customer) this.get(this.customers, p.customer, 'customer', 'customer');
    if (!Array.isArray(p.line_items) || p.line_items.length === 0) throw invalid('Missing required param: line_items.', { param: 'line_items' });
    const items = (p.line_items as Obj[]).map((li, i) => {
      if (!li.price) throw invalid(`Missing required param: line_items[${i}][price].`, { param: `line_items[${i}][price]` });
      this.priceOf(li.price, `line_items[${i}][price]`);
      return { price: String(li.price), quantity: li.quantity ? Number(li.quantity) : 1 };
    });
    const amount = items.reduce((sum, it) => sum + this.prices.get(it.price)!.price.unit_amount * it.quantity, 0);
    const id = newId('cs_test');
    const created = now();
    const session = {
      id, object: 'checkout.session', adaptive_pricing: null, after_expiration: null, allow_promotion_codes: null, allowed_payment_method_types: null,
      amount_subtotal: amount, amount_total: amount, automatic_tax: { enabled: false, liability: null, provider: null, status: null },
      billing_address_collection: null, cancel_url: p.cancel_url ?? null, client_reference_id: p.client_reference_id ?? null, client_secret: null,
      collected_information: null, consent: null, consent_collection: null, created, currency: 'brl', currency_conversion: null, custom_fields: [],
      custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
      customer: p.customer ?? null, customer_account: null, customer_creation: p.customer ? null : 'always', customer_details: null,
      customer_email: p.customer_email ?? null, discounts: [], expires_at: created + 24 * 3600, integration_identifier: null, invoice: null,
      invoice_creation: null, livemode: false, locale: p.locale ?? null, managed_payments: null, metadata: mergeMetadata({}, p.metadata), mode: 'subscription',
      origin_context: null, payment_intent: null, payment_link: null, payment_method_collection: 'always', payment_method_configuration_details: null,
      payment_method_options: null, payment_method_types: ['card'], payment_status: 'unpaid', permissions: null, recovered_from: null,
      saved_payment_method_options: null, setup_intent: null, shipping_address_collection: null, shipping_cost: null, shipping_options: [],
      status: 'open', submit_type: null, subscription: null, success_url: p.success_url ?? null,
      total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 }, ui_mode: 'hosted_page', url: `${this.url}/pay/${id}`, wallet_options: null,
    };
    this.sessions.set(id, session);
    this.sessionInput.set(id, { items, subscriptionMetadata: mergeMetadata({}, p.subscription_data?.metadata) });
    return session;
  }

  private newItem(subId: string, priceId: string, quantity: number, start: number): Obj {
    const { price, plan } = this.priceOf(priceId, 'price');
    return {
      id: newId('si'), object: 'subscription_item', billing_thresholds: null, created: start, current_period_end: addInterval(start, price.recurring.interval),
      current_period_start: start, current_trial: null, discounts: [], metadata: {}, plan: clone(plan), price: clone(price), quantity, subscription: subId, tax_rates: [],
    };
  }

  private newSubscription(customer: string, items: { price: string; quantity: number }[], metadata: Obj, start: number): Obj {
    const id = newId('sub');
    const sub = {
      id, object: 'subscription', application: null, application_fee_percent: null, automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: start, billing_cycle_anchor_config: null, billing_mode: { flexible: { proration_discounts: 'included' }, type: 'flexible', updated_at: start },
      billing_schedules: [], billing_thresholds: null, cancel_at: null, cancel_at_period_end: false, canceled_at: null,
      cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null }, collection_method: 'charge_automatically', created: start,
      currency: 'brl', customer, customer_account: null, days_until_due: null, default_payment_method: null, default_source: null, default_tax_rates: [],
      description: null, discounts: [], ended_at: null, invoice_settings: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: { type: 'self' } },
      items: list(items.map((it) => this.newItem(id, it.price, it.quantity, start)), `/v1/subscription_items?subscription=${id}`),
      latest_invoice: null, livemode: false, managed_payments: null, metadata: clone(metadata), next_pending_invoice_item_invoice: null, on_behalf_of: null,
      pause_collection: null, payment_settings: { payment_method_options: null, payment_method_types: null, save_default_payment_method: 'off' },
      pending_invoice_item_interval: null, pending_setup_intent: null, pending_update: null, schedule: null, start_date: start, status: 'active',
      test_clock: null, transfer_data: null, trial_end: null, trial_settings: { end_behavior: { missing_payment_method: 'create_invoice' } }, trial_start: null,
    };
    this.subscriptions.set(id, sub);
    return sub;
  }

  /** Invoice for the subscription's current item periods. `periodStart/End` are the invoice's own (non-service) period. */
  private createInvoice(sub: Obj, reason: string, status: 'paid' | 'open', periodStart: number, periodEnd: number): Obj {
    const id = newId('in');
    const created = now();
    const customer = this.customers.get(sub.customer);
    const lines = (sub.items.data as Obj[]).map((item) => {
      const amount = item.price.unit_amount * item.quantity;
      return {
        id: newId('il'), object: 'line_item', amount, currency: 'brl', description: `${item.quantity} × ${item.price.product}`, discount_amounts: [],
        discountable: true, discounts: [], invoice: id, livemode: false, metadata: clone(sub.metadata),
        parent: { invoice_item_details: null, subscription_item_details: { invoice_item: null, proration: false, proration_details: { credited_items: null }, subscription: sub.id, subscription_item: item.id }, type: 'subscription_item_details' },
        period: { end: item.current_period_end, start: item.current_period_start }, pretax_credit_amounts: [],
        pricing: { price_details: { price: item.price.id, product: item.price.product }, type: 'price_details', unit_amount_decimal: item.price.unit_amount_decimal },
        quantity: item.quantity, quantity_decimal: String(item.quantity), subscription: sub.id, subtotal: amount, taxes: [],
      };
    });
    const total = lines.reduce((sum, l) => sum + l.amount, 0);
    const paid = status === 'paid';
    const invoice = {
      id, object: 'invoice', account_country: 'BR', account_name: 'Prumo (fake)', account_tax_ids: null, amount_due: total, amount_overpaid: 0,
      amount_paid: paid ? total : 0, amount_remaining: paid ? 0 : total, amount_shipping: 0, application: null, attempt_count: 1, attempted: true,
      auto_advance: !paid, automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null }, automatically_finalizes_at: null,
      billing_reason: reason, collection_method: 'charge_automatically', created, currency: 'brl', custom_fields: null, customer: sub.customer,
      customer_account: null, customer_address: null, customer_email: customer?.email ?? null, customer_name: customer?.name ?? null, customer_phone: null,
      customer_shipping: null, customer_tax_exempt: 'none', customer_tax_ids: [], default_payment_method: null, default_source: null, default_tax_rates: [],
      description: null, discounts: [], due_date: null, effective_at: created, ending_balance: 0, footer: null, from_invoice: null,
      hosted_invoice_url: `${this.url}/invoices/${id}`, invoice_pdf: `${this.url}/invoices/${id}/pdf`, issuer: { type: 'self' }, last_finalization_error: null,
      latest_revision: null, lines: list(lines, `/v1/invoices/${id}/lines`), livemode: false, metadata: {},
      next_payment_attempt: paid ? null : created + 3 * 24 * 3600, number: `FAKE-${String(++this.invoiceCount).padStart(4, '0')}`, on_behalf_of: null,
      parent: { quote_details: null, subscription_details: { metadata: clone(sub.metadata), subscription: sub.id }, type: 'subscription_details' },
      payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null }, period_end: periodEnd, period_start: periodStart,
      post_payment_credit_notes_amount: 0, pre_payment_credit_notes_amount: 0, receipt_number: null, rendering: null, shipping_cost: null, shipping_details: null,
      starting_balance: 0, statement_descriptor: null, status, status_transitions: { finalized_at: created, marked_uncollectible_at: null, paid_at: paid ? created : null, voided_at: null },
      subtotal: total, subtotal_excluding_tax: total, test_clock: null, total, total_discount_amounts: [], total_excluding_tax: total,
      total_pretax_credit_amounts: [], total_taxes: [], webhooks_delivered_at: created,
    };
    this.invoices.set(id, invoice);
    sub.latest_invoice = id;
    return invoice;
  }

  /** Renewal attempt: retries the open invoice if there is one, else advances every item one period and invoices it. */
  private chargeRenewal(subscriptionId: string, succeeds: boolean): Stripe.Event[] {
    const sub = this.get(this.subscriptions, subscriptionId, 'subscription');
    if (sub.status === 'canceled') throw new Error(`fake-stripe: subscription ${subscriptionId} is canceled`);
    const before = clone(sub);
    const open = sub.latest_invoice ? this.invoices.get(sub.latest_invoice) : undefined;
    let invoice: Obj;
    if (open?.status === 'open') {
      invoice = open;
      invoice.attempt_count += 1;
    } else {
      const first = sub.items.data[0];
      const [prevStart, prevEnd] = [first.current_period_start, first.current_period_end];
      for (const item of sub.items.data) {
        item.current_period_start = item.current_period_end;
        item.current_period_end = addInterval(item.current_period_start, item.price.recurring.interval);
      }
      invoice = this.createInvoice(sub, 'subscription_cycle', 'open', prevStart, prevEnd);
    }
    const t = now();
    if (succeeds) {
      Object.assign(invoice, { status: 'paid', amount_paid: invoice.amount_due, amount_remaining: 0, auto_advance: false, next_payment_attempt: null });
      invoice.status_transitions.paid_at = t;
    } else {
      invoice.next_payment_attempt = t + 3 * 24 * 3600;
    }
    sub.status = succeeds ? 'active' : 'past_due';
    const invoiceEvent = this.event(succeeds ? 'invoice.paid' : 'invoice.payment_failed', invoice);
    return succeeds ? [this.event('customer.subscription.updated', sub, before), invoiceEvent] : [invoiceEvent, this.event('customer.subscription.updated', sub, before)];
  }

  /** Applies `POST /v1/subscriptions/:id` parameters to a copy, replacing the stored subscription only if they are valid. */
  private update(id: string, p: Obj): { before: Obj; after: Obj } {
    const before = this.get(this.subscriptions, id, 'subscription');
    const after = clone(before);
    this.applyUpdate(after, p);
    this.subscriptions.set(id, after);
    return { before, after };
  }

  private applyUpdate(sub: Obj, p: Obj): void {
    const changes = (Array.isArray(p.items) ? p.items : []) as Obj[];
    const changesBilling = p.cancel_at_period_end !== undefined || changes.length > 0;
    if (sub.status === 'canceled' && changesBilling) throw invalid('A canceled subscription can only update its cancellation_details and metadata.');
    if (p.metadata !== undefined) mergeMetadata(sub.metadata, p.metadata);
    if (p.cancel_at_period_end !== undefined) {
      const cancel = bool(p.cancel_at_period_end);
      Object.assign(sub, { cancel_at_period_end: cancel, cancel_at: cancel ? sub.items.data[0].current_period_end : null, canceled_at: cancel ? now() : null });
      sub.cancellation_details.reason = cancel ? 'cancellation_requested' : null;
    }
    changes.forEach((change, i) => {
      const item = (sub.items.data as Obj[]).find((it) => it.id === change.id);
      if (!item) throw change.id ? missing('subscription_item', String(change.id), `items[${i}][id]`) : invalid('fake-stripe: adding subscription items is not supported; pass items[i][id].', { param: `items[${i}][id]` });
      if (!change.price) return;
      const { price, plan } = this.priceOf(change.price, `items[${i}][price]`);
      const intervalChanged = price.recurring.interval !== item.price.recurring.interval;
      Object.assign(item, { price: clone(price), plan: clone(plan) });
      if (intervalChanged) {
        // A different interval resets the billing cycle anchor to now, as on Stripe.
        const t = now();
        Object.assign(item, { current_period_start: t, current_period_end: addInterval(t, price.recurring.interval) });
        sub.billing_cycle_anchor = t;
      }
    });
  }

  private cancelNow(sub: Obj): Obj {
    const t = now();
    Object.assign(sub, { status: 'canceled', canceled_at: t, ended_at: t });
    sub.cancellation_details.reason = 'cancellation_requested';
    return sub;
  }

  private event(type: string, object: Obj, before?: Obj): Stripe.Event {
    const data: Obj = { object: clone(object) };
    if (before) {
      data.previous_attributes = Object.fromEntries(Object.keys(object).filter((k) => JSON.stringify(object[k]) !== JSON.stringify(before[k])).map((k) => [k, clone(before[k])]));
    }
    const event = { id: newId('evt'), object: 'event', api_version: FAKE_STRIPE_API_VERSION, created: now(), data, livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type };
    this.events.push(event as unknown as Stripe.Event);
    return event as unknown as Stripe.Event;
  }
}

export async function startFakeStripe(opts: { webhookSecret?: string } = {}): Promise<FakeStripe> {
  return new FakeStripeServer(opts.webhookSecret ?? 'whsec_fake_stripe_secret').listen();
}
