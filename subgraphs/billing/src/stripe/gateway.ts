import type Stripe from 'stripe';

/** What billing needs from Stripe. Two implementations: the real SDK, and the offline sandbox. */
export interface PaymentsGateway {
  readonly mode: 'stripe' | 'sandbox';
  createCheckoutSession(p: {
    tenantId: string;
    planCode: string;
    cycle: 'MONTHLY' | 'YEARLY';
    priceId: string;
    customerId: string | null;
    email: string | null;
    successUrl: string;
    cancelUrl: string;
  }): Promise<{ id: string; url: string }>;
  createPortalSession(p: { customerId: string; returnUrl: string }): Promise<{ url: string }>;
  retrieveSubscription(id: string): Promise<Stripe.Subscription>;
  /** Cancel at period end, or change price (with proration). */
  updateSubscription(id: string, p: { cancelAtPeriodEnd?: boolean; priceId?: string }): Promise<Stripe.Subscription>;
  /** Verifies the signature on the raw body; throws on any mismatch. */
  constructEvent(rawBody: Buffer, signature: string): Stripe.Event;
}

export interface PriceCatalog {
  priceFor(planCode: string, cycle: 'MONTHLY' | 'YEARLY'): string | null;
  planForPrice(priceId: string): { planCode: string; cycle: 'MONTHLY' | 'YEARLY' } | null;
}

export function priceCatalog(prices: { proMonthly: string; proYearly: string }): PriceCatalog {
  const table: Array<[string, 'MONTHLY' | 'YEARLY', string]> = [
    ['pro', 'MONTHLY', prices.proMonthly],
    ['pro', 'YEARLY', prices.proYearly],
  ];
  return {
    priceFor: (planCode, cycle) => table.find(([p, c]) => p === planCode && c === cycle)?.[2] ?? null,
    planForPrice: (priceId) => {
      const hit = table.find(([, , id]) => id === priceId);
      return hit ? { planCode: hit[0], cycle: hit[1] } : null;
    },
  };
}
