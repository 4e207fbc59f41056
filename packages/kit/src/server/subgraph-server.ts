import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { AccessTokenVerifier } from '../auth/jwks';
import { bearer, tokenError } from '../auth/tokens';
import { withRequestStatementScope } from '../db/statements';
import { LoaderRegistry } from '../db/loaders';
import { formatError } from '../errors';
import { BodyTooLargeError, headerValue, matchRoute, readRawBody, type Route, sendError, sendJson } from '../http/http';
import { createMetrics, healthRoutes, type ReadinessCheck } from '../http/health';
import { addLogContext, withLogContext } from '../logger';
import type { RequestContext } from './context';
import { buildFederatedSchema, type SchemaDefinition } from './schema';

export interface SubgraphServerOptions<Ctx extends RequestContext> extends SchemaDefinition {
  name: string;
  logger: Logger;
  verifier: AccessTokenVerifier;
  /** Adds the subgraph's own services to the base context. */
  context?: (base: RequestContext, req: IncomingMessage) => Ctx | Promise<Ctx>;
  /** Extra HTTP routes (webhooks, uploads, internal APIs, JWKS). */
  routes?: Route[];
  readiness?: ReadinessCheck[];
  bodyLimit?: number;
}

export interface SubgraphServer {
  name: string;
  schema: GraphQLSchema;
  http: Server;
  apollo: ApolloServer<RequestContext>;
  listen(port: number, host?: string): Promise<number>;
  url(): string;
  close(): Promise<void>;
}

const REQUEST_ID_RE = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdFrom(req: IncomingMessage): string {
  const given = headerValue(req, 'x-request-id');
  return given && REQUEST_ID_RE.test(given) ? given : randomUUID();
}

/** Builds the base context from the forwarded headers; a bad token is kept as `authError`. */
export async function baseContext(req: IncomingMessage, verifier: AccessTokenVerifier, logger: Logger, requestId: string): Promise<RequestContext> {
  const token = bearer(headerValue(req, 'authorization'));
  let auth: RequestContext['auth'] = null;
  let authError: RequestContext['authError'] = null;
  if (token) {
    try {
      auth = await verifier.verify(token);
    } catch (err) {
      authError = tokenError(err);
    }
  }
  return {
    requestId,
    auth,
    authError,
    ip: headerValue(req, 'x-prumo-client-ip') ?? req.socket.remoteAddress ?? '',
    userAgent: headerValue(req, 'user-agent') ?? '',
    loaders: new LoaderRegistry(),
    log: logger.child({ requestId, tenantId: auth?.tid, userId: auth?.sub }),
  };
}

/** The one way every subgraph serves GraphQL, health, readiness, metrics and its extra routes. */
export async function createSubgraphServer<Ctx extends RequestContext>(opts: SubgraphServerOptions<Ctx>): Promise<SubgraphServer> {
  const schema = await buildFederatedSchema(opts);
  const metrics = createMetrics(opts.name);
  const bodyLimit = opts.bodyLimit ?? 2 * 1024 * 1024;
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    formatError: (formatted, error) =>
      formatError(formatted, error, undefined, (err) => opts.logger.error({ err }, 'unhandled resolver error')),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      {
        async requestDidStart({ contextValue }) {
          return {
            async didResolveOperation({ operationName }) {
              if (operationName) addLogContext({ operationName });
            },
            async willSendResponse({ response, operationName, errors }) {
              metrics.graphqlOperations.inc({ operation: operationName ?? 'anonymous', outcome: errors?.length ? 'error' : 'ok' });
              // INTERNAL errors carry the request id so users can quote it to support.
              if (response.body.kind === 'single') {
                for (const e of response.body.singleResult.errors ?? []) {
                  if (e.extensions?.code === 'INTERNAL') (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
                }
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const routes: Route[] = [...healthRoutes(metrics, opts.readiness ?? []), ...(opts.routes ?? [])];

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string) {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const raw = await readRawBody(req, bodyLimit);
      try {
        body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        sendJson(res, 400, { errors: [{ message: 'Corpo JSON inválido.', extensions: { code: 'BAD_USER_INPUT' } }] });
        return;
      }
    }
    const base = await baseContext(req, opts.verifier, opts.logger, requestId);
    const result = await withLogContext({ tenantId: base.auth?.tid, userId: base.auth?.sub }, () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () => (opts.context ? opts.context(base, req) : base),
      }),
    );
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.setHeader('x-request-id', requestId);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  const http = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req);
    const url = new URL(req.url ?? '/', 'http://subgraph');
    const route = url.pathname === '/graphql' ? 'graphql' : matchRoute(routes, req.method ?? 'GET', url.pathname);
    res.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpDuration.observe({ route: route === 'graphql' ? '/graphql' : (route?.path ?? 'unmatched'), method: req.method ?? '', status: String(res.statusCode) }, seconds);
    });
    // Tests count SQL statements across the HTTP hop (kit/db/statements.ts); a no-op otherwise.
    withRequestStatementScope(requestId, () => withLogContext({ requestId }, async () => {
      try {
        if (route === 'graphql') await handleGraphQL(req, res, url, requestId);
        else if (route) await route.handler(req, res, url);
        else sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Rota não encontrada.' } });
      } catch (err) {
        if (!(err instanceof BodyTooLargeError)) opts.logger.error({ err, path: url.pathname }, 'request failed');
        if (!res.headersSent) sendError(res, err, requestId);
        else res.end();
      }
    }));
  });
  http.keepAliveTimeout = 65_000;

  return {
    name: opts.name,
    schema,
    http,
    apollo,
    listen(port: number, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => resolve((http.address() as AddressInfo).port));
      });
    },
    url() {
      const addr = http.address() as AddressInfo;
      return `http://127.0.0.1:${addr.port}`;
    },
    async close() {
      await apollo.stop();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeAllConnections();
      });
    },
  };
}

/** The SDL the router composes (used by `npm run schema`). */
export function printSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
