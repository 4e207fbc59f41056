import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { execute, getOperationAST, GraphQLError, parse, subscribe, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Logger } from 'pino';
import { bearer, type AccessClaims } from '@prumo/kit';
import type { SubscriptionContext } from './schema';
import { aliasAwareResolver } from './schema';

/** Close code for an expired or invalid token: the client reconnects with a fresh one. */
export const CLOSE_FORBIDDEN = 4403;

export interface SubscriptionServerDeps {
  http: Server;
  path: string;
  logger: Logger;
  schema: () => GraphQLSchema | null;
  authenticate(params: Record<string, unknown>): Promise<{ claims: AccessClaims; token: string }>;
  clientIp(req: IncomingMessage): string;
  executeGateway(ctx: SubscriptionContext, query: string, variables: Record<string, unknown>): ReturnType<SubscriptionContext['executeGateway']>;
  maxSubscriptionsPerConnection?: number;
}

interface ConnectionState {
  ctx?: SubscriptionContext;
  expiry?: NodeJS.Timeout;
  active: number;
}

/**
 * graphql-ws on the router's HTTP server and path. connection_init must carry a valid token
 * (`authorization: Bearer ...` or `x-api-key`); the socket closes with 4403 when it expires.
 */
export function startSubscriptionServer(deps: SubscriptionServerDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024, perMessageDeflate: false });
  deps.http.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://router');
    if (pathname !== deps.path) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const states = new WeakMap<object, ConnectionState>();
  const stateOf = (extra: object) => {
    let s = states.get(extra);
    if (!s) {
      s = { active: 0 };
      states.set(extra, s);
    }
    return s;
  };
  const max = deps.maxSubscriptionsPerConnection ?? 100;

  const disposable = useServer<Record<string, unknown>>(
    {
      schema: () => {
        const s = deps.schema();
        if (!s) throw new Error('supergraph not loaded yet');
        return s;
      },
      context: (ctx) => stateOf(ctx.extra).ctx!,
      onConnect: async (ctx) => {
        try {
          const { claims, token } = await deps.authenticate(ctx.connectionParams ?? {});
          const state = stateOf(ctx.extra);
          const base = {
            requestId: randomUUID(),
            traceparent: `00-${randomUUID().replace(/-/g, '')}-${randomUUID().replace(/-/g, '').slice(0, 16)}-01`,
            ip: deps.clientIp(ctx.extra.request),
            token,
            auth: claims,
            webClient: false,
            setCookies: [],
          };
          const subCtx: SubscriptionContext = { ...base, executeGateway: (q, v) => deps.executeGateway(subCtx, q, v) };
          state.ctx = subCtx;
          const ms = claims.exp * 1000 - Date.now();
          state.expiry = setTimeout(() => ctx.extra.socket.close(CLOSE_FORBIDDEN, 'Token expirado'), Math.max(0, ms));
          return true;
        } catch {
          return false; // graphql-ws closes with 4403 Forbidden
        }
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = stateOf(ctx.extra);
        if (state.active >= max) return [new GraphQLError('Limite de assinaturas por conexão atingido.', { extensions: { code: 'RATE_LIMITED' } })];
        const schema = deps.schema();
        if (!schema) return [new GraphQLError('O roteador ainda está carregando o esquema.', { extensions: { code: 'INTERNAL' } })];
        const prepared = prepare(schema, payload.query, payload.operationName ?? undefined);
        if ('errors' in prepared) return prepared.errors;
        state.active++;
        // The parsed, validated document is shared by every subscription with the same text.
        return {
          schema,
          document: prepared.document,
          operationName: payload.operationName ?? undefined,
          variableValues: payload.variables ?? undefined,
          contextValue: state.ctx!,
        };
      },
      onComplete: (ctx) => {
        stateOf(ctx.extra).active--;
      },
      onClose: (ctx) => {
        const state = states.get(ctx.extra);
        if (state?.expiry) clearTimeout(state.expiry);
      },
      execute: (args) => execute({ ...args, fieldResolver: aliasAwareResolver }),
      subscribe: (args) => subscribe({ ...args, fieldResolver: aliasAwareResolver }),
      onError: (_ctx, _id, _payload, errors) => {
        deps.logger.debug({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
    },
    wss,
    12_000,
  );

  return {
    wss,
    get connections() {
      return wss.clients.size;
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await disposable.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}

// Clients subscribe with a handful of distinct operations: cache them per schema version.
const MAX_CACHED_DOCUMENTS = 500;
const documentCache = new WeakMap<GraphQLSchema, Map<string, { document: DocumentNode } | { errors: GraphQLError[] }>>();

/** Parses and validates once per (schema, query text); refuses anything but a subscription. */
function prepare(schema: GraphQLSchema, query: string, operationName?: string): { document: DocumentNode } | { errors: GraphQLError[] } {
  let cache = documentCache.get(schema);
  if (!cache) {
    cache = new Map();
    documentCache.set(schema, cache);
  }
  const key = `${operationName ?? ''}\u0000${query}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: { document: DocumentNode } | { errors: GraphQLError[] };
  try {
    const document = parse(query, { noLocation: true });
    const errors = validate(schema, document);
    if (errors.length) result = { errors: errors.map((e) => new GraphQLError(`Operação inválida: ${e.message}`, { extensions: { code: 'BAD_USER_INPUT', invalidOperation: true } })) };
    else if (getOperationAST(document, operationName)?.operation !== 'subscription') {
      result = { errors: [new GraphQLError('Use HTTP para consultas e mutações; o WebSocket serve assinaturas.', { extensions: { code: 'BAD_USER_INPUT' } })] };
    } else result = { document };
  } catch {
    result = { errors: [new GraphQLError('A operação GraphQL enviada não pôde ser lida.', { extensions: { code: 'BAD_USER_INPUT', invalidOperation: true } })] };
  }
  if (cache.size >= MAX_CACHED_DOCUMENTS) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

export function tokenFromParams(params: Record<string, unknown>): { bearer?: string; apiKey?: string } {
  const auth = params.authorization ?? params.Authorization;
  const token = typeof auth === 'string' ? bearer(auth) : typeof params.token === 'string' ? params.token : undefined;
  const apiKey = typeof params['x-api-key'] === 'string' ? (params['x-api-key'] as string) : undefined;
  return { bearer: token, apiKey };
}
