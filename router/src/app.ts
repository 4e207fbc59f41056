import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import {
  AppError,
  bearer,
  createJwksVerifier,
  createLogger,
  createMetrics,
  createRedis,
  formatError,
  headerValue,
  healthRoutes,
  matchRoute,
  rateLimited,
  readRawBody,
  requestIdFrom,
  sendJson,
  BodyTooLargeError,
  signServiceToken,
  tokenError,
  type AccessClaims,
  type Route,
} from '@prumo/kit';
import { currentTraceparent, tracingActive } from '@prumo/kit/tracing';
import { ApiKeyExchanger } from './auth';
import { RedisKeyValueCache } from './apq-cache';
import { loadRouterConfig, type RouterConfig } from './config';
import type { RouterContext } from './context';
import { clearRefreshCookie, readRefreshCookie, refreshCookie, refreshCookiePlugin, WEB_CLIENT_HEADER } from './cookies';
import { createGateway, keepAliveFetch } from './gateway';
import { findPassthrough, PASSTHROUGH_RULES, proxy, type PassthroughRule } from './passthrough';
import { RateLimiter, rateLimitHeaders } from './rate-limit';
import { staticClient } from './static-files';
import { LiveHub } from './subscriptions/hub';
import { buildSubscriptionSchema, type SubscriptionContext } from './subscriptions/schema';
import { startSubscriptionServer, tokenFromParams } from './subscriptions/server';

const REPO_ROOT = resolve(__dirname, '../..');

export interface StartRouterOptions {
  config?: RouterConfig;
  port?: number;
  passthrough?: PassthroughRule[];
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'content-security-policy':
    "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
};

function graphqlError(res: ServerResponse, status: number, error: AppError, headers: Record<string, string> = {}) {
  sendJson(res, status, { errors: [{ message: error.message, extensions: error.extensions }] }, headers);
}

function newTraceparent(incoming: string | undefined): string {
  if (incoming && /^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/.test(incoming)) {
    // Same trace, new span id for the hop through the router.
    return `${incoming.slice(0, 36)}${randomBytes(8).toString('hex')}${incoming.slice(52)}`;
  }
  return `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;
}

export async function startRouter(opts: StartRouterOptions = {}) {
  const config = opts.config ?? loadRouterConfig();
  const logger = createLogger('router', config.LOG_LEVEL);
  const metrics = createMetrics('router');
  const redis = createRedis(config.REDIS_URL, { name: 'router' });
  const subscriber = createRedis(config.REDIS_URL, { name: 'router-live' });
  const tokenSettings = { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE };
  const verifier = createJwksVerifier(`${config.subgraphUrls.identity}/.well-known/jwks.json`, tokenSettings, { fetchImpl: keepAliveFetch });
  const apiKeys = new ApiKeyExchanger(config.subgraphUrls.identity, config.serviceTokenSecret, verifier);
  const limiter = new RateLimiter(redis, config.REDIS_PREFIX);
  const hub = new LiveHub(subscriber);
  const passthrough = opts.passthrough ?? PASSTHROUGH_RULES;
  const secureCookies = config.ROUTER_PUBLIC_URL.startsWith('https://');
  const client = staticClient(config.CLIENT_DIST ?? resolve(REPO_ROOT, 'client/dist'));
  const supergraphPath = config.SUPERGRAPH_PATH ?? resolve(REPO_ROOT, 'schema/supergraph.graphql');
  const subscriptionsSdl = readFileSync(resolve(REPO_ROOT, 'schema/subscriptions.graphql'), 'utf8');

  const gateway = createGateway({ supergraphPath, subgraphUrls: config.subgraphUrls, watch: config.SUPERGRAPH_WATCH, logger });
  let subscriptionSchema: GraphQLSchema | null = null;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    subscriptionSchema = buildSubscriptionSchema(apiSchema, subscriptionsSdl, hub, redis);
  });

  // Limits a real client never reaches; attackers do.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    costLimit: { maxCost: 20_000 },
    maxTokens: { n: 5_000 },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: config.NODE_ENV === 'production' },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<RouterContext>({
    gateway,
    ...protection,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: true,
    persistedQueries: { cache: new RedisKeyValueCache(redis, config.REDIS_PREFIX), ttl: 86_400 },
    formatError: (formatted, error) => formatError(formatted, error, undefined, (err) => logger.error({ err }, 'router error')),
    plugins: [
      ...protection.plugins,
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      refreshCookiePlugin(secureCookies),
      {
        async requestDidStart({ contextValue }) {
          return {
            async willSendResponse({ response, operationName, errors }) {
              metrics.graphqlOperations.inc({ operation: operationName ?? 'anonymous', outcome: errors?.length ? 'error' : 'ok' });
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

  const clientIp = (req: IncomingMessage): string => {
    const socketIp = req.socket.remoteAddress ?? '';
    if (!config.TRUST_PROXY_HOPS) return socketIp;
    const chain = (headerValue(req, 'x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return chain[chain.length - config.TRUST_PROXY_HOPS] ?? socketIp;
  };

  /** Verifies the caller: bearer token, or an API key exchanged at identity. */
  async function authenticate(authorization: string | undefined, apiKey: string | undefined): Promise<{ token: string | null; claims: AccessClaims | null }> {
    if (apiKey) {
      const { token, claims } = await apiKeys.exchange(apiKey);
      return { token, claims };
    }
    const token = bearer(authorization);
    if (!token) return { token: null, claims: null };
    try {
      return { token, claims: await verifier.verify(token) };
    } catch (err) {
      throw tokenError(err);
    }
  }

  async function executeGateway(ctx: RouterContext, query: string, variables: Record<string, unknown>) {
    const result = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (result.body.kind !== 'single') throw new Error('unexpected incremental result');
    return result.body.singleResult as { data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };
  }

  function baseContext(req: IncomingMessage, requestId: string): RouterContext {
    return {
      requestId,
      traceparent: currentTraceparent() ?? newTraceparent(headerValue(req, 'traceparent')),
      ip: clientIp(req),
      token: null,
      auth: null,
      webClient: headerValue(req, WEB_CLIENT_HEADER) === '1',
      setCookies: [],
    };
  }

  async function handleGraphQL(req: IncomingMessage, res: ServerResponse, url: URL, ctx: RouterContext) {
    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readRawBody(req, config.ROUTER_BODY_LIMIT_BYTES);
      try {
        body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined;
      } catch {
        graphqlError(res, 400, new AppError('BAD_USER_INPUT', 'Corpo JSON inválido.'));
        return;
      }
    }
    let claims: AccessClaims | null = null;
    try {
      const auth = await authenticate(headerValue(req, 'authorization'), headerValue(req, 'x-api-key'));
      ctx.token = auth.token;
      ctx.auth = claims = auth.claims;
    } catch (err) {
      graphqlError(res, 401, err instanceof AppError ? err : new AppError('UNAUTHENTICATED'));
      return;
    }

    // Per-account limit by plan; anonymous traffic per IP.
    const decision = claims
      ? await limiter.hit(`acct:${claims.tid}`, config.planLimits[claims.plan] ?? config.planLimits.free ?? 60)
      : await limiter.hit(`ip:${ctx.ip}`, config.RATE_LIMIT_IP_PER_MINUTE);
    const rlHeaders = rateLimitHeaders(decision);
    if (!decision.allowed) {
      graphqlError(res, 429, rateLimited(decision.resetSeconds, 'Limite de requisições por minuto atingido. Tente novamente em instantes.'), {
        ...rlHeaders,
        'retry-after': String(decision.resetSeconds),
      });
      return;
    }

    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => ctx,
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    for (const [k, v] of Object.entries(rlHeaders)) res.setHeader(k, v);
    if (ctx.setCookies.length) res.setHeader('set-cookie', ctx.setCookies);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') res.end(result.body.string);
    else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  /** Cookie-based refresh for the web client: the refresh token never leaves the httpOnly cookie. */
  async function handleAuthRefresh(req: IncomingMessage, res: ServerResponse, ctx: RouterContext) {
    if (headerValue(req, WEB_CLIENT_HEADER) !== '1') return graphqlError(res, 403, new AppError('FORBIDDEN', 'Cabeçalho x-prumo-web ausente.'));
    const token = readRefreshCookie(req);
    if (!token) return graphqlError(res, 401, new AppError('UNAUTHENTICATED', 'Sua sessão terminou. Entre novamente.'));
    // Not as the web client: the cookie plugin would blank the token this handler puts in the cookie.
    const result = await executeGateway(
      { ...ctx, webClient: false },
      `mutation RouterRefresh($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken expiresAt user { id name email } account { id name } } }`,
      { t: token },
    );
    const payload = result.data?.refreshSession as { accessToken: string; refreshToken: string; expiresAt: string } | undefined;
    if (!payload) {
      const err = result.errors?.[0];
      sendJson(res, err?.extensions?.code === 'UNAUTHENTICATED' ? 401 : 500, { errors: result.errors }, { 'set-cookie': clearRefreshCookie(secureCookies) });
      return;
    }
    const { refreshToken, ...rest } = payload as Record<string, unknown>;
    sendJson(res, 200, { data: rest }, { 'set-cookie': refreshCookie(String(refreshToken), secureCookies), 'cache-control': 'no-store' });
  }

  async function handleAuthLogout(req: IncomingMessage, res: ServerResponse) {
    if (headerValue(req, WEB_CLIENT_HEADER) !== '1') return graphqlError(res, 403, new AppError('FORBIDDEN', 'Cabeçalho x-prumo-web ausente.'));
    const token = readRefreshCookie(req);
    if (token) {
      await keepAliveFetch(`${config.subgraphUrls.identity}/internal/sessions/sign-out`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${signServiceToken(config.serviceTokenSecret, { svc: 'router' })}` },
        body: JSON.stringify({ refreshToken: token }),
      }).catch((err: unknown) => logger.warn({ err }, 'sign-out at identity failed'));
    }
    sendJson(res, 200, { data: { signedOut: true } }, { 'set-cookie': clearRefreshCookie(secureCookies) });
  }

  const routes: Route[] = healthRoutes(metrics, [
    { name: 'redis', check: () => redis.ping() },
    { name: 'supergraph', check: async () => { if (!subscriptionSchema) throw new Error('not loaded'); } },
    ...Object.entries(config.subgraphUrls).map(([name, url]) => ({
      name,
      check: async () => {
        const r = await keepAliveFetch(`${url}/health`, { signal: AbortSignal.timeout(1500) });
        if (!r.ok) throw new Error(String(r.status));
        await r.text();
      },
    })),
  ]);

  function cors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = headerValue(req, 'origin');
    if (origin && config.corsOrigins.includes(origin)) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-allow-credentials', 'true');
      res.setHeader('vary', 'Origin');
      res.setHeader('access-control-expose-headers', 'x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, retry-after');
    }
    if (req.method === 'OPTIONS') {
      if (origin && config.corsOrigins.includes(origin)) {
        res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        res.setHeader('access-control-allow-headers', 'content-type, authorization, x-api-key, x-request-id, traceparent, apollo-require-preflight, x-apollo-operation-name, x-prumo-web');
        res.setHeader('access-control-max-age', '600');
        res.writeHead(204).end();
      } else {
        res.writeHead(403).end();
      }
      return true;
    }
    return false;
  }

  const http = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdFrom(req);
    const url = new URL(req.url ?? '/', 'http://router');
    res.setHeader('x-request-id', requestId);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    let routeLabel = 'static';
    res.on('finish', () => {
      metrics.httpDuration.observe({ route: routeLabel, method: req.method ?? '', status: String(res.statusCode) }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    void (async () => {
      try {
        if (cors(req, res)) return;
        const ctx = baseContext(req, requestId);
        if (url.pathname === '/graphql') {
          routeLabel = '/graphql';
          return await handleGraphQL(req, res, url, ctx);
        }
        if (url.pathname === '/auth/refresh' && req.method === 'POST') {
          routeLabel = '/auth/refresh';
          return await handleAuthRefresh(req, res, ctx);
        }
        if (url.pathname === '/auth/logout' && req.method === 'POST') {
          routeLabel = '/auth/logout';
          return await handleAuthLogout(req, res);
        }
        const rule = findPassthrough(passthrough, url.pathname);
        if (rule) {
          routeLabel = rule.prefix;
          return await proxy(req, res, config.subgraphUrls[rule.subgraph], {
            'x-request-id': requestId,
            'x-prumo-client-ip': ctx.ip,
            ...(tracingActive() ? {} : { traceparent: ctx.traceparent }),
          });
        }
        const route = matchRoute(routes, req.method ?? 'GET', url.pathname);
        if (route) {
          routeLabel = route.path;
          return await route.handler(req, res, url);
        }
        if (client.serve(req, res, url.pathname)) return;
        routeLabel = 'unmatched';
        sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Rota não encontrada.' } });
      } catch (err) {
        if (err instanceof BodyTooLargeError) {
          if (!res.headersSent) graphqlError(res, 413, new AppError('BAD_USER_INPUT', 'A requisição é grande demais.'));
          req.resume();
          return;
        }
        logger.error({ err, requestId, path: url.pathname }, 'router request failed');
        if (!res.headersSent) graphqlError(res, 502, new AppError('INTERNAL', undefined, { requestId }));
        else res.end();
      }
    })();
  });
  http.keepAliveTimeout = 65_000;

  const subscriptions = startSubscriptionServer({
    http,
    path: '/graphql',
    logger,
    schema: () => subscriptionSchema,
    clientIp,
    authenticate: async (params) => {
      const { bearer: token, apiKey } = tokenFromParams(params);
      const auth = await authenticate(token ? `Bearer ${token}` : undefined, apiKey);
      if (!auth.claims || !auth.token) throw new AppError('UNAUTHENTICATED');
      return { claims: auth.claims, token: auth.token };
    },
    executeGateway: (ctx: SubscriptionContext, query, variables) => executeGateway(ctx, query, variables),
  });

  const port = await new Promise<number>((resolvePort, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? config.ROUTER_PORT, '0.0.0.0', () => resolvePort((http.address() as AddressInfo).port));
  });
  logger.info({ port }, 'router ready');

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    http,
    apollo,
    hub,
    subscriptions,
    redis,
    async stop() {
      await subscriptions.close();
      await apollo.stop();
      await new Promise<void>((r) => {
        http.close(() => r());
        http.closeAllConnections();
      });
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}

export type RunningRouter = Awaited<ReturnType<typeof startRouter>>;
