import Stripe from 'stripe';
import type { PaymentsGateway } from './gateway';

/** The real Stripe, through the official SDK. `apiBase` points it at a fake server in tests. */
export class StripeGateway implements PaymentsGateway {
  readonly mode = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(
    secretKey: string,
    private readonly webhookSecret: string,
    apiBase?: string,
  ) {
    const base = apiBase ? new URL(apiBase) : null;
    this.stripe = new Stripe(secretKey, {
      maxNetworkRetries: 2,
      timeout: 10_000,
      ...(base ? { host: base.hostname, port: Number(base.port || (base.protocol === 'https:' ? 443 : 80)), protocol: base.protocol.replace(':', '') as 'http' | 'https' } : {}),
    });
  }

  async createCheckoutSession(p: Parameters<PaymentsGateway['createCheckoutSession']>[0]) {
    const metadata = { tenantId: p.tenantId, planCode: p.planCode, cycle: p.cycle };
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'subscription',
        line_items: [{ price: p.priceId, quantity: 1 }],
        ...(p.customerId ? { customer: p.customerId } : p.email ? { customer_email: p.email } : {}),
        client_reference_id: p.tenantId,
        metadata,
        subscription_data: { metadata },
        success_url: p.successUrl,
        cancel_url: p.cancelUrl,
        locale: 'pt-BR',
      },
      { idempotencyKey: `checkout:${p.tenantId}:${p.planCode}:${p.cycle}:${Math.floor(Date.now() / 60_000)}` },
    );
    return { id: session.id, url: session.url! };
  }

  async createPortalSession(p: { customerId: string; returnUrl: string }) {
    const session = await this.stripe.billingPortal.sessions.create({ customer: p.customerId, return_url: p.returnUrl });
    return { url: session.url };
  }

  async retrieveSubscription(id: string): Promise<Stripe.Subscription> {
    return this.stripe.subscriptions.retrieve(id);
  }

  async updateSubscription(id: string, p: { cancelAtPeriodEnd?: boolean; priceId?: string }): Promise<Stripe.Subscription> {
    if (p.priceId) {
      const current = await this.stripe.subscriptions.retrieve(id);
      return this.stripe.subscriptions.update(id, {
        items: [{ id: current.items.data[0].id, price: p.priceId }],
        proration_behavior: 'create_prorations',
        cancel_at_period_end: false,
      });
    }
    return this.stripe.subscriptions.update(id, { cancel_at_period_end: p.cancelAtPeriodEnd ?? false });
  }

  constructEvent(rawBody: Buffer, signature: string): Stripe.Event {
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.webhookSecret);
  }
}
