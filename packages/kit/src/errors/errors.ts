import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The error codes of DESIGN.md §3. Every error a client sees carries one in `extensions.code`. */
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

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'Você precisa entrar para continuar.',
  FORBIDDEN: 'Você não tem permissão para esta ação.',
  BAD_USER_INPUT: 'Alguns dados informados são inválidos.',
  NOT_FOUND: 'Não encontramos o que você procurou.',
  CONFLICT: 'Esta ação conflita com o estado atual dos dados.',
  PAYMENT_REQUIRED: 'Você atingiu o limite do seu plano.',
  MODULE_DISABLED: 'Este módulo não está disponível no seu plano.',
  RATE_LIMITED: 'Muitas tentativas. Aguarde um pouco e tente novamente.',
  INTERNAL: 'Ocorreu um erro inesperado. Tente novamente em instantes.',
};

/** HTTP status codes for errors that are answered outside GraphQL (REST routes, webhooks). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYMENT_REQUIRED: 402,
  MODULE_DISABLED: 403,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/** A domain error with a code and a pt-BR message safe to show to the user. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message?: string, extensions: Record<string, unknown> = {}) {
    super(message ?? DEFAULT_MESSAGES[code], { extensions: { ...extensions, code } });
    this.code = code;
  }
}

/** Field-level problems: `{ email: 'E-mail inválido.' }`. */
export type FieldErrors = Record<string, string>;

export const unauthenticated = (message?: string) => new AppError('UNAUTHENTICATED', message);
export const forbidden = (message?: string) => new AppError('FORBIDDEN', message);
export const notFound = (message?: string) => new AppError('NOT_FOUND', message);
export const conflict = (message?: string, extensions?: Record<string, unknown>) =>
  new AppError('CONFLICT', message, extensions);
export const badInput = (fields: FieldErrors, message?: string) =>
  new AppError('BAD_USER_INPUT', message ?? firstMessage(fields), { fields });
export const rateLimited = (retryAfterSeconds: number, message?: string) =>
  new AppError('RATE_LIMITED', message, { retryAfter: Math.max(1, Math.ceil(retryAfterSeconds)) });
export const moduleDisabled = (module: string) =>
  new AppError('MODULE_DISABLED', `O módulo "${module}" não está disponível no seu plano.`, { module });

export interface PaymentRequiredDetails {
  plan: string;
  metric: string;
  used: number;
  limit: number;
  resetsAt: string | null;
  upgradeUrl: string;
}
export const paymentRequired = (details: PaymentRequiredDetails, message?: string) =>
  new AppError('PAYMENT_REQUIRED', message, { ...details });

function firstMessage(fields: FieldErrors): string {
  const values = Object.values(fields);
  return values.length === 1 ? values[0] : DEFAULT_MESSAGES.BAD_USER_INPUT;
}

const KNOWN_CODES = new Set<string>(Object.keys(DEFAULT_MESSAGES));
// Apollo's own validation/parse codes are client errors too; they keep their code.
const PASSTHROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: typed errors pass with their code and pt-BR message; anything else becomes
 * INTERNAL with the request id, without message details or stack.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  requestId: string | undefined,
  log?: (err: unknown) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  // Our own INTERNAL errors carry a deliberate pt-BR message (e.g. billing unavailable), and errors
  // relayed by the gateway (serviceName) were already sanitised by the subgraph that raised them.
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const deliberate = code === 'INTERNAL' && (original instanceof AppError || formatted.extensions?.serviceName !== undefined);
  // Argument coercion errors ("Variable "$x" got invalid value") are the client's mistake, raised by
  // graphql-js in English: neither ours (AppError) nor relayed from a subgraph.
  const coercion = code === 'BAD_USER_INPUT' && !(original instanceof AppError) && formatted.extensions?.serviceName === undefined && !formatted.extensions?.fields;
  if (coercion) {
    return { message: DEFAULT_MESSAGES.BAD_USER_INPUT, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', reason: formatted.message, invalidOperation: true } };
  }
  if (code && KNOWN_CODES.has(code) && (code !== 'INTERNAL' || deliberate)) {
    const { stacktrace: _s, exception: _e, ...ext } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: ext };
  }
  if (code && PASSTHROUGH_CODES.has(code)) {
    const operation = code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED';
    // `invalidOperation`: the operation itself does not fit this API (a client built for another
    // version), as opposed to a value the user typed; clients say so in their own words.
    return {
      message: translateApolloMessage(code, formatted.message),
      locations: formatted.locations,
      extensions: { code: operation ? 'BAD_USER_INPUT' : code, reason: formatted.message, ...(operation && { invalidOperation: true }) },
    };
  }
  log?.(error);
  return {
    message: DEFAULT_MESSAGES.INTERNAL,
    path: formatted.path,
    extensions: { code: 'INTERNAL', requestId },
  };
}

// graphql-armor's rejections, in pt-BR (the original stays in extensions.reason).
const ARMOR_MESSAGES: Array<[RegExp, string]> = [
  [/Query Cost limit/i, 'A consulta é custosa demais. Peça menos campos ou menos níveis.'],
  [/Query depth limit|max.?depth/i, 'A consulta tem níveis demais (limite de profundidade).'],
  [/Aliases limit/i, 'A consulta usa aliases demais.'],
  [/Token limit/i, 'A consulta é longa demais.'],
  [/Directives limit/i, 'A consulta usa diretivas demais.'],
];

function translateApolloMessage(code: string, message: string): string {
  for (const [re, pt] of ARMOR_MESSAGES) if (re.test(message)) return pt;
  if (code === 'GRAPHQL_PARSE_FAILED') return 'A operação GraphQL enviada não pôde ser lida.';
  if (code === 'GRAPHQL_VALIDATION_FAILED') return `Operação inválida: ${message}`;
  if (code === 'PERSISTED_QUERY_NOT_FOUND') return 'PersistedQueryNotFound';
  return message;
}
