import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() ? v.trim() : undefined));

/** Identity's notification settings (read from the environment at start; `.env.example` lists them). */
export const notificationEnvSchema = z.object({
  /** WhatsApp Cloud API: both token and phone number id turn the channel on; else log-only. */
  WHATSAPP_TOKEN: optional,
  WHATSAPP_PHONE_NUMBER_ID: optional,
  WHATSAPP_API_URL: optional.transform((v) => (v ?? 'https://graph.facebook.com/v21.0').replace(/\/+$/, '')),
  /**
   * An approved message template (WhatsApp Manager): business-initiated messages outside the 24-hour
   * customer-service window must be templates. Unset: free-form text (only delivered inside the window).
   * Meta's names are lowercase letters, digits and underscores.
   */
  WHATSAPP_TEMPLATE_NAME: optional.pipe(z.string().regex(/^[a-z0-9_]{1,512}$/, 'lowercase letters, digits and _ only').optional()),
  WHATSAPP_TEMPLATE_LANGUAGE: optional.pipe(z.string().regex(/^[a-z]{2,3}(_[A-Z]{2})?$/, 'a language code such as pt_BR').default('pt_BR')),
  /** Webhooks (delivery statuses): the token of Meta's subscription check and the app secret that signs each POST. */
  WHATSAPP_WEBHOOK_VERIFY_TOKEN: optional,
  WHATSAPP_APP_SECRET: optional,
  /** Attempts per outside channel and the first retry delay (doubles each attempt). */
  NOTIFICATIONS_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(6),
  NOTIFICATIONS_BACKOFF_MS: z.coerce.number().int().min(1).default(5000),
  /** How often the dispatcher looks for deliveries not yet queued (NOTIFY wakes it at once anyway). */
  NOTIFICATIONS_DISPATCH_POLL_MS: z.coerce.number().int().min(50).default(5000),
});

export interface WhatsAppTemplate {
  name: string;
  language: string;
}

export interface NotificationSettings {
  whatsapp: { token: string; phoneNumberId: string; apiUrl: string; template: WhatsAppTemplate | null } | null;
  /** What the webhook receiver needs; each part missing turns its half off (GET 403 / POST refused). */
  webhook: { verifyToken: string | null; appSecret: string | null };
  attempts: number;
  backoffMs: number;
  dispatchPollMs: number;
}

export function loadNotificationSettings(env: NodeJS.ProcessEnv): NotificationSettings {
  const parsed = notificationEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid notification configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const template = e.WHATSAPP_TEMPLATE_NAME ? { name: e.WHATSAPP_TEMPLATE_NAME, language: e.WHATSAPP_TEMPLATE_LANGUAGE } : null;
  return {
    whatsapp:
      e.WHATSAPP_TOKEN && e.WHATSAPP_PHONE_NUMBER_ID ? { token: e.WHATSAPP_TOKEN, phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID, apiUrl: e.WHATSAPP_API_URL, template } : null,
    webhook: { verifyToken: e.WHATSAPP_WEBHOOK_VERIFY_TOKEN ?? null, appSecret: e.WHATSAPP_APP_SECRET ?? null },
    attempts: e.NOTIFICATIONS_ATTEMPTS,
    backoffMs: e.NOTIFICATIONS_BACKOFF_MS,
    dispatchPollMs: e.NOTIFICATIONS_DISPATCH_POLL_MS,
  };
}
