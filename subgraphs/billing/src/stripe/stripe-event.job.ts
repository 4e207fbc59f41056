import type Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { returnedRows } from '@prumo/kit';
import type { PaymentService } from '../payments/payment.service';
import type { SubscriptionService } from '../subscriptions/subscription.service';
import type { PaymentsGateway } from './gateway';

/** The events billing acts on; anything else is stored and marked processed, untouched. */
export const HANDLED_EVENTS = new Set([
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
]);

function subscriptionIdOf(event: Stripe.Event): string | null {
  const obj = event.data.object as unknown as Record<string, any>;
  switch (event.type) {
    case 'checkout.session.completed':
      return typeof obj.subscription === 'string' ? obj.subscription : (obj.subscription?.id ?? null);
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const s = obj.parent?.subscription_details?.subscription;
      return typeof s === 'string' ? s : (s?.id ?? null);
    }
    default:
      return obj.id ?? null;
  }
}

/**
 * Processes one stored webhook event. The event only says *that* something changed: the
 * subscription is re-read from Stripe, so duplicates and out-of-order delivery converge on Stripe's
 * current state (a read overtaken by a newer one is dropped by `sync`, see `stripeFetchTime`).
 * Idempotent: a processed event is skipped.
 */
export async function processStripeEvent(
  eventId: string,
  deps: { ds: DataSource; gateway: PaymentsGateway; subscriptions: SubscriptionService; payments: PaymentService; logger: Logger },
): Promise<'processed' | 'ignored' | 'duplicate'> {
  const rows = returnedRows<{ payload: Stripe.Event; processed_at: Date | null }>(
    await deps.ds.query(`update billing.stripe_events set attempts = attempts + 1 where id = $1 returning payload, processed_at`, [eventId]),
  );
  if (!rows.length) throw new Error(`stripe event ${eventId} not stored`);
  if (rows[0].processed_at) return 'duplicate';
  const event = rows[0].payload;
  let outcome: 'processed' | 'ignored' = 'ignored';
  try {
    if (HANDLED_EVENTS.has(event.type)) {
      const subscriptionId = subscriptionIdOf(event);
      if (subscriptionId) {
        // Several jobs run at once: the read's start time lets sync drop a read overtaken by a newer one.
        const fetchedAt = await deps.subscriptions.stripeFetchTime();
        const sub = await deps.gateway.retrieveSubscription(subscriptionId);
        // A stale read writes nothing and returns the current row; the invoice below is still a fact to record.
        const synced = await deps.subscriptions.sync(sub, fetchedAt);
        const obj = event.data.object as unknown as Record<string, any>;
        if (event.type === 'checkout.session.completed') await deps.subscriptions.markCheckoutComplete(synced.tenantId, obj.id);
        if (event.type === 'invoice.paid') await deps.payments.record(synced.tenantId, obj as Stripe.Invoice, 'paid');
        if (event.type === 'invoice.payment_failed') await deps.payments.record(synced.tenantId, obj as Stripe.Invoice, 'failed');
        outcome = 'processed';
      }
    }
    await deps.ds.query(`update billing.stripe_events set processed_at = now(), last_error = null where id = $1`, [eventId]);
    return outcome;
  } catch (err) {
    await deps.ds.query(`update billing.stripe_events set last_error = $2 where id = $1`, [eventId, String((err as Error).message).slice(0, 500)]);
    throw err;
  }
}
