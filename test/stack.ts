import { loadConfig, SUBGRAPHS, type RunningSubgraph } from '@prumo/kit';
import { loadRouterConfig, startRouter, type PassthroughRule, type RunningRouter } from '../router/src';
import { SUBGRAPH_MODULES } from './platform';

export interface Stack {
  router: RunningRouter;
  subgraphs: Record<string, RunningSubgraph>;
  /** The router's GraphQL endpoint. */
  graphqlUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts every subgraph (server + workers) and the router in this process, on random ports, against
 * the run's fresh database and Redis prefix. `env` overrides configuration for this stack only.
 */
export async function startStack(opts: { env?: Record<string, string>; passthrough?: PassthroughRule[] } = {}): Promise<Stack> {
  const env = { ...process.env, ...opts.env };
  const config = loadConfig({}, env);
  const subgraphs: Record<string, RunningSubgraph> = {};
  try {
    for (const s of SUBGRAPHS) {
      subgraphs[s.name] = await SUBGRAPH_MODULES[s.name].start({ config, port: 0, role: 'all' });
    }
    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.urlEnv, subgraphs[s.name].url]));
    const router = await startRouter({ config: loadRouterConfig({ ...env, ...urls }), port: 0, passthrough: opts.passthrough });
    return {
      router,
      subgraphs,
      graphqlUrl: `${router.url}/graphql`,
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
