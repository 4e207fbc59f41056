import type { CombinedError } from 'urql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYMENT_REQUIRED'
  | 'MODULE_DISABLED'
  | 'RATE_LIMITED'
  | 'INTERNAL';

export interface ApiError {
  code: ErrorCode | string;
  message: string;
  extensions: Record<string, unknown>;
}

const NETWORK_MESSAGE = 'Não foi possível falar com o servidor. Verifique sua conexão e tente novamente.';
// The server refused the operation itself (not the user's input): this page was built for another
// version of the API, e.g. during an update. The technical detail (English, for developers) stays
// in `extensions.reason` and the console.
const OUTDATED_MESSAGE = 'O Prumo foi atualizado. Recarregue a página e tente de novo.';

/** The first GraphQL error (or a network error) as a plain object with a pt-BR message. */
export function apiError(error: CombinedError | undefined | null): ApiError | null {
  if (!error) return null;
  const gqlError = error.graphQLErrors[0];
  if (gqlError) {
    const extensions = (gqlError.extensions ?? {}) as Record<string, unknown>;
    const code = String(extensions.code ?? 'INTERNAL');
    if (extensions.invalidOperation === true) {
      console.warn('GraphQL operation refused:', gqlError.message);
      return { code, message: OUTDATED_MESSAGE, extensions };
    }
    return { code, message: gqlError.message, extensions };
  }
  return { code: 'NETWORK', message: NETWORK_MESSAGE, extensions: {} };
}

export function errorCode(error: CombinedError | undefined | null): string | null {
  return apiError(error)?.code ?? null;
}

/** `extensions.fields` of BAD_USER_INPUT / CONFLICT: { field: pt-BR message }. */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = (e.extensions as { fields?: unknown } | undefined)?.fields;
    if (fields && typeof fields === 'object') {
      for (const [k, v] of Object.entries(fields as Record<string, unknown>)) {
        const key = k.replace(/^input\./, '');
        if (!out[key] && typeof v === 'string') out[key] = v;
      }
    }
  }
  return out;
}

/** The message to show above a form: hidden when every field error sits next to its input. */
export function formMessage(error: CombinedError | undefined | null, knownFields: readonly string[]): string | null {
  const e = apiError(error);
  if (!e) return null;
  const fields = Object.keys(fieldErrors(error));
  if (fields.length && fields.every((f) => knownFields.includes(f))) return null;
  if (e.code === 'RATE_LIMITED') return rateLimitMessage(e);
  if (e.code === 'INTERNAL' && e.extensions.requestId) return `${e.message} (código: ${String(e.extensions.requestId)})`;
  return e.message;
}

export function rateLimitMessage(e: ApiError): string {
  const seconds = Number(e.extensions.retryAfter ?? 60);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${e.message} Tente novamente em ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`;
}
