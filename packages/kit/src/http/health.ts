import type { IncomingMessage, ServerResponse } from 'node:http';
import client from 'prom-client';
import { sendJson } from './http';
import type { Route } from './http';

export type ReadinessCheck = { name: string; check: () => Promise<unknown> };

/** One Prometheus registry per process, with Node's default metrics. */
export function createMetrics(service: string) {
  const registry = new client.Registry();
  registry.setDefaultLabels({ service });
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['route', 'method', 'status'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const graphqlOperations = new client.Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name and outcome',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  return { registry, httpDuration, graphqlOperations };
}
export type Metrics = ReturnType<typeof createMetrics>;

/** `/health` (the process is alive), `/ready` (its dependencies answer), `/metrics` (Prometheus). */
export function healthRoutes(metrics: Metrics, checks: ReadinessCheck[]): Route[] {
  return [
    { method: 'GET', path: '/health', handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      method: 'GET',
      path: '/ready',
      handler: async (_req: IncomingMessage, res: ServerResponse) => {
        const results = await Promise.all(
          checks.map(async ({ name, check }) => {
            try {
              await Promise.race([check(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000))]);
              return [name, 'ok'] as const;
            } catch {
              return [name, 'down'] as const;
            }
          }),
        );
        const ready = results.every(([, s]) => s === 'ok');
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not_ready', checks: Object.fromEntries(results) });
      },
    },
    {
      method: 'GET',
      path: '/metrics',
      handler: async (_req, res) => {
        const body = await metrics.registry.metrics();
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(body);
      },
    },
  ];
}
