import type { IncomingMessage } from 'node:http';
import type { Worker } from 'bullmq';
import type { Logger } from 'pino';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { AccessTokenVerifier } from '../auth/jwks';
import { createJwksVerifier } from '../auth/jwks';
import type { BaseConfig } from '../config/env';
import type { SubgraphName } from '../config/services';
import { createDataSource } from '../db/datasource';
import type { Route } from '../http/http';
import { createLogger } from '../logger';
import { type EventHandlers, type OutboxRelay, startEventConsumer, startOutboxRelay } from '../outbox/outbox';
import { createRedis, type Redis } from '../redis';
import type { RequestContext } from './context';
import type { SchemaDefinition } from './schema';
import { createSubgraphServer, type SubgraphServer } from './subgraph-server';

export interface RuntimeDeps {
  config: BaseConfig;
  ds: DataSource;
  redis: Redis;
  logger: Logger;
  /** BullMQ connection options (a dedicated connection per queue client, as BullMQ requires). */
  queueConnection: { url: string };
}

export interface SubgraphModule<Ctx extends RequestContext> {
  schema: SchemaDefinition;
  context: (base: RequestContext, req: IncomingMessage) => Ctx | Promise<Ctx>;
  routes?: Route[];
  /** Domain-event handlers of this subgraph (its consumer queue). */
  eventHandlers?: EventHandlers;
  /** Starts the subgraph's own queue workers (role worker/all); returns their stop function. */
  startWorkers?: () => Promise<() => Promise<void>>;
  /** Overrides token verification (identity verifies with its own key, no JWKS hop). */
  verifier?: AccessTokenVerifier;
  onStop?: () => Promise<void>;
}

export interface RunningSubgraph {
  name: SubgraphName;
  deps: RuntimeDeps;
  server: SubgraphServer;
  port: number;
  url: string;
  relay: OutboxRelay | null;
  stop(): Promise<void>;
}

export interface StartSubgraphOptions<Ctx extends RequestContext> {
  name: SubgraphName;
  config: BaseConfig;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: MixedList<Function | string | EntitySchema<any>>;
  setup: (deps: RuntimeDeps) => SubgraphModule<Ctx> | Promise<SubgraphModule<Ctx>>;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  logger?: Logger;
  /** Overrides token verification (tests of one subgraph without identity running). */
  verifier?: AccessTokenVerifier;
}

/**
 * The process template every subgraph follows: config -> db -> server -> workers. In `worker`
 * role the HTTP server still answers /health, /ready and /metrics (compose health-checks it) but
 * GraphQL traffic goes to the `server` replicas.
 */
export async function startSubgraph<Ctx extends RequestContext>(opts: StartSubgraphOptions<Ctx>): Promise<RunningSubgraph> {
  const { config, name } = opts;
  const role = opts.role ?? config.PROCESS_ROLE;
  const logger = opts.logger ?? createLogger(name, config.LOG_LEVEL);
  const ds = createDataSource({ config, schema: name, entities: opts.entities });
  await ds.initialize();
  const redis = createRedis(config.REDIS_URL, { name: `${name}-main` });
  const deps: RuntimeDeps = { config, ds, redis, logger, queueConnection: { url: config.REDIS_URL } };
  const mod = await opts.setup(deps);

  const verifier =
    opts.verifier ??
    mod.verifier ??
    createJwksVerifier(`${config.IDENTITY_URL}/.well-known/jwks.json`, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE });
  const server = await createSubgraphServer<Ctx>({
    name,
    logger,
    verifier,
    ...mod.schema,
    context: mod.context,
    routes: mod.routes,
    readiness: [
      { name: 'postgres', check: () => ds.query('select 1') },
      { name: 'redis', check: () => redis.ping() },
    ],
  });
  const port = await server.listen(opts.port ?? 0);

  let relay: OutboxRelay | null = null;
  let consumer: Worker | null = null;
  let stopWorkers: (() => Promise<void>) | null = null;
  if (role !== 'server') {
    const adminUrl = `postgres://${encodeURIComponent(config.DATABASE_APP_USER)}:${encodeURIComponent(config.DATABASE_APP_PASSWORD)}@${config.DATABASE_HOST}:${config.DATABASE_PORT}/${config.DATABASE_NAME}`;
    relay = await startOutboxRelay({ ds, schema: name, connection: deps.queueConnection, prefix: config.REDIS_PREFIX, logger, listenConnectionString: adminUrl });
    if (mod.eventHandlers && Object.keys(mod.eventHandlers).length) {
      consumer = startEventConsumer({ consumer: name, schema: name, ds, connection: deps.queueConnection, prefix: config.REDIS_PREFIX, logger, handlers: mod.eventHandlers });
    }
    if (mod.startWorkers) stopWorkers = await mod.startWorkers();
  }
  logger.info({ port, role }, `${name} subgraph ready`);

  return {
    name,
    deps,
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    relay,
    async stop() {
      await server.close();
      await consumer?.close();
      await stopWorkers?.();
      await relay?.stop();
      await mod.onStop?.();
      redis.disconnect();
      await ds.destroy();
    },
  };
}
