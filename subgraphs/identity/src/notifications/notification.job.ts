import type { Logger } from 'pino';
import type { EventHandlers } from '@prumo/kit';

/**
 * Interim delivery of `notification.requested`: the log-only channel. The inbox, WhatsApp and
 * per-channel retries arrive with the notifications issue, which also decides the inbox's owner.
 */
export function notificationHandlers(logger: Logger): EventHandlers {
  return {
    'notification.requested': async (event) => {
      logger.info({ notification: event.payload, eventId: event.id, tenantId: event.tenantId }, 'notification (log channel)');
    },
  };
}
