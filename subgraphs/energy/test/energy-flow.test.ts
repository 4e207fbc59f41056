// The energy subgraph end to end: the router, the real energy worker driving Debian's Chromium with
// Playwright, and the simulated utility portal started in-process (behind a proxy that counts answers).
// One stack and one portal for the whole file: Chromium on 2 cores is slow, so browser steps are few.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client as Pg } from 'pg';
import { generateCpf, parsePix, saoPauloDate, validateBoletoLine } from '@prumo/br';
import { countStatements } from '@prumo/kit';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../../../test/stack';
import { holderData, startPortalSim, type HolderData, type PortalSim } from '../portal-sim/src';
import { signUp, upgradeToPro } from '../../../test/e2e/helpers';
import { countingProxy, holderWithPlant, holderWithPlants, lastCode, proAccount, watchSync } from './helpers';

let stack: Stack;
let portal: PortalSim;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let db: Pg;
let owner: { token: string; accountId: string };
let other: { token: string; accountId: string };
let holder: { taxId: string; data: HolderData };
let clientId: string;
let brokenUc: string;
/** The portal's clock runs this far from ours (a test moves it to make a sync "old"). */
let portalOffsetMs = 0;
const DAY_MS = 86_400_000;
/** 'AAAA-MM' k months from the month of 'AAAA-MM-DD'. */
const monthPlus = (day: string, k: number) => {
  const d = new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1 + k, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const todaySp = () => {
  const d = saoPauloDate(new Date())!;
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
};

const UNITS = 6;
const CLIENT = `id name taxId phoneLastDigits status statusMessage lastSyncStatus lastSyncMessage lastSyncErrors { uc message }`;
const INVOICE = `id portalId referenceMonth amount { cents formatted } dueDate status kwh barcodeLine formattedBarcodeLine barcodeValid pixCopyPaste pixValid items { description amount { cents } } pdfCached`;

const q = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(stack.graphqlUrl, query, variables, { token });

async function connect(taxId: string, name: string, token = owner.token): Promise<string> {
  const created = await q(`mutation($i: CreateEnergyClientInput!) { createEnergyClient(input: $i) { ${CLIENT} } }`, { i: { name, taxId, phoneLastDigits: '4321' } }, token);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createEnergyClient.id;
  const started = await q(`mutation($id: ID!) { startPortalLogin(clientId: $id) { status statusMessage } }`, { id }, token);
  expect(started.errors).toBeUndefined();
  expect(started.data!.startPortalLogin).toMatchObject({ status: 'AWAITING_SMS', statusMessage: expect.stringContaining('4321') });
  return id;
}

beforeAll(async () => {
  portal = await startPortalSim({ now: () => new Date(Date.now() + portalOffsetMs) });
  proxy = await countingProxy(portal.url);
  stack = await startStack({ env: { ENERGY_PORTAL_URL: proxy.url, ENERGY_RETRY_BASE_MS: '20', ENERGY_PAGE_ATTEMPTS: '8', RATE_LIMIT_IP_PER_MINUTE: '10000' } });
  [owner, other] = await Promise.all([proAccount(stack.graphqlUrl), proAccount(stack.graphqlUrl)]);
  // Two plants, one exempt from the Fio B (access requested up to 2023-01-07) and one not, and a plain unit to break.
  holder = holderWithPlants(UNITS);
  portal.setSwitches({ unitsPerHolder: { [holder.taxId]: UNITS } });
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
}, 120_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  await proxy?.stop();
  await portal?.stop();
});

test('create -> SMS login -> live sync to DONE; units and invoices equal the portal; a broken unit and 500s do not fail it', async () => {
  brokenUc = holder.data.units.find((u) => !u.generator && u.parentUc === null)!.uc;
  clientId = await connect(holder.taxId, 'Condomínio Solar');

  // Bad input is refused before anything is written.
  const bad = await q(`mutation { createEnergyClient(input: { name: "X", taxId: "123.456.789-00", phoneLastDigits: "12" }) { id } }`);
  expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: expect.any(String), phoneLastDigits: expect.any(String) } });

  const code = portal.lastCode(holder.taxId)!;
  expect(code).toMatch(/^\d{6}$/);
  portal.setSwitches({ brokenUnits: [brokenUc], failureRate: 0.25, failureSeed: 7 });
  const watch = watchSync(stack.graphqlUrl, owner.token, clientId);
  await watch.subscribed;
  const confirmed = await q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id: clientId, c: code });
  expect(confirmed.errors).toBeUndefined();
  expect(confirmed.data!.confirmPortalLogin.status).toBe('CONNECTED');

  const events = await watch.finished;
  portal.setSwitches({ brokenUnits: [], failureRate: 0 });
  const stages = events.map((e) => e.stage);
  for (const s of ['LOGIN', 'UNITS', 'GD', 'INVOICES', 'DONE']) expect(stages).toContain(s);
  expect(stages.indexOf('LOGIN')).toBeLessThan(stages.indexOf('UNITS'));
  expect(stages.indexOf('GD')).toBeLessThan(stages.lastIndexOf('INVOICES'));
  const last = events.at(-1);
  expect(last).toMatchObject({ state: 'DONE', unitsTotal: UNITS, unitsDone: UNITS, client: { id: clientId, status: 'CONNECTED', lastSyncStatus: 'DONE' } });
  expect(last.errors).toEqual([{ uc: brokenUc, message: expect.stringContaining(brokenUc) }]);
  expect(events.some((e) => e.stage === 'INVOICES' && /\d+ de 6 unidades/.test(e.message))).toBe(true);
  // The portal did answer 500s (random failures and the broken unit) and the robot retried past them.
  expect(proxy.statuses.filter((s) => s === 500).length).toBeGreaterThan(2);

  const r = await q(`query($id: ID!) { energyClient(id: $id) { ${CLIENT} units { id uc cdc address tariffClass generator creditBalanceKwh parentUc allocationPercent lastError
    invoices(first: 24) { nodes { ${INVOICE} } pageInfo { hasNextPage } } } } }`, { id: clientId });
  expect(r.errors).toBeUndefined();
  const client = r.data!.energyClient;
  expect(client.lastSyncErrors).toEqual([{ uc: brokenUc, message: expect.any(String) }]);
  expect(client.units.map((u: any) => u.uc).sort()).toEqual(holder.data.units.map((u) => u.uc).sort());
  const today = new Date();
  for (const pu of holder.data.units) {
    const u = client.units.find((x: any) => x.uc === pu.uc);
    expect(u).toMatchObject({ cdc: pu.cdc, address: pu.address, tariffClass: pu.tariffClass, generator: pu.generator, parentUc: pu.parentUc, allocationPercent: pu.allocationPercent });
    expect(u.creditBalanceKwh).toBe(pu.creditBalanceKwh); // plants and beneficiaries have balances; plain units 0
    if (pu.uc === brokenUc) {
      expect(u.lastError).toContain(brokenUc);
      expect(u.invoices.nodes).toEqual([]);
      continue;
    }
    expect(u.lastError).toBeNull();
    expect(u.invoices.nodes).toHaveLength(24);
    expect(u.invoices.nodes.map((i: any) => i.portalId)).toEqual(pu.invoices.map((i) => i.id));
    for (const [k, pi] of pu.invoices.entries()) {
      const i = u.invoices.nodes[k];
      expect(i).toMatchObject({
        referenceMonth: pi.referenceMonth,
        dueDate: pi.dueDate,
        amount: { cents: pi.amountCents },
        kwh: pi.kwh,
        status: { PAGA: 'PAID', EM_ABERTO: 'OPEN', VENCIDA: 'OVERDUE' }[pi.status],
        barcodeLine: pi.barcodeLine,
        barcodeValid: true,
      });
      expect(i.items.map((it: any) => [it.description, it.amount.cents])).toEqual(pi.items.map((it) => [it.description, it.amountCents]));
      const line = validateBoletoLine(i.barcodeLine, today);
      expect(line.ok && line.value.kind === 'ARRECADACAO' && i.barcodeLine.startsWith('83')).toBe(true);
      expect(i.formattedBarcodeLine.replace(/\D/g, '')).toBe(pi.barcodeLine);
      if (pi.pixCopyPaste) {
        expect(i.pixCopyPaste).toBe(pi.pixCopyPaste);
        expect(parsePix(i.pixCopyPaste).ok).toBe(true);
        expect(i.pixValid).toBe(true);
      }
    }
  }

  // invoice(id) and energyOverview (CONTRACTS.md shape).
  const someUnit = client.units.find((u: any) => u.invoices.nodes.length);
  const inv = await q(`query($id: ID!) { invoice(id: $id) { ${INVOICE} unit { uc } } }`, { id: someUnit.invoices.nodes[0].id });
  expect(inv.data!.invoice).toMatchObject({ id: someUnit.invoices.nodes[0].id, unit: { uc: someUnit.uc } });
  const ov = await q(`query { energyOverview { clients units openInvoices { id referenceMonth amount { cents } dueDate status kwh barcodeLine formattedBarcodeLine pixCopyPaste unit { id uc } } openAmount { cents } overdueCount overdueAmount { cents } last12MonthsCost { cents } last12MonthsKwh } }`);
  expect(ov.errors).toBeUndefined();
  const synced = holder.data.units.filter((u) => u.uc !== brokenUc).flatMap((u) => u.invoices);
  const open = synced.filter((i) => i.status !== 'PAGA');
  const overdue = synced.filter((i) => i.status === 'VENCIDA');
  expect(ov.data!.energyOverview).toMatchObject({
    clients: 1,
    units: UNITS,
    openAmount: { cents: open.reduce((s, i) => s + i.amountCents, 0) },
    overdueCount: overdue.length,
    overdueAmount: { cents: overdue.reduce((s, i) => s + i.amountCents, 0) },
  });
  expect(ov.data!.energyOverview.openInvoices).toHaveLength(open.length);
  expect(ov.data!.energyOverview.openInvoices.every((i: any) => i.status !== 'PAID')).toBe(true);

  // A second sync is idempotent: same rows, no duplicates.
  const before = (await db.query(`select count(*)::int as n from energy.invoices where tenant_id = (select tenant_id from energy.clients where id = $1)`, [clientId])).rows[0].n;
  const again = await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { lastSyncStatus } }`, { id: clientId });
  expect(again.errors).toBeUndefined();
  const w2 = watchSync(stack.graphqlUrl, owner.token, clientId);
  const ev2 = await w2.finished;
  expect(ev2.at(-1)).toMatchObject({ state: 'DONE', errors: [] });
  const after = (await db.query(`select count(*)::int as n from energy.invoices where tenant_id = (select tenant_id from energy.clients where id = $1)`, [clientId])).rows[0].n;
  expect(after).toBe(before + 24); // only the formerly broken unit's 24 invoices are new
  // The portal session is stored encrypted (AES-256-GCM), never as plain cookies.
  const sess = (await db.query(`select kind, state_encrypted from energy.portal_sessions where client_id = $1`, [clientId])).rows[0];
  expect(sess.kind).toBe('SESSION');
  expect(sess.state_encrypted).not.toMatch(/PORTALSESSID/);
  expect(Buffer.from(sess.state_encrypted, 'base64').toString('latin1')).not.toContain('PORTALSESSID');
}, 240_000);

test('the GD tree sums: beneficiaries + retained = 100%, balances as the portal shows them, expiring credits, savings net of Fio B; allocation requests', async () => {
  const CREDIT = `originMonth kwh expiresMonth`;
  const r = await q(`query($id: ID!) { generationTree(clientId: $id, months: 60) { months estimatedSavings { cents }
    plants { unit { id uc } balanceKwh treeBalanceKwh referenceMonth injectedKwh receivedKwh compensatedKwh accessRequestedOn fioBExempt
      allocatedPercent retainedPercent fioBSharePercent averageTariffPerKwh { cents } averageTariffCentsPerKwh estimatedSavings { cents }
      beneficiaries { unit { id uc creditBalanceKwh } percent balanceKwh receivedKwh compensatedKwh credits { ${CREDIT} } expiringCredits { ${CREDIT} } expiringKwh }
      credits { ${CREDIT} } expiringCredits { ${CREDIT} } expiringKwh } } }`, { id: clientId });
  expect(r.errors).toBeUndefined();
  const tree = r.data!.generationTree;
  const plants = holder.data.units.filter((u) => u.generator);
  expect(tree.plants).toHaveLength(plants.length);
  const today = todaySp();
  const byOrigin = (cs: Array<{ originMonth: string; kwh: number; expiresMonth: string }>) =>
    cs.map((c) => ({ originMonth: c.originMonth, kwh: c.kwh, expiresMonth: c.expiresMonth })).sort((a, b) => a.originMonth.localeCompare(b.originMonth));
  const expiring = (cs: Array<{ expiresMonth: string; kwh: number }>) => cs.filter((c) => c.expiresMonth >= today.slice(0, 7) && c.expiresMonth <= monthPlus(today, 59));
  const savingsExpected: number[] = [];
  for (const p of tree.plants) {
    const pu = holder.data.units.find((u) => u.uc === p.unit.uc)!;
    const bens = holder.data.units.filter((u) => u.parentUc === pu.uc);
    expect(p.beneficiaries.map((b: any) => [b.unit.uc, b.percent]).sort()).toEqual(bens.map((b) => [b.uc, b.allocationPercent]).sort());
    const allocated = bens.reduce((s, b) => s + (b.allocationPercent ?? 0), 0);
    expect(p.allocatedPercent).toBeCloseTo(allocated, 2);
    expect(p.retainedPercent).toBeCloseTo(100 - allocated, 2);
    // The plant: what the portal's GD page shows.
    expect(p).toMatchObject({
      balanceKwh: pu.creditBalanceKwh,
      referenceMonth: pu.gd!.referenceMonth,
      injectedKwh: pu.gd!.injectedKwh,
      receivedKwh: pu.gd!.receivedKwh,
      compensatedKwh: pu.gd!.compensatedKwh,
      accessRequestedOn: pu.accessRequestDate,
    });
    expect(p.credits.reduce((s: number, c: any) => s + c.kwh, 0)).toBe(pu.creditBalanceKwh);
    expect(p.credits).toEqual(byOrigin(pu.credits));
    expect(p.expiringCredits).toEqual(byOrigin(expiring(pu.credits)));
    expect(p.expiringKwh).toBe(expiring(pu.credits).reduce((s, c) => s + c.kwh, 0));
    // Each beneficiary: its own balance, month figures and credits, equal to the simulator's.
    for (const b of p.beneficiaries) {
      const bu = bens.find((x) => x.uc === b.unit.uc)!;
      expect(bu.gd).not.toBeNull();
      expect(b).toMatchObject({ balanceKwh: bu.creditBalanceKwh, receivedKwh: bu.gd!.receivedKwh, compensatedKwh: bu.gd!.compensatedKwh, unit: { creditBalanceKwh: bu.creditBalanceKwh } });
      expect(b.credits).toEqual(byOrigin(bu.credits));
      expect(b.credits.reduce((s: number, c: any) => s + c.kwh, 0)).toBe(b.balanceKwh);
      expect(b.expiringCredits).toEqual(byOrigin(expiring(bu.credits)));
      expect(b.expiringKwh).toBe(expiring(bu.credits).reduce((s, c) => s + c.kwh, 0));
    }
    // The tree sums: balances add up, and the month's injection is what the plant kept plus what each beneficiary received.
    expect(p.treeBalanceKwh).toBe(pu.creditBalanceKwh + bens.reduce((s, b) => s + b.creditBalanceKwh, 0));
    expect(pu.gd!.injectedKwh).toBe(pu.gd!.receivedKwh + bens.reduce((s, b) => s + b.gd!.receivedKwh, 0)); // the simulator's ledger is consistent

    // Savings, computed here from the simulator's data: the tree's balance x the average kWh price of
    // its bills of the last 12 months (a fraction of centavos), less the Fio B share on it
    // (Lei 14.300: none for access requested up to 2023-01-07; 15% in 2023 ... 90% from 2028) x the
    // Fio B weight of the tariff (28%, migration), rounded half up once.
    const treeUnits = [pu, ...bens];
    const from = monthPlus(today, -11);
    const bills = treeUnits.flatMap((u) => u.invoices).filter((i) => i.referenceMonth >= from && i.kwh > 0);
    const cents = bills.reduce((s, i) => s + i.amountCents, 0);
    const kwh = bills.reduce((s, i) => s + i.kwh, 0);
    const balance = treeUnits.reduce((s, u) => s + u.creditBalanceKwh, 0);
    const exempt = pu.accessRequestDate! <= '2023-01-07';
    const year = Number(today.slice(0, 4));
    const share = exempt ? 0 : year >= 2028 ? 90 : ({ 2023: 15, 2024: 30, 2025: 45, 2026: 60, 2027: 75 } as Record<number, number>)[year]!;
    const num = BigInt(balance) * BigInt(cents) * BigInt(10_000 - share * 28);
    const den = BigInt(kwh) * 10_000n;
    const expected = Number((2n * num + den) / (2n * den));
    expect(p.fioBExempt).toBe(exempt);
    expect(p.fioBSharePercent).toBe(share);
    expect(p.averageTariffCentsPerKwh).toBeCloseTo(cents / kwh, 9);
    expect(p.averageTariffPerKwh.cents).toBe(Math.round(cents / kwh));
    expect(p.estimatedSavings.cents).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    savingsExpected.push(expected);
  }
  // The fixture has one exempt plant and one that pays the Fio B.
  expect(tree.plants.map((p: any) => p.fioBExempt).sort()).toEqual([false, true]);
  expect(tree.estimatedSavings.cents).toBe(savingsExpected.reduce((s, x) => s + x, 0));

  const plant = tree.plants.find((p: any) => p.beneficiaries.length);
  const units = (await q(`query($id: ID!) { energyClient(id: $id) { units { id uc generator } } }`, { id: clientId })).data!.energyClient.units;
  const others = units.filter((u: any) => u.id !== plant.unit.id);
  const M = `mutation($i: AllocationChangeInput!) { requestAllocationChange(input: $i) { id totalPercent retainedPercent warning effectiveDate status allocations { uc percent } } }`;
  const over = await q(M, { i: { generatorUnitId: plant.unit.id, allocations: [{ unitId: others[0].id, percent: 60 }, { unitId: others[1].id, percent: 40.5 }] } });
  expect(over.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { allocations: expect.stringContaining('100%') } });
  const self = await q(M, { i: { generatorUnitId: plant.unit.id, allocations: [{ unitId: plant.unit.id, percent: 10 }] } });
  expect(self.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  const ok = await q(M, { i: { generatorUnitId: plant.unit.id, allocations: [{ unitId: others[0].id, percent: 60 }, { unitId: others[1].id, percent: 30 }] } });
  expect(ok.errors).toBeUndefined();
  expect(ok.data!.requestAllocationChange).toMatchObject({ totalPercent: 90, retainedPercent: 10, status: 'PENDING', warning: expect.stringContaining('10,00%') });
  expect(ok.data!.requestAllocationChange.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const count = (await db.query(`select count(*)::int as n from energy.allocation_requests where generator_unit_id = $1`, [plant.unit.id])).rows[0].n;
  expect(count).toBe(1); // the refused ones wrote nothing
}, 60_000);

test('"Sincronizar" while a sync runs answers the client as it is: no "Na fila" over the running sync, no QUEUED event mid-run, one run', async () => {
  portal.setSwitches({ latencyMs: 120 }); // a slower portal: the run lasts long enough to click again
  try {
    const first = await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { lastSyncStatus lastSyncMessage } }`, { id: clientId });
    expect(first.errors).toBeUndefined();
    // Queued (or already picked up by the worker).
    expect(first.data!.syncEnergyClient).toMatchObject({ lastSyncStatus: 'RUNNING', lastSyncMessage: expect.stringMatching(/^(Na fila para sincronizar|Sincronizando com o portal da distribuidora)$/) });
    const watch = watchSync(stack.graphqlUrl, owner.token, clientId);
    await watch.subscribed;
    // Wait until the robot is at work (past LOGIN), then click again.
    for (let i = 0; i < 600 && !watch.events.some((e) => e.state === 'RUNNING' && e.stage !== 'LOGIN'); i++) await new Promise((res) => setTimeout(res, 50));
    const seenBefore = watch.events.length;
    expect(watch.events.at(-1).state).toBe('RUNNING');
    const again = await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { status lastSyncStatus lastSyncMessage } }`, { id: clientId });
    expect(again.errors).toBeUndefined();
    expect(again.data!.syncEnergyClient).toEqual({ status: 'CONNECTED', lastSyncStatus: 'RUNNING', lastSyncMessage: 'Sincronizando com o portal da distribuidora' });
    const events = await watch.finished;
    expect(events.at(-1)).toMatchObject({ state: 'DONE', client: { lastSyncStatus: 'DONE' } });
    // Nothing went back to the queue in the middle of the run, and progress never went backwards.
    const started = events.findIndex((e) => e.state === 'RUNNING');
    expect(started).toBeLessThan(seenBefore);
    expect(events.slice(started).some((e) => e.state === 'QUEUED')).toBe(false);
    const running = events.filter((e) => e.state === 'RUNNING');
    expect(running.filter((e) => e.stage === 'LOGIN').length).toBeLessThanOrEqual(1);
    for (let k = 1; k < running.length; k++) expect(running[k].percent).toBeGreaterThanOrEqual(running[k - 1].percent);
    // And no second run was queued behind it.
    await new Promise((res) => setTimeout(res, 1500));
    const after = await q(`query($id: ID!) { energyClient(id: $id) { lastSyncStatus } }`, { id: clientId });
    expect(after.data!.energyClient.lastSyncStatus).toBe('DONE');
  } finally {
    portal.setSwitches({ latencyMs: 0 });
  }
}, 120_000);

test('an open invoice whose due date has passed reads OVERDUE everywhere (unit invoices, invoice, overview) before any re-sync', async () => {
  // The portal's clock runs 60 days behind while this holder syncs: its bills "Em aberto" then are past due today.
  const account = await proAccount(stack.graphqlUrl);
  const taxId = holderWithPlant(3).taxId;
  portal.setSwitches({ unitsPerHolder: { ...portal.switches().unitsPerHolder, [taxId]: 3 } });
  portalOffsetMs = -60 * DAY_MS;
  let id: string;
  const synced = new Date(Date.now() + portalOffsetMs);
  try {
    id = await connect(taxId, 'Sítio Sincronizado Há Tempo', account.token);
    const watch = watchSync(stack.graphqlUrl, account.token, id);
    await watch.subscribed;
    const ok = await q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id, c: portal.lastCode(taxId)! }, account.token);
    expect(ok.errors).toBeUndefined();
    expect((await watch.finished).at(-1)).toMatchObject({ state: 'DONE' });
  } finally {
    portalOffsetMs = 0;
  }
  const data = holderData(taxId, { units: 3, today: synced });
  const today = todaySp();
  const expected = (i: HolderData['units'][number]['invoices'][number]) => (i.status === 'PAGA' ? 'PAID' : i.dueDate < today ? 'OVERDUE' : 'OPEN');
  const all = data.units.flatMap((u) => u.invoices.map((i) => ({ ...i, uc: u.uc })));
  const stale = all.filter((i) => i.status === 'EM_ABERTO' && i.dueDate < today);
  expect(stale.length).toBeGreaterThan(0); // the portal said "Em aberto" then; they are overdue now
  // Stored as the portal said (no re-sync happened)...
  const stored = (await db.query(`select portal_id, status from energy.invoices where portal_id = any($1)`, [stale.map((i) => i.id)])).rows;
  expect(stored.map((r) => r.status)).toEqual(stale.map(() => 'OPEN'));

  // ...and served as OVERDUE: the unit invoices connection,
  const c = (await q(`query($id: ID!) { energyClient(id: $id) { units { uc invoices(first: 24) { nodes { id portalId status dueDate } } } } }`, { id: id! }, account.token)).data!.energyClient;
  const served = c.units.flatMap((u: any) => u.invoices.nodes);
  expect(served).toHaveLength(all.length);
  for (const i of all) expect(served.find((x: any) => x.portalId === i.id)).toMatchObject({ status: expected(i), dueDate: i.dueDate });
  // invoice(id),
  const staleIds = served.filter((x: any) => stale.some((i) => i.id === x.portalId)).map((x: any) => x.id);
  for (const sid of staleIds) expect((await q(`query($id: ID!) { invoice(id: $id) { status } }`, { id: sid }, account.token)).data!.invoice.status).toBe('OVERDUE');
  // and the overview's list and totals.
  const ov = (await q(`query { energyOverview { openInvoices { id status } openAmount { cents } overdueCount overdueAmount { cents } } }`, {}, account.token)).data!.energyOverview;
  const unpaid = all.filter((i) => i.status !== 'PAGA');
  const overdue = unpaid.filter((i) => i.dueDate < today);
  expect(ov.openInvoices).toHaveLength(unpaid.length);
  expect(ov.openInvoices.filter((i: any) => i.status === 'OVERDUE').map((i: any) => i.id).sort()).toEqual(served.filter((x: any) => overdue.some((i) => i.id === x.portalId)).map((x: any) => x.id).sort());
  expect(ov).toMatchObject({
    openAmount: { cents: unpaid.reduce((s, i) => s + i.amountCents, 0) },
    overdueCount: overdue.length,
    overdueAmount: { cents: overdue.reduce((s, i) => s + i.amountCents, 0) },
  });
}, 120_000);

test('invoicePdf downloads through the robot once, caches it, and returns an expiring link serving a PDF', async () => {
  const units = (await q(`query($id: ID!) { energyClient(id: $id) { units { uc invoices(first: 1) { nodes { id pdfCached } } } } }`, { id: clientId })).data!.energyClient.units;
  const inv = units.find((u: any) => u.invoices.nodes.length).invoices.nodes[0];
  expect(inv.pdfCached).toBe(false);
  const r = await q(`query($id: ID!) { invoicePdf(invoiceId: $id) { url expiresAt } }`, { id: inv.id });
  expect(r.errors).toBeUndefined();
  const url = new URL(r.data!.invoicePdf.url);
  expect(url.pathname).toMatch(/^\/files\/energy\//);
  const file = await fetch(r.data!.invoicePdf.url);
  expect(file.status).toBe(200);
  expect(file.headers.get('content-type')).toBe('application/pdf');
  expect(Buffer.from(await file.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  const pdfRequests = () => proxy.statuses.length;
  const n = pdfRequests();
  const cached = await q(`query($id: ID!) { invoicePdf(invoiceId: $id) { url } invoice(id: $id) { pdfCached } }`, { id: inv.id });
  expect(cached.data!.invoice.pdfCached).toBe(true);
  expect(pdfRequests()).toBe(n); // served from storage: the portal was not asked again
  const tampered = await fetch(r.data!.invoicePdf.url.replace(/sig=[^&]+/, 'sig=x'));
  expect(tampered.status).toBe(403);
}, 60_000);

test('statement count: units + invoices of a client is a fixed number of queries (no N+1)', async () => {
  // Counted across the router hop: only the statements this request caused (kit countStatements).
  const run = async (first: number) => {
    const { result: r, statements } = await countStatements(() =>
      q(`query($id: ID!, $f: Int) { energyClients { id units { id uc invoices(first: $f) { nodes { id amount { cents } unit { uc } } } } } energyClient(id: $id) { id } }`, { id: clientId, f: first }),
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.energyClients[0].units).toHaveLength(UNITS);
    return statements;
  };
  const a = await run(24);
  const b = await run(3);
  // energyClients + units (one query) + invoices of every unit (one window query) + unit refs (one), each in a tenant transaction.
  expect(a).toBeGreaterThan(0);
  expect(a).toBeLessThanOrEqual(24);
  expect(b).toBe(a);
}, 60_000);

test('isolation: another account cannot read, sync, log in or change this client, its units or invoices', async () => {
  const mine = (await q(`query($id: ID!) { energyClient(id: $id) { units { id generator invoices(first: 1) { nodes { id } } } } }`, { id: clientId })).data!.energyClient;
  const unit = mine.units.find((u: any) => u.invoices.nodes.length);
  const plant = mine.units.find((u: any) => u.generator);
  const r = await q(`query($c: ID!, $u: ID!, $i: ID!) { energyClients { id } energyClient(id: $c) { id } consumerUnit(id: $u) { id } invoice(id: $i) { id } energyOverview { clients units openAmount { cents } } }`, { c: clientId, u: unit.id, i: unit.invoices.nodes[0].id }, other.token);
  expect(r.errors).toBeUndefined();
  expect(r.data).toMatchObject({ energyClients: [], energyClient: null, consumerUnit: null, invoice: null, energyOverview: { clients: 0, units: 0, openAmount: { cents: 0 } } });
  for (const m of [`syncEnergyClient(clientId: $id) { id }`, `startPortalLogin(clientId: $id) { id }`, `confirmPortalLogin(clientId: $id, code: "123456") { id }`]) {
    const x = await q(`mutation($id: ID!) { ${m} }`, { id: clientId }, other.token);
    expect(x.errors![0].extensions!.code).toBe('NOT_FOUND');
  }
  const pdf = await q(`query($id: ID!) { invoicePdf(invoiceId: $id) { url } }`, { id: unit.invoices.nodes[0].id }, other.token);
  expect(pdf.errors![0].extensions!.code).toBe('NOT_FOUND');
  const tree = await q(`query($id: ID!) { generationTree(clientId: $id) { plants { unit { id } } } }`, { id: clientId }, other.token);
  expect(tree.errors![0].extensions!.code).toBe('NOT_FOUND');
  const alloc = await q(`mutation($g: ID!, $u: ID!) { requestAllocationChange(input: { generatorUnitId: $g, allocations: [{ unitId: $u, percent: 10 }] }) { id } }`, { g: plant.id, u: unit.id }, other.token);
  expect(alloc.errors![0].extensions!.code).toBe('NOT_FOUND');
  // The same holder may be a client of another account too: separate rows, separate sessions.
  const dup = await q(`mutation($t: String!) { createEnergyClient(input: { name: "Outro", taxId: $t, phoneLastDigits: "1111" }) { id status } }`, { t: holder.taxId }, other.token);
  expect(dup.data!.createEnergyClient.status).toBe('DISCONNECTED');
  const again = await q(`mutation($t: String!) { createEnergyClient(input: { name: "De novo", taxId: $t, phoneLastDigits: "1111" }) { id } }`, { t: holder.taxId });
  expect(again.errors![0].extensions!.code).toBe('CONFLICT');
}, 60_000);

test('wrong SMS codes give "Código inválido...", the third locks the login with a clear error', async () => {
  const taxId = holderWithPlant(3).taxId;
  portal.setSwitches({ unitsPerHolder: { [holder.taxId]: UNITS, [taxId]: 3 } });
  const id = await connect(taxId, 'Padaria Bom Pão');
  const right = await lastCode(portal.url, taxId);
  const wrong = right === '000000' ? '111111' : '000000';
  const confirm = (c: string) => q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id, c });
  const malformed = await confirm('12a');
  expect(malformed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { code: 'O código tem 6 dígitos.' } });
  const first = await confirm(wrong);
  expect(first.errors![0]).toMatchObject({ message: expect.stringMatching(/^Código inválido\. Restam 2 tentativas/), extensions: { code: 'BAD_USER_INPUT', fields: { code: expect.any(String) } } });
  await confirm(wrong);
  const third = await confirm(wrong);
  expect(third.errors![0]).toMatchObject({ message: expect.stringContaining('bloqueado'), extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } });
  const c = (await q(`query($id: ID!) { energyClient(id: $id) { status statusMessage } }`, { id })).data!.energyClient;
  expect(c.status).toBe('DISCONNECTED');
  expect(c.statusMessage).toContain('bloqueado');
  // While locked, asking for a new code says so too.
  const restart = await q(`mutation($id: ID!) { startPortalLogin(clientId: $id) { status } }`, { id });
  expect(restart.errors![0]).toMatchObject({ message: expect.stringContaining('bloqueado'), extensions: { code: 'RATE_LIMITED' } });
}, 90_000);

test('session expiry mid-sync: FAILED "Sessão expirada, conecte novamente", status back to needing login, synced data kept', async () => {
  const taxId = holderWithPlant(5).taxId;
  const data = holderData(taxId, { units: 5 });
  portal.setSwitches({ unitsPerHolder: { [holder.taxId]: UNITS, [taxId]: 5 } });
  const generators = data.units.filter((u) => u.generator).length;
  // After login: the landing page, the units page, each GD page, then two invoice pages; the next dies.
  portal.setSwitches({ expireSessionAfterRequests: 2 + generators + 2 });
  const id = await connect(taxId, 'Loja Centro');
  const watch = watchSync(stack.graphqlUrl, owner.token, id);
  await watch.subscribed;
  const ok = await q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id, c: portal.lastCode(taxId)! });
  expect(ok.data!.confirmPortalLogin.status).toBe('CONNECTED');
  const events = await watch.finished;
  portal.setSwitches({ expireSessionAfterRequests: null });
  expect(events.at(-1)).toMatchObject({ state: 'FAILED', stage: 'FAILED', message: 'Sessão expirada, conecte novamente', client: { status: 'DISCONNECTED', statusMessage: 'Sessão expirada, conecte novamente' } });
  const c = (await q(`query($id: ID!) { energyClient(id: $id) { status lastSyncStatus units { uc invoices(first: 24) { nodes { id } } } } }`, { id })).data!.energyClient;
  expect(c).toMatchObject({ status: 'DISCONNECTED', lastSyncStatus: 'FAILED' });
  expect(c.units).toHaveLength(5);
  const withInvoices = c.units.filter((u: any) => u.invoices.nodes.length === 24);
  expect(withInvoices.length).toBe(2);
  // Syncing now asks to connect first; the stored session is gone.
  const sync = await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { id } }`, { id });
  expect(sync.errors![0].extensions!.code).toBe('CONFLICT');
  expect((await db.query(`select count(*)::int as n from energy.portal_sessions where client_id = $1`, [id])).rows[0].n).toBe(0);
}, 120_000);

test('demo seed (scripts/demo/energy.js): a client connected through the SMS inbox and synced, idempotent', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { seedEnergy } = require('../../../scripts/demo/energy.js');
  const user = await signUp(stack.graphqlUrl);
  await upgradeToPro(stack.graphqlUrl, user.token); // the token given predates the upgrade, as in seed-demo.js
  portal.setSwitches({ unitsPerHolder: { ...portal.switches().unitsPerHolder, '52998224725': 3 } });
  const saved = process.env.ENERGY_PORTAL_URL;
  delete process.env.ENERGY_PORTAL_URL;
  try {
    await seedEnergy({ graphqlUrl: stack.graphqlUrl, token: user.token, otherToken: other.token, config: { ENERGY_PORTAL_URL: portal.url } });
    await seedEnergy({ graphqlUrl: stack.graphqlUrl, token: user.token, otherToken: other.token, config: { ENERGY_PORTAL_URL: portal.url } });
  } finally {
    if (saved !== undefined) process.env.ENERGY_PORTAL_URL = saved;
  }
  const fresh = await gql(stack.graphqlUrl, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { login: user.email, password: user.password } });
  const r = await gql(stack.graphqlUrl, `query { energyClients { status lastSyncStatus units { uc invoices(first: 24) { nodes { id } } } } }`, {}, { token: fresh.data!.signIn.accessToken });
  expect(r.data!.energyClients).toHaveLength(1);
  expect(r.data!.energyClients[0]).toMatchObject({ status: 'CONNECTED', lastSyncStatus: 'DONE' });
  expect(r.data!.energyClients[0].units).toHaveLength(3);
  expect(r.data!.energyClients[0].units.every((u: any) => u.invoices.nodes.length === 24)).toBe(true);
}, 90_000);

let fullClientId: string;
let fullHolderUcs: string[];
let formerClientId: string;

test('the energy_units gauge is reserved at billing: units over the plan limit are listed as errors, the rest syncs', async () => {
  // The other account already tracks 98 of the Pro plan's 100 units: a client of long ago with 98
  // units (rows written as the superuser, as if synced then) and the gauge that counts them.
  formerClientId = randomUUID();
  await db.query(`insert into energy.clients (tenant_id, id, name, tax_id, phone_last_digits, status) values ($1, $2, 'Rede Antiga', $3, '5555', 'DISCONNECTED')`, [
    other.accountId,
    formerClientId,
    generateCpf(),
  ]);
  await db.query(
    `insert into energy.units (tenant_id, id, client_id, uc) select $1, gen_random_uuid(), $2, 'ANTIGA-' || n from generate_series(1, 98) n`,
    [other.accountId, formerClientId],
  );
  await db.query(
    `insert into billing.usage_counters (tenant_id, metric, period_start, used) values ($1, 'energy_units', '1970-01-01', 98)
     on conflict (tenant_id, metric, period_start) do update set used = 98`,
    [other.accountId],
  );
  const taxId = holderWithPlant(4).taxId;
  const data = holderData(taxId, { units: 4 });
  portal.setSwitches({ unitsPerHolder: { ...portal.switches().unitsPerHolder, [taxId]: 4 } });
  const id = await connect(taxId, 'Filial Norte', other.token);
  const watch = watchSync(stack.graphqlUrl, other.token, id);
  await watch.subscribed;
  await q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id, c: portal.lastCode(taxId)! }, other.token);
  const last = (await watch.finished).at(-1);
  expect(last).toMatchObject({ state: 'DONE', unitsTotal: 2 });
  expect(last.errors).toHaveLength(2);
  for (const e of last.errors) expect(e.message).toMatch(/Limite de unidades consumidoras do plano atingido \(100\)/);
  const units = (await q(`query($id: ID!) { energyClient(id: $id) { units { uc } } }`, { id }, other.token)).data!.energyClient.units;
  expect(units).toHaveLength(2);
  expect([...units.map((u: any) => u.uc), ...last.errors.map((e: any) => e.uc)].sort()).toEqual(data.units.map((u) => u.uc).sort());
  const used = (await db.query(`select used from billing.usage_counters where tenant_id = $1 and metric = 'energy_units'`, [other.accountId])).rows[0].used;
  expect(Number(used)).toBe(100);
  fullClientId = id;
  fullHolderUcs = data.units.map((u) => u.uc);
}, 120_000);

/** Joins the owner's account with `role` through an invitation; returns the new person's token. */
async function join(role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const inv = await q(`mutation($e: String!, $r: Role!) { inviteMember(input: { email: $e, role: $r }) { token } }`, { e: `${role.toLowerCase()}-${randomUUID()}@example.com`, r: role });
  if (!inv.data) throw new Error(JSON.stringify(inv.errors));
  const acc = await gql(stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
    i: { token: inv.data.inviteMember.token, name: `Pessoa ${role}`, password: 'outra-senha-77' },
  });
  if (!acc.data) throw new Error(JSON.stringify(acc.errors));
  return acc.data.acceptInvitation.accessToken;
}

/** Every row the energy schema keeps for a client (units by id: an orphan would still count). */
async function rowsOf(id: string, unitIds: string[]) {
  const r = await db.query(
    `select (select count(*) from energy.clients where id = $1)::int as clients,
            (select count(*) from energy.units where client_id = $1 or id = any($2::uuid[]))::int as units,
            (select count(*) from energy.invoices where unit_id = any($2::uuid[]))::int as invoices,
            (select count(*) from energy.credits where unit_id = any($2::uuid[]))::int as credits,
            (select count(*) from energy.allocation_requests where client_id = $1 or generator_unit_id = any($2::uuid[]))::int as allocation_requests,
            (select count(*) from energy.portal_sessions where client_id = $1)::int as portal_sessions`,
    [id, unitIds],
  );
  return r.rows[0] as Record<string, number>;
}

const gaugeOf = async (accountId: string) =>
  Number((await db.query(`select used from billing.usage_counters where tenant_id = $1 and metric = 'energy_units'`, [accountId])).rows[0]?.used ?? 0);

const DELETE = `mutation($id: ID!) { deleteEnergyClient(id: $id) }`;
let adminToken: string;

test('deleteEnergyClient: a member is FORBIDDEN, another account gets NOT_FOUND, a running sync refuses it (CONFLICT); nothing is removed', async () => {
  adminToken = await join('ADMIN');
  const memberToken = await join('MEMBER');
  const unitIds = (await db.query(`select id from energy.units where client_id = $1`, [clientId])).rows.map((r) => r.id);
  const before = await rowsOf(clientId, unitIds);
  expect(before).toMatchObject({ clients: 1, units: UNITS, allocation_requests: 1, portal_sessions: 1 });
  expect(before.invoices).toBeGreaterThan(0);
  expect(before.credits).toBeGreaterThan(0);

  const member = await q(DELETE, { id: clientId }, memberToken);
  expect(member.errors![0].extensions!.code).toBe('FORBIDDEN');
  const foreign = await q(DELETE, { id: clientId }, other.token);
  expect(foreign.errors![0]).toMatchObject({ message: 'Cliente de energia não encontrado.', extensions: { code: 'NOT_FOUND' } });

  portal.setSwitches({ latencyMs: 120 }); // the run lasts long enough to ask for the removal mid-way
  try {
    // Asked first, watched next: the snapshot is then this run's (QUEUED or later), never the last run's DONE.
    expect((await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { id } }`, { id: clientId })).errors).toBeUndefined();
    const watch = watchSync(stack.graphqlUrl, owner.token, clientId);
    await watch.subscribed;
    for (let i = 0; i < 600 && !watch.events.some((e) => e.state === 'RUNNING' && e.stage !== 'LOGIN'); i++) await new Promise((res) => setTimeout(res, 50));
    const running = await q(DELETE, { id: clientId }, adminToken);
    expect(running.errors![0]).toMatchObject({ message: expect.stringContaining('sincronização em andamento'), extensions: { code: 'CONFLICT' } });
    // The sync was not disturbed and finishes.
    expect((await watch.finished).at(-1)).toMatchObject({ state: 'DONE', client: { id: clientId, lastSyncStatus: 'DONE' } });
  } finally {
    portal.setSwitches({ latencyMs: 0 });
  }
  expect(await rowsOf(clientId, unitIds)).toEqual(before);
}, 120_000);

test('deleteEnergyClient (admin) removes the client and all its rows in one go, withdraws a queued sync, frees its units at billing and deletes its PDFs', async () => {
  const unitIds = (await db.query(`select id from energy.units where client_id = $1`, [clientId])).rows.map((r) => r.id);
  // A PDF cached by the invoicePdf test, still served by its signed link.
  const cached = (await db.query(`select id from energy.invoices where unit_id = any($1::uuid[]) and pdf_storage_key is not null`, [unitIds])).rows;
  expect(cached.length).toBeGreaterThan(0);
  const link = (await q(`query($id: ID!) { invoicePdf(invoiceId: $id) { url } }`, { id: cached[0].id })).data!.invoicePdf.url;
  expect((await fetch(link)).status).toBe(200);
  const gauge = await gaugeOf(owner.accountId);
  expect(gauge).toBe(Number((await db.query(`select count(*) from energy.units where tenant_id = $1`, [owner.accountId])).rows[0].count));

  // A sync waits in the queue (the workers are paused): the removal withdraws it.
  const queue = new Queue('energy-sync', { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: stack.env.REDIS_PREFIX });
  await queue.pause();
  try {
    const queued = await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { lastSyncStatus lastSyncMessage } }`, { id: clientId });
    expect(queued.data!.syncEnergyClient).toEqual({ lastSyncStatus: 'RUNNING', lastSyncMessage: 'Na fila para sincronizar' });
    expect(await queue.getJob(`sync-${clientId}`)).toBeDefined();

    const r = await q(DELETE, { id: clientId }, adminToken);
    expect(r.errors).toBeUndefined();
    expect(r.data!.deleteEnergyClient).toBe(true);
    expect(await queue.getJob(`sync-${clientId}`)).toBeUndefined();
  } finally {
    await queue.resume();
    await queue.close();
  }

  expect(await rowsOf(clientId, unitIds)).toEqual({ clients: 0, units: 0, invoices: 0, credits: 0, allocation_requests: 0, portal_sessions: 0 });
  // Its six units no longer count against the plan.
  expect(await gaugeOf(owner.accountId)).toBe(gauge - UNITS);
  // The cached PDF is gone from storage: the old link finds nothing.
  expect((await fetch(link)).status).toBe(404);
  const after = await q(`query($id: ID!) { energyClients { id } energyClient(id: $id) { id } }`, { id: clientId });
  expect(after.data!.energyClient).toBeNull();
  expect(after.data!.energyClients.map((c: any) => c.id)).not.toContain(clientId);
  // Another account's client of the same holder is untouched.
  expect((await db.query(`select count(*)::int as n from energy.clients where tenant_id = $1 and tax_id = $2`, [other.accountId, holder.taxId.replace(/\D/g, '')])).rows[0].n).toBe(1);

  // Twice: NOT_FOUND. And the holder can be added again (a real delete frees its CPF in the account).
  const twice = await q(DELETE, { id: clientId }, adminToken);
  expect(twice.errors![0].extensions!.code).toBe('NOT_FOUND');
  const again = await q(`mutation($t: String!) { createEnergyClient(input: { name: "Condomínio Solar", taxId: $t, phoneLastDigits: "4321" }) { status units { id } } }`, { t: holder.taxId });
  expect(again.errors).toBeUndefined();
  expect(again.data!.createEnergyClient).toEqual({ status: 'DISCONNECTED', units: [] });
}, 60_000);

test('a removal whose releases are lost still goes through; the next sync recounts the energy_units gauge and admits the units', async () => {
  // The 98 units of the old client were never reserved through this platform (written as the
  // superuser above), so billing does not know their keys: every release fails, as with billing down.
  const r = await q(DELETE, { id: formerClientId }, other.token);
  expect(r.errors).toBeUndefined();
  expect((await db.query(`select count(*)::int as n from energy.units where client_id = $1`, [formerClientId])).rows[0].n).toBe(0);
  expect(await gaugeOf(other.accountId)).toBe(100); // the slots were not given back

  // The holder's two units refused for the limit get in now: billing refuses, the sync recounts (2 units tracked), admits.
  expect((await q(`mutation($id: ID!) { syncEnergyClient(clientId: $id) { id } }`, { id: fullClientId }, other.token)).errors).toBeUndefined();
  const watch = watchSync(stack.graphqlUrl, other.token, fullClientId);
  const last = (await watch.finished).at(-1);
  expect(last).toMatchObject({ state: 'DONE', unitsTotal: 4, errors: [] });
  const units = (await q(`query($id: ID!) { energyClient(id: $id) { units { uc } } }`, { id: fullClientId }, other.token)).data!.energyClient.units;
  expect(units.map((u: any) => u.uc).sort()).toEqual([...fullHolderUcs].sort());
  expect(await gaugeOf(other.accountId)).toBe(4);
}, 120_000);
