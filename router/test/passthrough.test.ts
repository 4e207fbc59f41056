import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findPassthrough, PASSTHROUGH_RULES, proxy } from '../src/passthrough';

let upstream: Server;
let front: Server;
let seen: { method?: string; url?: string; headers?: IncomingMessage['headers']; body?: Buffer } = {};

const listen = (s: Server) => new Promise<number>((r) => s.listen(0, '127.0.0.1', () => r((s.address() as AddressInfo).port)));

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      seen = { method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks) };
      res.writeHead(202, { 'content-type': 'application/json', 'x-upstream': 'yes' }).end('{"stored":true}');
    });
  });
  const upstreamPort = await listen(upstream);
  front = createServer((req, res) => {
    void proxy(req, res, `http://127.0.0.1:${upstreamPort}`, { 'x-request-id': 'rid-1', 'x-prumo-client-ip': '203.0.113.9' });
  });
  await listen(front);
});
afterAll(async () => {
  await new Promise((r) => front.close(r));
  await new Promise((r) => upstream.close(r));
});

test('rules pick the owning subgraph by path prefix', () => {
  const rules = [
    { prefix: '/webhooks/stripe', subgraph: 'billing' as const },
    { prefix: '/uploads/', subgraph: 'documents' as const },
  ];
  expect(findPassthrough(rules, '/webhooks/stripe')?.subgraph).toBe('billing');
  expect(findPassthrough(rules, '/uploads/abc')?.subgraph).toBe('documents');
  expect(findPassthrough(rules, '/graphql')).toBeUndefined();
  // The real table: each provider's webhooks reach the subgraph that owns them.
  expect(findPassthrough(PASSTHROUGH_RULES, '/webhooks/stripe')?.subgraph).toBe('billing');
  expect(findPassthrough(PASSTHROUGH_RULES, '/webhooks/whatsapp')?.subgraph).toBe('identity');
});

test('the raw body, method, path and status pass unchanged; internal headers are the router’s own', async () => {
  const raw = Buffer.from('{"id":"evt_1",  "type":"x"}\n'); // byte-exact: webhook signatures depend on it
  const res = await fetch(`http://127.0.0.1:${(front.address() as AddressInfo).port}/webhooks/stripe?x=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=abc', 'x-prumo-client-ip': '6.6.6.6', traceparent: '00-bogus' },
    body: raw,
  });
  expect(res.status).toBe(202);
  expect(res.headers.get('x-upstream')).toBe('yes');
  expect(await res.json()).toEqual({ stored: true });
  expect(seen.method).toBe('POST');
  expect(seen.url).toBe('/webhooks/stripe?x=1');
  expect(seen.body!.equals(raw)).toBe(true);
  expect(seen.headers!['stripe-signature']).toBe('t=1,v1=abc');
  expect(seen.headers!['x-prumo-client-ip']).toBe('203.0.113.9');
  expect(seen.headers!['x-request-id']).toBe('rid-1');
  expect(seen.headers!.traceparent).toBeUndefined();
});
