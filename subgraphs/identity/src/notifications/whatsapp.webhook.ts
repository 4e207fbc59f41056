import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import { headerValue, readRawBody, sendJson, type Route } from '@prumo/kit';
import type { NotificationService, WhatsAppStatusUpdate } from './notification.service';

/** A Cloud API webhook can batch many updates; Meta's payloads stay far below this. */
const MAX_BODY = 1024 * 1024;

/** `sha256=<hex HMAC-SHA256 of the raw body with the app secret>`, compared in constant time. */
export function validSignature(raw: Buffer, header: string | undefined, appSecret: string): boolean {
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? '');
  if (!m) return false;
  const expected = createHmac('sha256', appSecret).update(raw).digest();
  const given = Buffer.from(m[1], 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const STATUSES = new Set(['sent', 'delivered', 'read', 'failed']);

/** The error of a `failed` status as lastError: "WhatsApp (131047): Re-engagement message — details". */
function statusError(errors: unknown): string | null {
  const e = Array.isArray(errors) ? (errors[0] as Record<string, any> | undefined) : undefined;
  if (!e || typeof e !== 'object') return null;
  const code = typeof e.code === 'number' || typeof e.code === 'string' ? String(e.code) : '?';
  const title = String(e.title ?? e.message ?? 'falha na entrega');
  const details = typeof e.error_data?.details === 'string' && e.error_data.details !== title ? ` — ${e.error_data.details}` : '';
  return `WhatsApp (${code}): ${title}${details}`.slice(0, 500);
}

/**
 * The delivery statuses in a Cloud API webhook payload:
 * `{ object: "whatsapp_business_account", entry: [{ changes: [{ field: "messages", value: {
 *    statuses: [{ id, status, timestamp, recipient_id, errors? }] } }] }] }`.
 * Anything else in it (incoming messages, other fields) is not ours to handle and is skipped.
 */
export function parseStatuses(payload: unknown): WhatsAppStatusUpdate[] {
  const out: WhatsAppStatusUpdate[] = [];
  const p = payload as Record<string, any> | null;
  if (!p || p.object !== 'whatsapp_business_account' || !Array.isArray(p.entry)) return out;
  for (const entry of p.entry) {
    for (const change of Array.isArray(entry?.changes) ? entry.changes : []) {
      if (change?.field !== 'messages' || !Array.isArray(change.value?.statuses)) continue;
      for (const s of change.value.statuses) {
        if (typeof s?.id !== 'string' || !s.id || s.id.length > 512 || !STATUSES.has(s.status)) continue;
        const seconds = Number(s.timestamp);
        out.push({
          messageId: s.id,
          status: s.status,
          at: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date(),
          error: s.status === 'failed' ? (statusError(s.errors) ?? 'WhatsApp: falha na entrega') : null,
        });
      }
    }
  }
  return out;
}

/**
 * `/webhooks/whatsapp` (the router passes it through to identity, raw body untouched):
 * - GET: Meta's subscription check. `hub.mode=subscribe` and `hub.verify_token` equal to
 *   WHATSAPP_WEBHOOK_VERIFY_TOKEN -> 200 with `hub.challenge` echoed as plain text; else 403.
 * - POST: `X-Hub-Signature-256` checked over the raw bytes with WHATSAPP_APP_SECRET before anything
 *   else; a missing or wrong signature is 401 and the body is never parsed. Then the statuses are
 *   applied (NotificationService.applyWhatsAppStatuses) and Meta gets 200. A database failure
 *   answers 500, so Meta delivers the webhook again (applying it twice changes nothing).
 */
export function whatsappWebhookRoutes(deps: {
  notifications: NotificationService;
  settings: { verifyToken: string | null; appSecret: string | null };
  logger: Logger;
}): Route[] {
  const { settings, logger } = deps;
  return [
    {
      method: 'GET',
      path: '/webhooks/whatsapp',
      handler: (_req, res, url) => {
        const mode = url.searchParams.get('hub.mode');
        const token = url.searchParams.get('hub.verify_token') ?? '';
        const challenge = url.searchParams.get('hub.challenge') ?? '';
        const expected = settings.verifyToken === null ? null : Buffer.from(settings.verifyToken);
        const given = Buffer.from(token);
        const ok =
          mode === 'subscribe' &&
          expected !== null &&
          given.length === expected.length &&
          timingSafeEqual(given, expected) &&
          challenge.length > 0 &&
          challenge.length <= 1024;
        if (!ok) {
          logger.warn({ mode, configured: expected !== null }, 'whatsapp webhook verification refused');
          sendJson(res, 403, { error: { code: 'FORBIDDEN', message: 'Verificação do webhook recusada.' } });
          return;
        }
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(challenge) });
        res.end(challenge);
      },
    },
    {
      method: 'POST',
      path: '/webhooks/whatsapp',
      handler: async (req, res) => {
        const raw = await readRawBody(req, MAX_BODY);
        if (!settings.appSecret || !validSignature(raw, headerValue(req, 'x-hub-signature-256'), settings.appSecret)) {
          logger.warn({ configured: settings.appSecret !== null }, 'whatsapp webhook with an invalid signature refused');
          sendJson(res, 401, { error: { code: 'UNAUTHENTICATED', message: 'Assinatura do webhook inválida.' } });
          return;
        }
        let payload: unknown;
        try {
          payload = JSON.parse(raw.toString('utf8'));
        } catch {
          // Signed by Meta but unreadable: a retry would be the same bytes, so acknowledge and log.
          logger.warn({ bytes: raw.length }, 'whatsapp webhook with a body that is not JSON: ignored');
          sendJson(res, 200, { received: true });
          return;
        }
        const statuses = parseStatuses(payload);
        const result = await deps.notifications.applyWhatsAppStatuses(statuses);
        logger.debug({ statuses: statuses.length, ...result, unknown: result.unknown.length }, 'whatsapp webhook applied');
        sendJson(res, 200, { received: true });
      },
    },
  ];
}
