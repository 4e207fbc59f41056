import { type Job, UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import type { EventHandlers, QueuePayloads } from '@prumo/kit';
import type { DeliveryWork, NotificationService } from './notification.service';
import type { WhatsAppTemplate } from './notification.config';
import { templateParameter, WhatsAppError, type WhatsAppClient, type WhatsAppMessage } from './whatsapp.client';

type Payload = QueuePayloads['notifications-delivery'];

/** `notification.requested` -> inbox rows + delivery rows, exactly once (kit consumer transaction). */
export function notificationHandlers(notifications: NotificationService): EventHandlers {
  return {
    'notification.requested': async (event, em) => {
      await notifications.record(em, event);
    },
  };
}

/** The absolute address of a notification's in-app link (the app's home when it has none). */
export function absoluteLink(link: string | null, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  return link ? `${base}${link.startsWith('/') ? '' : '/'}${link}` : `${base}/`;
}

/** The text sent outside the app: title, body and a link back into Prumo. */
export function messageText(d: Pick<DeliveryWork, 'title' | 'body' | 'link'>, publicUrl: string): string {
  const link = d.link ? `\n\nAbrir no Prumo: ${absoluteLink(d.link, publicUrl)}` : '';
  return `*${d.title}*\n\n${d.body}${link}`.slice(0, 4096);
}

/**
 * Caps of the template's three body parameters. Together 900 characters, which leaves 124 for the
 * approved template's own text within Meta's 1,024-character body (docs/notifications.md suggests
 * a template well under that).
 */
export const TEMPLATE_CAPS = { title: 100, body: 600, link: 200 } as const;

/**
 * The body parameters of the notification template, in order: {{1}} title, {{2}} body, {{3}} link
 * (absolute; the app's home when the notification has none, as a parameter cannot be empty). Each
 * is flattened to one line as Meta requires and capped.
 */
export function templateParameters(d: Pick<DeliveryWork, 'title' | 'body' | 'link'>, publicUrl: string): [string, string, string] {
  return [
    templateParameter(d.title, TEMPLATE_CAPS.title),
    templateParameter(d.body, TEMPLATE_CAPS.body),
    templateParameter(absoluteLink(d.link, publicUrl), TEMPLATE_CAPS.link),
  ];
}

/** What goes to WhatsApp: the configured template, else (no template) the free-form text. */
export function whatsappMessage(d: Pick<DeliveryWork, 'title' | 'body' | 'link'>, publicUrl: string, template: WhatsAppTemplate | null): WhatsAppMessage {
  return template
    ? { type: 'template', name: template.name, language: template.language, parameters: templateParameters(d, publicUrl) }
    : { type: 'text', body: messageText(d, publicUrl) };
}

/**
 * One outside channel of one notification for one user (job id = key|user|channel). A sent or
 * failed delivery is never sent again; a transient error is retried with exponential backoff; a
 * permanent one (bad number, bad token) fails the channel at once. The inbox is never touched here,
 * so a broken channel cannot block it or the other channels.
 */
export function deliveryProcessor(deps: {
  notifications: NotificationService;
  whatsapp: WhatsAppClient | null;
  /** The approved template business-initiated messages use; null: free-form text. */
  template?: WhatsAppTemplate | null;
  logger: Logger;
  publicUrl: string;
}) {
  return async (job: Job<Payload>) => {
    const { tenantId, deliveryId } = job.data;
    const d = await deps.notifications.loadDelivery(tenantId, deliveryId);
    if (!d) {
      deps.logger.warn({ deliveryId, tenantId }, 'notification delivery not found');
      return 'missing';
    }
    if (d.status !== 'pending') return d.status;
    try {
      let providerId: string | null = null;
      if (d.channel === 'whatsapp') {
        if (!deps.whatsapp) throw new WhatsAppError('WhatsApp não está configurado.', false);
        if (!d.recipient) throw new WhatsAppError('Usuário sem número de WhatsApp.', false);
        providerId = await deps.whatsapp.send(d.recipient, whatsappMessage(d, deps.publicUrl, deps.template ?? null));
      } else {
        deps.logger.info({ deliveryId, tenantId, userId: d.userId, kind: d.kind, title: d.title, link: d.link }, 'notification (log channel)');
      }
      await deps.notifications.markSent(tenantId, deliveryId, providerId);
      return 'sent';
    } catch (err) {
      const retryable = !(err instanceof WhatsAppError) || err.retryable;
      const final = !retryable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const message = (err as Error).message;
      await deps.notifications.markAttemptFailed(tenantId, deliveryId, message, final);
      deps.logger.warn({ deliveryId, channel: d.channel, attempt: job.attemptsMade + 1, final, error: message }, 'notification delivery failed');
      if (!retryable) throw new UnrecoverableError(message);
      throw err;
    }
  };
}
