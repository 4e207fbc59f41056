// OpenTelemetry end to end with real processes: router and identity run as built child processes
// exporting OTLP/HTTP to a local fake collector; one request yields spans of both services in the
// same trace, including PostgreSQL spans.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { generateCnpj } from '@prumo/br';
import { eventually, gql } from '@prumo/kit/testing';

const ROOT = resolve(__dirname, '../..');
const spans: Array<{ service: string; name: string; traceId: string }> = [];
let collector: Server;
const children: ChildProcess[] = [];

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

function run(file: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [resolve(ROOT, file)], { env: { ...process.env, ...env, LOG_LEVEL: 'warn' }, stdio: 'ignore' });
  children.push(child);
}

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      try {
        const parsed = JSON.parse(body);
        for (const rs of parsed.resourceSpans ?? []) {
          const service = rs.resource.attributes.find((a: any) => a.key === 'service.name')?.value.stringValue;
          for (const ss of rs.scopeSpans ?? []) for (const s of ss.spans ?? []) spans.push({ service, name: s.name, traceId: s.traceId });
        }
      } catch {
        /* protobuf or garbage: ignored */
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', () => r()));
  const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`, OTEL_BSP_SCHEDULE_DELAY: '100' };
  const identityPort = await freePort();
  const routerPort = await freePort();
  run('subgraphs/identity/dist/main.js', { ...otel, IDENTITY_PORT: String(identityPort), PROCESS_ROLE: 'server' });
  await eventually(async () => (await fetch(`http://127.0.0.1:${identityPort}/ready`)).ok, 20_000);
  run('router/dist/main.js', { ...otel, ROUTER_PORT: String(routerPort), IDENTITY_URL: `http://127.0.0.1:${identityPort}` });
  // /health, not /ready: this test runs only identity, and /ready waits for every subgraph.
  await eventually(async () => (await fetch(`http://127.0.0.1:${routerPort}/health`)).ok, 20_000);
  await eventually(async () => (await fetch(`http://127.0.0.1:${routerPort}/graphql?query=%7B__typename%7D`, { headers: { "apollo-require-preflight": "1" } })).ok, 20_000);
  (globalThis as any).routerUrl = `http://127.0.0.1:${routerPort}/graphql`;
}, 60_000);

afterAll(async () => {
  for (const c of children) c.kill('SIGTERM');
  await new Promise((r) => collector?.close(r));
});

test('one sign-up through the router is one trace across router, identity and PostgreSQL', async () => {
  const r = await gql((globalThis as any).routerUrl, `mutation($i: SignUpInput!) { signUp(input: $i) { user { id } } }`, {
    i: { name: 'Rastreio', email: `trace-${Date.now()}@example.com`, password: 'senha-rastreio-1', companyName: 'Trace Ltda', taxId: generateCnpj() },
  });
  expect(r.errors).toBeUndefined();
  // Spans of one trace arrive in several export batches (per process, every 100 ms): wait for the
  // whole chain, router -> identity -> PostgreSQL, in one trace.
  const isIdentityPg = (n: string) => n.startsWith('prumo-identity:') && /pg\.query|INSERT|insert/i.test(n);
  const trace = await eventually(async () => {
    const byTrace = new Map<string, string[]>();
    for (const s of spans) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), `${s.service}:${s.name}`]);
    return [...byTrace.entries()].find(([, names]) => names.some((n) => n.startsWith('prumo-router:')) && names.some(isIdentityPg))?.[0];
  }, 15_000);
  const names = spans.filter((s) => s.traceId === trace).map((s) => `${s.service}:${s.name}`);
  expect(names.some((n) => n.startsWith('prumo-router:'))).toBe(true);
  expect(names.some(isIdentityPg)).toBe(true);
}, 40_000);
