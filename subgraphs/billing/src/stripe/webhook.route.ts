import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { headerValue, readRawBody, sendJson, type Route } from '@prumo/kit';
import type { PaymentsGateway } from './gateway';

/**
 * POST /webhooks/stripe (through the router's passthrough). The signature is verified on the raw
 * body; a bad one is refused with 400 and nothing is stored. A good event is stored by its id
 * (duplicates collapse) and queued; Stripe gets its 2xx at once.
 */
export function stripeWebhookRoute(deps: { ds: DataSource; gateway: PaymentsGateway; queue: Queue<{ eventId: string }>; logger: Logger }): Route {
  return {
    method: 'POST',
    path: '/webhooks/stripe',
    handler: async (req, res) => {
      const raw = await readRawBody(req, 1024 * 1024);
      const signature = headerValue(req, 'stripe-signature') ?? '';
      let event;
      try {
        event = deps.gateway.constructEvent(raw, signature);
      } catch (err) {
        deps.logger.warn({ reason: (err as Error).message }, 'stripe webhook with an invalid signature refused');
        sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'Assinatura do webhook inválida.' } });
        return;
      }
      await deps.ds.query(`insert into billing.stripe_events (id, type, payload) values ($1, $2, $3) on conflict (id) do nothing`, [
        event.id,
        event.type,
        JSON.stringify(event),
      ]);
      await deps.queue.add(event.type, { eventId: event.id }, { jobId: event.id });
      sendJson(res, 200, { received: true });
    },
  };
}
