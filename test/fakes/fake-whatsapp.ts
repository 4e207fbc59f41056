/**
 * A local fake of the WhatsApp Cloud API (Graph API): the messages endpoint, and the webhooks Meta
 * sends back, so Prumo's real HTTP client and webhook receiver run against it in tests: point
 * `WHATSAPP_API_URL` at `fake.url` (e.g. `startStack({ env: fake.env })`) and the webhooks at the
 * router (`fake.setWebhookUrl(`${router}/webhooks/whatsapp`)`).
 *
 * Messages: `POST /{version?}/{phone-number-id}/messages` with `Authorization: Bearer <token>` and
 * `{ messaging_product: "whatsapp", to, type: "text", text: { body } }` or
 * `{ ..., type: "template", template: { name, language: { code }, components: [{ type: "body",
 * parameters: [{ type: "text", text }] }] } }` answers, like Meta,
 * `{ messaging_product: "whatsapp", contacts: [{ input, wa_id }], messages: [{ id: "wamid.…" }] }`.
 * Templates are checked against the fake's approved ones (`templates`, by default `prumo_aviso` in
 * pt_BR with three body parameters) the way the Cloud API checks them; the recorded message's `body`
 * is the template rendered with its parameters.
 * Errors use the Graph format `{ error: { message, type, code, error_subcode?, error_data?, fbtrace_id } }`:
 * a wrong token is 401 / OAuthException 190, an unknown phone number id 400 / code 100,
 * a malformed body 400 / code 100 (or 131009 for a bad parameter value, 131008 for a missing one),
 * an unknown template or translation 132001, a wrong parameter count 132000, a parameter with a
 * newline/tab/5+ spaces 132018, a rendered body over 1,024 characters 132005.
 * `failNext(n, kind)` makes the next n sends fail with a 500 or a Graph error (e.g. 131026: the
 * number is not on WhatsApp; 131047: outside the 24-hour window) without recording a message.
 *
 * Webhooks: `sendStatus(messageId, status)` POSTs a status update (`sent`, `delivered`, `read`,
 * `failed` with `errors`) in Meta's format to the configured URL, signed like Meta does
 * (`X-Hub-Signature-256: sha256=<HMAC-SHA256 of the raw body with the app secret>`);
 * `verifyWebhook(url)` performs Meta's subscription check (GET with hub.mode/hub.verify_token/hub.challenge).
 */
import http from 'node:http';
import { createHmac, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface SentMessage {
  id: string;
  to: string;
  type: 'text' | 'template';
  /** The text, or the template's body rendered with its parameters. */
  body: string;
  /** Template messages: what was asked for. */
  template?: { name: string; language: string; parameters: string[] };
  phoneNumberId: string;
  at: Date;
}

export type FailureKind = 'server_error' | 'not_whatsapp_user' | 'rate_limited' | 're_engagement';

/** An approved template: its language and body text with {{1}}, {{2}}, ... placeholders. */
export interface FakeTemplate {
  language: string;
  body: string;
}

export const DEFAULT_TEMPLATES: Record<string, FakeTemplate> = {
  prumo_aviso: { language: 'pt_BR', body: '*{{1}}*\n\n{{2}}\n\nAbrir no Prumo: {{3}}' },
};

export type WebhookStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** One error of a `failed` status, as Meta reports it. */
export interface StatusError {
  code: number;
  title: string;
  message?: string;
  error_data?: { details: string };
  href?: string;
}

/** Errors Meta reports in `failed` statuses. */
export const STATUS_ERRORS = {
  reEngagement: {
    code: 131047,
    title: 'Re-engagement message',
    message: 'Re-engagement message',
    error_data: { details: 'Message failed to send because more than 24 hours have passed since the customer last replied to this number.' },
    href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
  },
  undeliverable: {
    code: 131026,
    title: 'Message undeliverable',
    message: 'Message undeliverable',
    error_data: { details: 'Message Undeliverable.' },
    href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
  },
} satisfies Record<string, StatusError>;

export interface WebhookResult {
  status: number;
  body: string;
}

export interface FakeWhatsApp {
  url: string;
  token: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
  /** The WHATSAPP_* variables that point Prumo at this fake (messages and webhooks; free-form text). */
  env: Record<string, string>;
  /** Add these to `env` to send the default approved template instead of free-form text. */
  templateEnv: Record<string, string>;
  /** Messages accepted, oldest first. */
  messages: SentMessage[];
  /** Every request received (including refused ones). */
  requests: Array<{ method: string; path: string; status: number }>;
  /** Every webhook sent, with the receiver's answer. */
  webhooks: Array<{ url: string; payload: unknown; status: number }>;
  /** The next `count` valid sends (to `to` only, when given) fail (`count` = Infinity: always). */
  failNext(count: number, kind?: FailureKind, to?: string): void;
  /** Delays every answer by `ms` (simulates a slow provider). */
  setDelay(ms: number): void;
  /**
   * Meta may post a message's status before the send call's answer reaches the sender: with these
   * set, each accepted message's statuses are posted (and answered) before the send is answered.
   */
  reportBeforeReply(statuses: Array<{ status: WebhookStatus; errors?: StatusError[] }>): void;
  /** Where webhooks go (the app's callback URL, as configured in the Meta app dashboard). */
  setWebhookUrl(url: string): void;
  /** Meta's webhook body for status updates of messages this fake accepted (or any id). */
  statusPayload(updates: Array<{ messageId: string; status: WebhookStatus; at?: Date; errors?: StatusError[] }>): Record<string, unknown>;
  /** Sends one status update of a message, signed, to the webhook URL. */
  sendStatus(messageId: string, status: WebhookStatus, opts?: { at?: Date; errors?: StatusError[] }): Promise<WebhookResult>;
  /** Sends a webhook body as is (raw string or JSON), signed with the app secret unless `signature` is given. */
  sendWebhook(payload: unknown, opts?: { signature?: string | null }): Promise<WebhookResult>;
  /** `sha256=<hex>` of a raw body with the app secret (or another secret). */
  sign(raw: string | Buffer, secret?: string): string;
  /** Meta's subscription check against `url`: GET with hub.mode, hub.verify_token and a random hub.challenge. */
  verifyWebhook(url: string, token?: string): Promise<WebhookResult & { challenge: string }>;
  stop(): Promise<void>;
}

const trace = () => randomBytes(12).toString('base64url');

function graphError(status: number, error: Record<string, unknown>) {
  return { status, body: { error: { fbtrace_id: trace(), ...error } } };
}
const invalid = (message: string, code: number, details?: string) =>
  graphError(400, { message, type: 'OAuthException', code, ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}) });

const PARAMETER_TYPES = new Set(['text', 'currency', 'date_time', 'image', 'document', 'video', 'payload', 'action', 'location']);

/**
 * A template message checked like the Cloud API does; returns the rendered body or a Graph error.
 * Only text parameters of the body are rendered (header/button parameters are shape-checked).
 */
function checkTemplate(t: any, templates: Record<string, FakeTemplate>): { rendered: string; parameters: string[] } | { status: number; body: unknown } {
  if (!t || typeof t !== 'object' || Array.isArray(t)) return invalid('(#100) The parameter template is required.', 100);
  if (typeof t.name !== 'string' || !t.name) return invalid("(#100) The parameter template['name'] is required.", 100);
  if (!t.language || typeof t.language !== 'object' || typeof t.language.code !== 'string' || !t.language.code) {
    return invalid("(#100) The parameter template['language'] is required.", 100);
  }
  if (t.components !== undefined && !Array.isArray(t.components)) return invalid("(#100) Param template['components'] must be an array.", 100);
  const body: string[] = [];
  for (const [ci, c] of (t.components ?? []).entries()) {
    if (!c || typeof c !== 'object' || !['header', 'body', 'button', 'footer'].includes(c.type)) {
      return invalid('(#100) Invalid parameter', 100, `Param template['components'][${ci}]['type'] must be one of {HEADER, BODY, BUTTON}.`);
    }
    if (c.parameters !== undefined && !Array.isArray(c.parameters)) return invalid('(#100) Invalid parameter', 100, `Param template['components'][${ci}]['parameters'] must be an array.`);
    for (const [pi, p] of (c.parameters ?? []).entries()) {
      const where = `template['components'][${ci}]['parameters'][${pi}]`;
      if (!p || typeof p !== 'object' || typeof p.type !== 'string' || !PARAMETER_TYPES.has(p.type)) {
        return invalid('(#100) Invalid parameter', 100, `Param ${where}['type'] must be one of {TEXT, CURRENCY, DATE_TIME, IMAGE, DOCUMENT, VIDEO, PAYLOAD, ACTION, LOCATION}.`);
      }
      if (p.type === 'text') {
        if (p.text === undefined || p.text === null || p.text === '') return invalid('(#131008) Required parameter is missing', 131008, `Param ${where}['text'] is required.`);
        if (typeof p.text !== 'string') return invalid('(#100) Invalid parameter', 100, `Param ${where}['text'] must be a string.`);
        if (/[\n\t]| {5,}/.test(p.text)) {
          return invalid('(#132018) There was an issue with the parameters in your template.', 132018, 'Param text cannot have new-line/tab characters or more than 4 consecutive spaces');
        }
        if (c.type === 'body') body.push(p.text);
      } else if (c.type === 'body') {
        body.push(String(p[p.type]?.fallback_value ?? ''));
      }
    }
  }
  const approved = templates[t.name];
  if (!approved || approved.language !== t.language.code) {
    return invalid('(#132001) Template name does not exist in the translation', 132001, `template name (${t.name}) does not exist in ${t.language.code}`);
  }
  const expected = new Set([...approved.body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => m[1])).size;
  if (body.length !== expected) {
    return invalid('(#132000) Number of parameters does not match the expected number of params', 132000, `body: number of localizable_params (${body.length}) does not match the expected number of params (${expected})`);
  }
  const rendered = approved.body.replace(/\{\{(\d+)\}\}/g, (_, n) => body[Number(n) - 1] ?? '');
  if (rendered.length > 1024) return invalid('(#132005) Translated text too long', 132005, 'Message body after variable substitution exceeds 1024 characters.');
  return { rendered, parameters: body };
}

export async function startFakeWhatsApp(
  opts: { token?: string; phoneNumberId?: string; appSecret?: string; verifyToken?: string; templates?: Record<string, FakeTemplate>; webhookUrl?: string } = {},
): Promise<FakeWhatsApp> {
  const token = opts.token ?? `EAAG${randomBytes(16).toString('hex')}`;
  const phoneNumberId = opts.phoneNumberId ?? String(100_000_000_000_000 + Math.floor(Math.random() * 1e12));
  const appSecret = opts.appSecret ?? randomBytes(16).toString('hex');
  const verifyToken = opts.verifyToken ?? `verify-${randomBytes(8).toString('hex')}`;
  const templates = opts.templates ?? DEFAULT_TEMPLATES;
  const wabaId = String(200_000_000_000_000 + Math.floor(Math.random() * 1e12));
  const messages: SentMessage[] = [];
  const requests: FakeWhatsApp['requests'] = [];
  const webhooks: FakeWhatsApp['webhooks'] = [];
  let webhookUrl = opts.webhookUrl;
  let failures = 0;
  let failureKind: FailureKind = 'server_error';
  let failureTo: string | undefined;
  let delayMs = 0;
  let beforeReply: Array<{ status: WebhookStatus; errors?: StatusError[] }> = [];

  function handle(method: string, path: string, auth: string | undefined, raw: string): { status: number; body: unknown } {
    const m = /^\/(?:v\d+\.\d+\/)?([^/]+)\/messages\/?$/.exec(path);
    if (!m) return graphError(400, { message: `Unknown path components: ${path}`, type: 'OAuthException', code: 2500 });
    if (method !== 'POST') return graphError(400, { message: 'Unsupported get request.', type: 'GraphMethodException', code: 100 });
    if (auth !== `Bearer ${token}`) {
      return graphError(401, { message: 'Error validating access token: The session is invalid.', type: 'OAuthException', code: 190, error_subcode: 460 });
    }
    if (decodeURIComponent(m[1]) !== phoneNumberId) {
      return graphError(400, {
        message: `Unsupported post request. Object with ID '${m[1]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        type: 'GraphMethodException',
        code: 100,
        error_subcode: 33,
      });
    }
    let body: any;
    try {
      body = JSON.parse(raw);
    } catch {
      return invalid('(#100) The parameter messaging_product is required.', 100);
    }
    if (body?.messaging_product !== 'whatsapp') return invalid('(#100) The parameter messaging_product is required.', 100);
    if (typeof body.to !== 'string' || !/^\+?\d{8,15}$/.test(body.to)) {
      return invalid('(#131009) Parameter value is not valid', 131009, 'Invalid "to" parameter');
    }
    let text: string;
    let template: SentMessage['template'];
    if (body.type === 'text') {
      if (typeof body.text?.body !== 'string' || !body.text.body.trim() || body.text.body.length > 4096) {
        return invalid('(#100) Invalid parameter', 100, 'text.body is required (1-4096 characters)');
      }
      text = body.text.body;
    } else if (body.type === 'template') {
      const checked = checkTemplate(body.template, templates);
      if (!('rendered' in checked)) return checked;
      text = checked.rendered;
      template = { name: body.template.name, language: body.template.language.code, parameters: checked.parameters };
    } else {
      return invalid('(#100) Invalid parameter', 100, `Param type must be one of {AUDIO, CONTACTS, DOCUMENT, IMAGE, INTERACTIVE, LOCATION, REACTION, STICKER, TEMPLATE, TEXT, VIDEO}.`);
    }
    if (failures > 0 && (!failureTo || failureTo === body.to.replace(/^\+/, ''))) {
      failures--;
      if (failureKind === 'server_error') return graphError(500, { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1, is_transient: true });
      if (failureKind === 'rate_limited') return graphError(429, { message: '(#130429) Rate limit hit', type: 'OAuthException', code: 130429 });
      if (failureKind === 're_engagement') return invalid('(#131047) Re-engagement message', 131047, STATUS_ERRORS.reEngagement.error_data.details);
      return invalid('(#131026) Message undeliverable', 131026, 'Message Undeliverable.');
    }
    const waId = body.to.replace(/^\+/, '');
    const id = `wamid.${Buffer.from(`${waId}:${randomBytes(9).toString('hex')}`).toString('base64')}`;
    messages.push({ id, to: waId, type: body.type, body: text, ...(template ? { template } : {}), phoneNumberId, at: new Date() });
    return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: waId }], messages: [{ id, ...(template ? { message_status: 'accepted' } : {}) }] } };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const out = handle(req.method ?? 'GET', path, req.headers.authorization, Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? 'GET', path, status: out.status });
      const accepted = out.status === 200 && beforeReply.length ? (out.body as { messages: Array<{ id: string }> }).messages[0].id : null;
      const send = async () => {
        if (accepted) await sendWebhook(statusPayload(beforeReply.map((b) => ({ messageId: accepted, ...b })))).catch(() => undefined);
        res.writeHead(out.status, { 'content-type': 'application/json; charset=UTF-8', 'x-fb-trace-id': trace() });
        res.end(JSON.stringify(out.body));
      };
      if (delayMs) setTimeout(() => void send(), delayMs);
      else void send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/v21.0`;

  const sign = (raw: string | Buffer, secret = appSecret) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

  function statusPayload(updates: Array<{ messageId: string; status: WebhookStatus; at?: Date; errors?: StatusError[] }>) {
    return {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: wabaId,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '5511900000000', phone_number_id: phoneNumberId },
                statuses: updates.map((u) => {
                  const sent = messages.find((msg) => msg.id === u.messageId);
                  return {
                    id: u.messageId,
                    status: u.status,
                    timestamp: String(Math.floor((u.at ?? new Date()).getTime() / 1000)),
                    recipient_id: sent?.to ?? '5511900000001',
                    ...(u.status === 'failed'
                      ? { errors: u.errors ?? [STATUS_ERRORS.undeliverable] }
                      : { pricing: { billable: true, pricing_model: 'PMP', category: sent?.type === 'template' ? 'utility' : 'service' } }),
                  };
                }),
              },
            },
          ],
        },
      ],
    };
  }

  async function sendWebhook(payload: unknown, o: { signature?: string | null } = {}): Promise<WebhookResult> {
    if (!webhookUrl) throw new Error('fake WhatsApp: no webhook URL (setWebhookUrl)');
    // Meta sends compact JSON with non-ASCII escaped as \uXXXX and signs exactly those bytes.
    const raw = typeof payload === 'string' ? payload : JSON.stringify(payload).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'facebookexternalua' };
    const signature = o.signature === undefined ? sign(raw) : o.signature;
    if (signature !== null) headers['x-hub-signature-256'] = signature;
    const res = await fetch(webhookUrl, { method: 'POST', headers, body: raw });
    const result = { status: res.status, body: await res.text() };
    webhooks.push({ url: webhookUrl, payload, status: res.status });
    return result;
  }

  return {
    url,
    token,
    phoneNumberId,
    appSecret,
    verifyToken,
    env: {
      WHATSAPP_API_URL: url,
      WHATSAPP_TOKEN: token,
      WHATSAPP_PHONE_NUMBER_ID: phoneNumberId,
      WHATSAPP_APP_SECRET: appSecret,
      WHATSAPP_WEBHOOK_VERIFY_TOKEN: verifyToken,
    },
    templateEnv: { WHATSAPP_TEMPLATE_NAME: 'prumo_aviso', WHATSAPP_TEMPLATE_LANGUAGE: 'pt_BR' },
    messages,
    requests,
    webhooks,
    failNext(count, kind = 'server_error', to) {
      failures = count;
      failureKind = kind;
      failureTo = to;
    },
    setDelay(ms) {
      delayMs = ms;
    },
    reportBeforeReply(statuses) {
      beforeReply = statuses;
    },
    setWebhookUrl(u) {
      webhookUrl = u;
    },
    statusPayload,
    sendStatus: (messageId, status, o = {}) => sendWebhook(statusPayload([{ messageId, status, ...o }])),
    sendWebhook,
    sign,
    async verifyWebhook(target, t = verifyToken) {
      const challenge = String(Math.floor(Math.random() * 1e9));
      const q = new URLSearchParams({ 'hub.mode': 'subscribe', 'hub.verify_token': t, 'hub.challenge': challenge });
      const res = await fetch(`${target}?${q}`);
      return { status: res.status, body: await res.text(), challenge };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
