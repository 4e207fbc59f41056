import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { Client } from 'pg';
import { loadConfig, QuotaClient, QUOTA_UNAVAILABLE, type RunningSubgraph } from '@prumo/kit';
import { startBilling } from '../src';
import { periodStart, resetsAt } from '../src/usage/periods';

type Billing = RunningSubgraph & { services: any };
const config = loadConfig();
let a: Billing;
let b: Billing;
let db: Client;

// Generous timeout: these tests are about atomicity under contention; 200 requests at once on a busy
// 2-core machine can queue past the production 2 s (fail-closed timeouts have their own test below).
const client = (billing: Billing) => new QuotaClient({ billingUrl: billing.url, serviceSecret: config.serviceTokenSecret, service: 'test', timeoutMs: 15_000 });

/** A tenant on a plan whose limit for `metric` is `limit` (staff-editable plans: a test-only plan row). */
async function tenantWithLimit(metric: string, limit: number): Promise<string> {
  const tenant = randomUUID();
  const plan = `test_${randomUUID().slice(0, 8)}`;
  await db.query(`insert into billing.plans (code, name, description, modules, api_requests_per_minute, public) values ($1, 'Teste', 'plano de teste', '{fiscal}', 60, false)`, [plan]);
  await db.query(`insert into billing.plan_limits (plan_code, metric, limit_value, period) select $1, metric, case when metric = $2 then $3 else limit_value end, period from billing.plan_limits where plan_code = 'free'`, [plan, metric, limit]);
  await db.query(`insert into billing.subscriptions (tenant_id, plan_code, status) values ($1, $2, 'active')`, [tenant, plan]);
  return tenant;
}

beforeAll(async () => {
  a = (await startBilling({ port: 0, role: 'server' })) as Billing;
  b = (await startBilling({ port: 0, role: 'server' })) as Billing;
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await a?.stop();
  await b?.stop();
});

test('200 concurrent reservations against a limit of 10, across two billing processes -> exactly 10 admitted', async () => {
  const tenant = await tenantWithLimit('agent_executions', 10);
  const clients = [client(a), client(b)];
  const results = await Promise.allSettled(
    Array.from({ length: 200 }, (_, i) => clients[i % 2].reserve(tenant, 'agent_executions', 1, `exec-${i}`)),
  );
  const admitted = results.filter((r) => r.status === 'fulfilled');
  const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  expect(admitted).toHaveLength(10);
  expect(refused).toHaveLength(190);
  for (const r of refused) expect(r.reason.extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', metric: 'agent_executions', limit: 10, used: 10, upgradeUrl: expect.stringContaining('/planos') });
  const counter = await db.query(`select used from billing.usage_counters where tenant_id = $1 and metric = 'agent_executions'`, [tenant]);
  expect(Number(counter.rows[0].used)).toBe(10);
  const reservations = await db.query(`select count(*)::int as n from billing.quota_reservations where tenant_id = $1`, [tenant]);
  expect(reservations.rows[0].n).toBe(10); // refused ones left no half-written row
});

test('a replayed idempotency key never counts twice, even concurrently', async () => {
  const tenant = await tenantWithLimit('document_uploads', 5);
  const q = client(a);
  const same = await Promise.all(Array.from({ length: 20 }, () => q.reserve(tenant, 'document_uploads', 1, 'upload-42')));
  expect(new Set(same.map((r) => r.reservationId)).size).toBe(1);
  expect(same.filter((r) => !r.replayed)).toHaveLength(1);
  expect(same.every((r) => r.used === 1)).toBe(true);
});

test('commit corrects by the real amount; release gives it back, once', async () => {
  const tenant = await tenantWithLimit('llm_tokens', 1000);
  const q = client(a);
  await q.reserve(tenant, 'llm_tokens', 300, 'call-1');
  const committed = await q.commit(tenant, 'call-1', 120);
  expect(committed.used).toBe(120);
  await q.reserve(tenant, 'llm_tokens', 500, 'call-2');
  expect((await q.release(tenant, 'call-2')).used).toBe(120);
  expect((await q.release(tenant, 'call-2')).used).toBe(120); // idempotent
  await expect(q.reserve(tenant, 'llm_tokens', 881, 'call-3')).rejects.toMatchObject({ extensions: { code: 'PAYMENT_REQUIRED', used: 120, limit: 1000 } });
});

test('gauges: raising over the limit is refused, lowering always works', async () => {
  const tenant = await tenantWithLimit('products', 3);
  const q = client(b);
  expect((await q.setGauge(tenant, 'products', 3)).used).toBe(3);
  await expect(q.setGauge(tenant, 'products', 4)).rejects.toMatchObject({ extensions: { code: 'PAYMENT_REQUIRED', metric: 'products', limit: 3, used: 3 } });
  expect((await q.setGauge(tenant, 'products', 1)).used).toBe(1);
});

test('periods roll over at midnight in America/Sao_Paulo, not UTC', async () => {
  const tenant = await tenantWithLimit('llm_tokens', 100);
  const clock = a.services.clock;
  const original = clock.now;
  try {
    // 23:59 in São Paulo on 30 Nov = 02:59 UTC on 1 Dec: still the 30th's daily counter.
    clock.now = () => new Date('2026-12-01T02:59:00Z');
    expect(periodStart('day', clock.now())).toBe('2026-11-30');
    expect(resetsAt('month', clock.now())!.toISOString()).toBe('2026-12-01T03:00:00.000Z');
    const q = client(a);
    await q.reserve(tenant, 'llm_tokens', 100, 'late-night');
    await expect(q.reserve(tenant, 'llm_tokens', 1, 'late-night-2')).rejects.toMatchObject({ extensions: { code: 'PAYMENT_REQUIRED', resetsAt: '2026-12-01T03:00:00.000Z' } });
    // 00:00 in São Paulo: a new day, a new counter.
    clock.now = () => new Date('2026-12-01T03:00:00Z');
    const fresh = await q.reserve(tenant, 'llm_tokens', 1, 'new-day');
    expect(fresh.used).toBe(1);
    expect(fresh.resetsAt).toBe('2026-12-02T03:00:00.000Z');
  } finally {
    clock.now = original;
  }
});

test('the internal API refuses calls without a service token for that tenant', async () => {
  const tenant = randomUUID();
  const res = await fetch(`${a.url}/internal/quota/reserve`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenantId: tenant, metric: 'users', amount: 1, idempotencyKey: 'x' }) });
  expect(res.status).toBe(401);
});

test('billing down: metered actions fail closed with a clear pt-BR error, and the circuit opens', async () => {
  // A billing that drops every connection, counting the attempts.
  let attempts = 0;
  const down = createServer((socket) => {
    attempts++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
  try {
    const dead = new QuotaClient({ billingUrl: `http://127.0.0.1:${(down.address() as AddressInfo).port}`, serviceSecret: config.serviceTokenSecret, service: 'test', timeoutMs: 300, resetMs: 60_000 });
    const tenant = randomUUID();
    for (let i = 0; i < 6; i++) {
      await expect(dead.reserve(tenant, 'agent_executions', 1, `k${i}`)).rejects.toMatchObject({ message: QUOTA_UNAVAILABLE, extensions: { code: 'INTERNAL', reason: 'QUOTA_UNAVAILABLE' } });
    }
    expect(dead.circuitOpen).toBe(true);
    const before = attempts;
    expect(before).toBeGreaterThanOrEqual(5);
    const started = Date.now();
    await expect(dead.reserve(tenant, 'agent_executions', 1, 'fast')).rejects.toMatchObject({ message: QUOTA_UNAVAILABLE });
    // The open circuit answers at once: billing is not called at all (no wait for its timeout).
    expect(attempts).toBe(before);
    expect(Date.now() - started).toBeLessThan(1000);
  } finally {
    await new Promise((resolve) => down.close(resolve));
  }
});
