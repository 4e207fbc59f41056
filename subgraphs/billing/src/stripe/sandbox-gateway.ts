import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { fetch as undiciFetch } from 'undici';
import type { Logger } from 'pino';
import { notFound } from '@prumo/kit';
import type { PaymentsGateway } from './gateway';

type Sub = Stripe.Subscription;
type Session = Stripe.Checkout.Session & { sandbox: { planCode: string; cycle: 'MONTHLY' | 'YEARLY'; priceId: string; amountCents: number; successUrl: string; cancelUrl: string } };

const sid = (prefix: string) => `${prefix}_sbx_${randomUUID().replace(/-/g, '').slice(0, 24)}`;
const nowSec = () => Math.floor(Date.now() / 1000);

/**
 * The offline stand-in for Stripe (no STRIPE_SECRET_KEY): keeps Stripe-shaped objects in
 * billing.sandbox_objects, serves a checkout page, and on "Pagar" sends correctly signed
 * Stripe-format webhooks to billing's own /webhooks/stripe — the same handler real Stripe calls.
 */
export class SandboxGateway implements PaymentsGateway {
  readonly mode = 'sandbox' as const;
  private readonly signer = new Stripe('sk_test_sandbox_offline');

  constructor(
    private readonly ds: DataSource,
    private readonly webhookSecret: string,
    private readonly publicUrl: string,
    private readonly webhookUrl: () => string,
    private readonly prices: Record<string, { amountCents: number; interval: 'month' | 'year' }>,
    private readonly logger: Logger,
  ) {}

  private async save(kind: string, obj: { id: string }) {
    await this.ds.query(
      `insert into billing.sandbox_objects (id, kind, data) values ($1, $2, $3)
       on conflict (id) do update set data = excluded.data, updated_at = now()`,
      [obj.id, kind, JSON.stringify(obj)],
    );
  }

  private async load<T>(id: string): Promise<T | null> {
    const rows = await this.ds.query(`select data from billing.sandbox_objects where id = $1`, [id]);
    return rows.length ? (rows[0].data as T) : null;
  }

  async createCheckoutSession(p: Parameters<PaymentsGateway['createCheckoutSession']>[0]) {
    const id = sid('cs');
    const price = this.prices[p.priceId];
    const session = {
      id,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      url: `${this.publicUrl}/checkout/sandbox/${id}`,
      client_reference_id: p.tenantId,
      customer: p.customerId,
      customer_email: p.email,
      subscription: null,
      metadata: { tenantId: p.tenantId, planCode: p.planCode, cycle: p.cycle },
      amount_total: price.amountCents,
      currency: 'brl',
      created: nowSec(),
      sandbox: { planCode: p.planCode, cycle: p.cycle, priceId: p.priceId, amountCents: price.amountCents, successUrl: p.successUrl, cancelUrl: p.cancelUrl },
    } as unknown as Session;
    await this.save('checkout.session', session);
    return { id, url: session.url! };
  }

  async session(id: string): Promise<Session> {
    const s = await this.load<Session>(id);
    if (!s) throw notFound('Sessão de pagamento não encontrada.');
    return s;
  }

  /** "Pagar" on the sandbox page: creates the subscription and delivers the webhooks Stripe would. */
  async completeCheckout(sessionId: string): Promise<Session> {
    const session = await this.session(sessionId);
    if (session.status === 'complete') return session;
    const price = this.prices[session.sandbox.priceId];
    const start = nowSec();
    const end = start + (price.interval === 'year' ? 365 : 30) * 86_400;
    const customer = (session.customer as string | null) ?? sid('cus');
    const sub = {
      id: sid('sub'),
      object: 'subscription',
      customer,
      status: 'active',
      cancel_at_period_end: false,
      cancel_at: null,
      currency: 'brl',
      created: start,
      metadata: session.metadata,
      items: {
        object: 'list',
        data: [
          {
            id: sid('si'),
            object: 'subscription_item',
            quantity: 1,
            current_period_start: start,
            current_period_end: end,
            price: { id: session.sandbox.priceId, object: 'price', unit_amount: price.amountCents, currency: 'brl', recurring: { interval: price.interval, interval_count: 1 } },
          },
        ],
      },
    } as unknown as Sub;
    await this.save('subscription', sub);
    const completed = { ...session, status: 'complete', customer, subscription: sub.id } as Session;
    await this.save('checkout.session', completed);
    const invoice = this.invoice(sub, 'paid', price.amountCents, start, end);
    await this.deliver('checkout.session.completed', completed);
    await this.deliver('customer.subscription.created', sub);
    await this.deliver('invoice.paid', invoice);
    return completed;
  }

  /** Sandbox-only: what Stripe does when a renewal charge fails. */
  async simulatePaymentFailure(subscriptionId: string): Promise<void> {
    const sub = await this.retrieveSubscription(subscriptionId);
    const updated = { ...sub, status: 'past_due' } as Sub;
    await this.save('subscription', updated);
    const item = sub.items.data[0];
    await this.deliver('invoice.payment_failed', this.invoice(updated, 'open', item.price.unit_amount ?? 0, item.current_period_end, item.current_period_end + 30 * 86_400));
    await this.deliver('customer.subscription.updated', updated);
  }

  private invoice(sub: Sub, status: 'paid' | 'open', amount: number, start: number, end: number) {
    return {
      id: sid('in'),
      object: 'invoice',
      customer: sub.customer,
      status,
      amount_due: amount,
      amount_paid: status === 'paid' ? amount : 0,
      currency: 'brl',
      created: nowSec(),
      hosted_invoice_url: null,
      parent: { type: 'subscription_details', subscription_details: { subscription: sub.id, metadata: sub.metadata } },
      lines: { object: 'list', data: [{ period: { start, end } }] },
    };
  }

  async createPortalSession(p: { customerId: string; returnUrl: string }) {
    return { url: `${this.publicUrl}/checkout/sandbox/portal/${p.customerId}?return=${encodeURIComponent(p.returnUrl)}` };
  }

  async retrieveSubscription(id: string): Promise<Sub> {
    const sub = await this.load<Sub>(id);
    if (!sub) throw notFound('Assinatura não encontrada no sandbox.');
    return sub;
  }

  async subscriptionsOfCustomer(customerId: string): Promise<Sub[]> {
    const rows = await this.ds.query(`select data from billing.sandbox_objects where kind = 'subscription' and data->>'customer' = $1`, [customerId]);
    return rows.map((r: { data: Sub }) => r.data);
  }

  async updateSubscription(id: string, p: { cancelAtPeriodEnd?: boolean; priceId?: string }): Promise<Sub> {
    const sub = await this.retrieveSubscription(id);
    const item = sub.items.data[0];
    const updated = {
      ...sub,
      cancel_at_period_end: p.priceId ? false : (p.cancelAtPeriodEnd ?? false),
      items: { ...sub.items, data: [p.priceId ? { ...item, price: { ...item.price, id: p.priceId, unit_amount: this.prices[p.priceId]?.amountCents ?? item.price.unit_amount } } : item] },
    } as Sub;
    await this.save('subscription', updated);
    // Stripe notifies asynchronously; so does the sandbox.
    setImmediate(() => void this.deliver('customer.subscription.updated', updated).catch((err) => this.logger.warn({ err }, 'sandbox webhook failed')));
    return updated;
  }

  constructEvent(rawBody: Buffer, signature: string): Stripe.Event {
    return this.signer.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
  }

  /** Signs a Stripe-format event exactly as Stripe does and posts it to billing's webhook route. */
  private async deliver(type: string, object: unknown): Promise<void> {
    const event = { id: sid('evt'), object: 'event', api_version: Stripe.API_VERSION, created: nowSec(), livemode: false, type, data: { object }, pending_webhooks: 1, request: { id: null, idempotency_key: null } };
    const payload = JSON.stringify(event);
    const header = this.signer.webhooks.generateTestHeaderString({ payload, secret: this.webhookSecret });
    const res = await undiciFetch(this.webhookUrl(), { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload });
    if (!res.ok) throw new Error(`sandbox webhook ${type} answered ${res.status}`);
    await res.text();
  }
}
