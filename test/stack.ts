import { createServer } from 'node:net';
import { loadConfig, SUBGRAPHS, subgraphPortEnv, type RunningSubgraph } from '@prumo/kit';
import { loadRouterConfig, startRouter, type PassthroughRule, type RunningRouter } from '../router/src';
import { SUBGRAPH_MODULES } from './platform';

export interface Stack {
  router: RunningRouter;
  subgraphs: Record<string, RunningSubgraph>;
  /** The router's GraphQL endpoint. */
  graphqlUrl: string;
  /** The environment this stack runs with (for child processes that must join it). */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

let stacks = 0;

/**
 * Starts every subgraph (server + workers) and the router in this process, on random ports, against
 * the test file's own database (test/setup-env.ts) and a Redis prefix of its own. `env` overrides configuration for this
 * stack only. Free ports are picked before listening, so another test file can take one in
 * between: on EADDRINUSE the stack is started again on new ports.
 */
export async function startStack(opts: Parameters<typeof startStackOnce>[0] = {}): Promise<Stack> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startStackOnce(opts);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 3) throw err;
    }
  }
}

async function startStackOnce(
  opts: { env?: Record<string, string>; passthrough?: PassthroughRule[]; roles?: Partial<Record<string, 'server' | 'worker' | 'all'>> } = {},
): Promise<Stack> {
  // Ports are chosen up front so every subgraph knows every other's URL (identity calls billing's
  // quota API; billing verifies tokens with identity's JWKS).
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()] as const)));
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, `http://127.0.0.1:${ports[s.name]}`]));
  const portEnv = Object.fromEntries(SUBGRAPHS.map((s) => [subgraphPortEnv(s.name), String(ports[s.name])]));
  const routerPort = await freePort();
  // Each stack gets its own Redis prefix: its workers take only its own jobs, never those of another
  // stack (a second stack in the same file shares the file's database, not its queues).
  const redisPrefix = `${process.env.REDIS_PREFIX ?? 'ptest'}-${process.pid}-${++stacks}`;
  const env = { ...process.env, ...urls, ...portEnv, ROUTER_PUBLIC_URL: `http://127.0.0.1:${routerPort}`, REDIS_PREFIX: redisPrefix, ...opts.env };
  const config = loadConfig({}, env);
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const s of SUBGRAPHS) {
      subgraphs[s.name] = await SUBGRAPH_MODULES[s.name].start({ config, port: ports[s.name], role: opts.roles?.[s.name] ?? 'all', env });
    }
    const router = await startRouter({ config: loadRouterConfig(env), port: routerPort, passthrough: opts.passthrough });
    return {
      router,
      subgraphs,
      graphqlUrl: `${router.url}/graphql`,
      env,
      async stop() {
        await router.stop();
        for (const s of Object.values(subgraphs)) await s.stop();
      },
    };
  } catch (err) {
    for (const s of Object.values(subgraphs)) await s.stop().catch(() => undefined);
    throw err;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
