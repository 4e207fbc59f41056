import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Queue } from 'bullmq';
import { countStatements, createLocalVerifier, loadConfig, QUEUES, type EventEnvelope, type RunningSubgraph } from '@prumo/kit';
import { eventually, gql, mintToken } from '@prumo/kit/testing';
import { rebuildAggregates, startLimits } from '../src';

const config = loadConfig();
let limits: RunningSubgraph & { services: any };
let queue: Queue<EventEnvelope>;
let db: Client;
const NOW = new Date('2026-11-22T15:00:00Z');

beforeAll(async () => {
  limits = (await startLimits({ port: 0, role: 'all', now: () => NOW, verifier: createLocalVerifier(config.jwtPrivateKey, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }) })) as any;
  queue = new Queue(QUEUES.events('limits'), { connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX });
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await queue?.close();
  await db?.end();
  await limits?.stop();
});

/** Sends a revenue event the way the outbox relay does (job id = event id). */
async function send(tenantId: string, type: 'revenue.recorded' | 'revenue.voided', payload: any, id = randomUUID()) {
  await queue.add(type, { id, type, tenantId, occurredAt: new Date().toISOString(), payload } as EventEnvelope, { jobId: id });
  return id;
}
const record = (tenantId: string, sourceId: string, amountCents: number, occurredOn: string, source = 'documents', extra = {}) =>
  send(tenantId, 'revenue.recorded', { source, sourceId, amountCents, occurredOn, ...extra });

function client(tenantId: string) {
  const token = mintToken({ tid: tenantId, role: 'owner', mods: ['fiscal'] });
  return (query: string, variables: Record<string, unknown> = {}) => gql(`${limits.url}/graphql`, query, variables, { token });
}
const LIMIT = `query($y: Int) { meiLimit(year: $y) { limitCents revenueCents remainingCents percent status meaning excessMonth notificationDeadline proportional months monthly { month revenueCents } projectedYearEndCents alertsSent { level } } }`;

async function settle(tenantId: string, expectedCents: number) {
  return eventually(async () => {
    const r = await client(tenantId)(LIMIT, { y: 2026 });
    return r.data?.meiLimit.revenueCents === expectedCents ? r.data.meiLimit : null;
  });
}

test.each([
  ['exactly R$ 81.000,00 is not over the limit', [8_100_000], 'WARNING', 100],
  ['R$ 97.200,00 is over, within the 20% tolerance', [8_100_000, 1_620_000], 'EXCEEDED', 120],
  ['R$ 97.200,01 loses MEI status retroactively', [8_100_000, 1_620_001], 'EXCEEDED_RETROACTIVE', 120],
  ['69.99% is OK', [5_669_999], 'OK', 70],
  ['70% is ATTENTION', [5_670_000], 'ATTENTION', 70],
])('%s', async (_name, amounts, status, percent) => {
  const tenant = randomUUID();
  for (const [i, cents] of amounts.entries()) await record(tenant, `nf-${i}`, cents, `2026-0${i + 3}-15`);
  const v = await settle(tenant, amounts.reduce((a, b) => a + b, 0));
  expect(v.status).toBe(status);
  expect(Math.round(v.percent)).toBe(percent);
  expect(v.limitCents).toBe(8_100_000);
});

test('over the limit: excess month, notification deadline (last business day of the next month) and the meaning in pt-BR', async () => {
  const tenant = randomUUID();
  await record(tenant, 'a', 8_000_000, '2026-05-10');
  await record(tenant, 'b', 200_000, '2026-07-02');
  const v = await settle(tenant, 8_200_000);
  expect(v).toMatchObject({ status: 'EXCEEDED', excessMonth: '2026-07', notificationDeadline: '2026-08-31', remainingCents: 0 });
  expect(v.meaning).toContain('31/08/2026');
  expect(v.alertsSent.map((a: any) => a.level)).toEqual([70, 90, 100]);
  const notes = await db.query(`select payload->>'key' as key from limits.outbox where tenant_id = $1 and type = 'notification.requested' order by 1`, [tenant]);
  expect(notes.rows.map((r) => r.key)).toEqual([70, 100, 90].map((l) => `mei-limit:${tenant}:2026:${l}`).sort());
});

test('a company that is not a MEI (NOT_MEI): revenue is summed, no limit, no alerts, no DAS-MEI', async () => {
  const tenant = randomUUID();
  const q = client(tenant);
  const set = await q(`mutation { updateFiscalProfile(input: { regime: NOT_MEI, countDocuments: true }) { regime } }`);
  expect(set.data).toEqual({ updateFiscalProfile: { regime: 'NOT_MEI' } });
  await record(tenant, 'ltda-1', 9_000_000, '2026-03-10');
  await record(tenant, 'ltda-2', 1_500_000, '2026-04-10');
  const v = await eventually(async () => {
    const r = await q(`query { meiLimit(year: 2026) { applies regime limitCents revenueCents remainingCents percent status meaning alertsSent { level } monthly { month revenueCents } } }`);
    return r.data?.meiLimit.revenueCents === 10_500_000 ? r.data.meiLimit : null;
  });
  expect(v).toMatchObject({ applies: false, regime: 'NOT_MEI', limitCents: 0, remainingCents: 0, percent: 0, status: 'OK', alertsSent: [] });
  expect(v.meaning).toMatch(/não é MEI/);
  expect(v.monthly.find((m: any) => m.month === '2026-03').revenueCents).toBe(9_000_000);
  // R$ 105.000,00 would be far over the MEI limit: no alert row, no notification.
  expect((await db.query(`select count(*)::int as n from limits.alerts where tenant_id = $1`, [tenant])).rows[0].n).toBe(0);
  expect((await db.query(`select count(*)::int as n from limits.outbox where tenant_id = $1 and type = 'notification.requested'`, [tenant])).rows[0].n).toBe(0);
  expect((await q(`query { dasCalendar(year: 2026) { competence } }`)).data).toEqual({ dasCalendar: [] });
  // Back to MEI: the same revenue is measured against the limit again.
  await q(`mutation { updateFiscalProfile(input: { regime: MEI }) { regime } }`);
  const mei = (await q(`query { meiLimit(year: 2026) { applies limitCents status } }`)).data!.meiLimit;
  expect(mei).toEqual({ applies: true, limitCents: 8_100_000, status: 'EXCEEDED_RETROACTIVE' });
});

test('opening in July: proportional limit R$ 40.500,00; R$ 40.500,01 is over it', async () => {
  const tenant = randomUUID();
  const r = await client(tenant)(`mutation { updateFiscalProfile(input: { openingDate: "2026-07-10", activity: BOTH }) { openingDate activity } }`);
  expect(r.data!.updateFiscalProfile).toEqual({ openingDate: '2026-07-10', activity: 'BOTH' });
  await record(tenant, 'x', 4_050_001, '2026-08-01');
  const v = await settle(tenant, 4_050_001);
  expect(v).toMatchObject({ limitCents: 4_050_000, proportional: true, months: 6, status: 'EXCEEDED' });
  const das = await client(tenant)(`query { dasCalendar(year: 2026) { competence dueDate amountCents } }`);
  expect(das.data!.dasCalendar[0]).toEqual({ competence: '2026-07', dueDate: '2026-08-20', amountCents: 8705 });
  expect(das.data!.dasCalendar).toHaveLength(6);
});

test('cancellation after counting removes the revenue; re-recording an edited invoice replaces it; duplicates count once', async () => {
  const tenant = randomUUID();
  const id = await record(tenant, 'nf-1', 100_000, '2026-10-05');
  await send(tenant, 'revenue.recorded', { source: 'documents', sourceId: 'nf-1', amountCents: 100_000, occurredOn: '2026-10-05' }, id); // same event again
  await record(tenant, 'nf-2', 50_000, '2026-10-06');
  await settle(tenant, 150_000);
  await send(tenant, 'revenue.voided', { source: 'documents', sourceId: 'nf-1' });
  await settle(tenant, 50_000);
  await record(tenant, 'nf-2', 70_000, '2026-11-01'); // edited amount and month
  const v = await settle(tenant, 70_000);
  expect(v.monthly.find((m: any) => m.month === '2026-10').revenueCents).toBe(0);
  expect(v.monthly.find((m: any) => m.month === '2026-11').revenueCents).toBe(70_000);
  const month = await client(tenant)(`query { revenue(month: "2026-11") { totalCents entries bySource { source cents } } }`);
  expect(month.data!.revenue).toEqual({ totalCents: 70_000, entries: 1, bySource: [{ source: 'documents', cents: 70_000 }] });
});

test('sources: finance and marketplace count only when chosen, and a sale with an invoice counts once', async () => {
  const tenant = randomUUID();
  await record(tenant, 'doc-1', 30_000, '2026-09-10', 'documents', { dedupeKey: 'KEY-1' });
  await record(tenant, 'sale-1', 30_000, '2026-09-10', 'marketplace', { dedupeKey: 'KEY-1' });
  await record(tenant, 'sale-2', 20_000, '2026-09-11', 'marketplace');
  await record(tenant, 'fin-1', 5_000, '2026-09-12', 'finance');
  await settle(tenant, 30_000); // documents only by default
  await client(tenant)(`mutation { updateFiscalProfile(input: { countMarketplace: true, countFinance: true }) { countMarketplace } }`);
  await settle(tenant, 30_000 + 20_000 + 5_000); // sale-1 is the invoiced sale: not twice
});

test('another account’s revenue is never visible or counted', async () => {
  const a = randomUUID();
  const b = randomUUID();
  await record(a, 'secret', 7_000_000, '2026-06-01');
  await settle(a, 7_000_000);
  const v = await client(b)(LIMIT, { y: 2026 });
  expect(v.data!.meiLimit.revenueCents).toBe(0);
  const m = await client(b)(`query { revenue(month: "2026-06") { totalCents } }`);
  expect(m.data!.revenue.totalCents).toBe(0);
});

test('meiLimit reads aggregates: a fixed, small number of statements whatever the ledger size', async () => {
  const tenant = randomUUID();
  for (let i = 0; i < 30; i++) await record(tenant, `many-${i}`, 1000, `2026-${String((i % 12) + 1).padStart(2, '0')}-10`);
  await settle(tenant, 30_000);
  const { statements } = await countStatements(() => limits.services.limits.meiLimit(tenant, 2026));
  expect(statements).toBeLessThanOrEqual(7); // begin, set_config, profile, months, alerts, commit (+ rules cache miss)
});

test('the nightly rebuild finds no drift after incremental updates, and fixes planted drift', async () => {
  const tenant = randomUUID();
  await record(tenant, 'r1', 12_345, '2026-02-02');
  await settle(tenant, 12_345);
  const clean = await rebuildAggregates(limits.services.ds, (limits as any).deps.logger);
  const before = await db.query(`select count(*)::int as n from limits.aggregate_drift where tenant_id = $1`, [tenant]);
  expect(before.rows[0].n).toBe(0);
  expect(clean.tenants).toBeGreaterThan(0);
  await db.query(`update limits.monthly_revenue set amount_cents = amount_cents + 1 where tenant_id = $1`, [tenant]);
  await rebuildAggregates(limits.services.ds, (limits as any).deps.logger);
  const after = await db.query(`select stored_cents, rebuilt_cents from limits.aggregate_drift where tenant_id = $1`, [tenant]);
  expect(after.rows).toEqual([{ stored_cents: '12346', rebuilt_cents: '12345' }]);
  await settle(tenant, 12_345);
});

test('bad input: invalid month and year are typed pt-BR errors; the module guard applies', async () => {
  const tenant = randomUUID();
  const bad = await client(tenant)(`query { revenue(month: "2026-13") { totalCents } }`);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { month: 'Mês inválido: use AAAA-MM.' } });
  const profile = await client(tenant)(`mutation { updateFiscalProfile(input: { openingDate: "2031-01-01" }) { openingDate } }`);
  expect(profile.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const noModule = await gql(`${limits.url}/graphql`, `query { meiLimit { status } }`, {}, { token: mintToken({ tid: tenant, mods: ['finance'] }) });
  expect(noModule.errors?.[0].extensions?.code).toBe('MODULE_DISABLED');
});

test('a stale event delivered late never overwrites a newer change', async () => {
  const tenant = randomUUID();
  await send(tenant, 'revenue.recorded', { source: 'documents', sourceId: 'v', amountCents: 500, occurredOn: '2026-04-01', version: 3 });
  await settle(tenant, 500);
  await send(tenant, 'revenue.recorded', { source: 'documents', sourceId: 'v', amountCents: 999_999, occurredOn: '2026-04-01', version: 2 });
  await send(tenant, 'revenue.voided', { source: 'documents', sourceId: 'v', version: 1 });
  await record(tenant, 'marker', 1, '2026-04-02');
  await settle(tenant, 501);
});

test('a void that overtakes its own recording (an invoice deleted right after upload) is not undone by it', async () => {
  const tenant = randomUUID();
  await send(tenant, 'revenue.voided', { source: 'documents', sourceId: 'apagada', version: 2 });
  await record(tenant, 'marker', 1, '2026-05-02');
  await settle(tenant, 1);
  await send(tenant, 'revenue.recorded', { source: 'documents', sourceId: 'apagada', amountCents: 80_000, occurredOn: '2026-05-01', version: 1 });
  await record(tenant, 'marker-2', 2, '2026-05-03');
  await settle(tenant, 3);
  // A later version (the invoice restored and re-recorded) counts again.
  await send(tenant, 'revenue.recorded', { source: 'documents', sourceId: 'apagada', amountCents: 80_000, occurredOn: '2026-05-01', version: 3 });
  const v = await settle(tenant, 80_003);
  expect(v.monthly.find((m: any) => m.month === '2026-05').revenueCents).toBe(80_003);
});
