/**
 * The WhatsApp Cloud API, messages endpoint only: `POST {api}/{phone-number-id}/messages` with a
 * Bearer token and either a free-form text
 *   `{ messaging_product: "whatsapp", to, type: "text", text: { body } }`
 * (delivered only inside the 24-hour customer-service window) or an approved template
 *   `{ messaging_product: "whatsapp", to, type: "template", template: { name, language: { code },
 *      components: [{ type: "body", parameters: [{ type: "text", text }] }] } }`
 * (what a business-initiated notification needs).
 * Errors come in the Graph API format `{ error: { message, type, code, error_subcode, fbtrace_id } }`.
 */
export interface WhatsAppSettings {
  token: string;
  phoneNumberId: string;
  apiUrl: string;
}

export class WhatsAppError extends Error {
  constructor(
    message: string,
    /** false: retrying cannot help (bad number, bad token, invalid parameter, no template). */
    readonly retryable: boolean,
    readonly status?: number,
    readonly code?: number,
  ) {
    super(message);
  }
}

/** Graph error codes worth retrying even though the HTTP status is 4xx (throttling, temporary). */
const RETRYABLE_CODES = new Set([1, 2, 4, 17, 80007, 130429, 131000, 131016, 131048, 131056, 133004]);

/**
 * Never worth a retry, whatever the HTTP status or `is_transient` say: 131047 (re-engagement: more
 * than 24 hours since the user last wrote; only a template gets through), 131026 (undeliverable),
 * 131051 (unsupported message type) and the template errors (132000 wrong parameter count, 132001
 * template/translation missing, 132005 text too long, 132007 policy, 132012 parameter format,
 * 132015/132016 paused/disabled, 132018 parameter issue, ...): the same request fails the same way.
 */
const PERMANENT_CODES = new Set([131026, 131047, 131051]);
export function isPermanentWhatsAppCode(code: number | undefined): boolean {
  return code !== undefined && (PERMANENT_CODES.has(code) || (code >= 132000 && code < 133000));
}

/**
 * One body parameter as Meta accepts it: no newlines or tabs and no more than 4 consecutive spaces
 * (error 132018 / 100 otherwise), not empty (131008), and at most `max` characters (an ellipsis
 * marks a cut).
 */
export function templateParameter(text: string, max: number): string {
  const flat = text
    .replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  const value = flat || '-';
  return value.length > max ? `${value.slice(0, max - 1).trimEnd()}…` : value;
}

export type WhatsAppMessage =
  | { type: 'text'; body: string }
  | { type: 'template'; name: string; language: string; parameters: string[] };

export class WhatsAppClient {
  constructor(
    private readonly settings: WhatsAppSettings,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Sends a text message; returns the provider's message id (`wamid....`). */
  sendText(to: string, body: string): Promise<string> {
    return this.send(to, { type: 'text', body });
  }

  /** Sends an approved template with text body parameters ({{1}}, {{2}}, ... in order). */
  sendTemplate(to: string, name: string, language: string, parameters: string[]): Promise<string> {
    return this.send(to, { type: 'template', name, language, parameters });
  }

  async send(to: string, message: WhatsAppMessage): Promise<string> {
    const payload =
      message.type === 'text'
        ? { type: 'text', text: { preview_url: false, body: message.body } }
        : {
            type: 'template',
            template: {
              name: message.name,
              language: { code: message.language },
              components: [{ type: 'body', parameters: message.parameters.map((text) => ({ type: 'text', text })) }],
            },
          };
    let res: Response;
    try {
      res = await fetch(`${this.settings.apiUrl}/${encodeURIComponent(this.settings.phoneNumberId)}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.settings.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...payload }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new WhatsAppError(`WhatsApp unreachable: ${(err as Error).message}`, true);
    }
    const text = await res.text();
    let json: any = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (res.ok) {
      const id = json?.messages?.[0]?.id;
      if (typeof id !== 'string') throw new WhatsAppError(`WhatsApp answered ${res.status} without a message id`, true, res.status);
      return id;
    }
    const error = json?.error;
    const code = typeof error?.code === 'number' ? error.code : undefined;
    const details = typeof error?.error_data?.details === 'string' ? ` (${error.error_data.details})` : '';
    const reason = error?.message ? `WhatsApp ${res.status} (${code ?? '?'}): ${String(error.message)}${details}`.slice(0, 400) : `WhatsApp answered ${res.status}`;
    const retryable =
      !isPermanentWhatsAppCode(code) && (res.status >= 500 || res.status === 429 || (code !== undefined && RETRYABLE_CODES.has(code)) || error?.is_transient === true);
    throw new WhatsAppError(reason, retryable, res.status, code);
  }
}
