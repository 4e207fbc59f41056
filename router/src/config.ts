import { z } from 'zod';
import { loadConfig, SUBGRAPHS, type SubgraphName } from '@prumo/kit';

export const routerEnv = {
  /** Watch schema/supergraph.graphql and hot-reload it (development). */
  SUPERGRAPH_WATCH: z
    .string()
    .optional()
    .transform((v) => v === 'true' || v === '1'),
  SUPERGRAPH_PATH: z.string().optional(),
  CLIENT_DIST: z.string().optional(),
  /** Trust X-Forwarded-For from this many proxies (nginx in compose = 1). */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
};

export function loadRouterConfig(env: NodeJS.ProcessEnv = process.env) {
  const config = loadConfig(routerEnv, env);
  const subgraphUrls = Object.fromEntries(
    SUBGRAPHS.map((s) => [s.name, (env[s.urlEnv] ?? `http://127.0.0.1:${s.port}`).replace(/\/$/, '')]),
  ) as Record<SubgraphName, string>;
  const planLimits = Object.fromEntries(
    config.RATE_LIMITS_PER_MINUTE.split(',').map((pair) => {
      const [plan, n] = pair.split(':');
      return [plan.trim(), Number(n)];
    }),
  ) as Record<string, number>;
  return { ...config, subgraphUrls, planLimits, corsOrigins: config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean) };
}

export type RouterConfig = ReturnType<typeof loadRouterConfig>;
