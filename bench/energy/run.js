#!/usr/bin/env node
'use strict';
// Energy portal robot: a full sync of one holder with 10, 25 and 50 consumer units x 24 invoices each
// (PDFs not prefetched) against the simulated utility portal, with the worker's browser contexts.
//
//   node bench/energy/run.js [--sizes 10,25,50] [--contexts 2] [--latency 0] [--keep]
//
// Build first (`npx tsc -b`); PostgreSQL, Redis and Debian's Chromium (/usr/bin/chromium) must be
// installed. Uses its own database (prumo_bench), Redis prefix (pbench) and DATA_DIR (.data/bench).
// Starts identity, billing, energy (PROCESS_ROLE=all: API, outbox relay and the robot worker in one
// process) and the router as child processes; the portal runs in this process. See docs/PERFORMANCE.md.
//
// Per size: a new holder (unitsPerHolder switch), createEnergyClient -> startPortalLogin -> the SMS
// code from the portal -> confirmPortalLogin (queues the sync). Measured: from confirmPortalLogin's
// answer to the client's lastSyncStatus = DONE (cold: first sync), then syncEnergyClient again (warm:
// every row exists, idempotent upserts). Every invoice is then checked to be in the API (units x 24).
// Worker memory: RSS of the energy process plus every descendant (Chromium's processes), sampled
// every 100 ms; the peak is reported.
const { readdirSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const h = require('../lib/harness');

const args = h.parseArgs();
const SIZES = String(args.sizes ?? '10,25,50').split(',').map(Number);
const CONTEXTS = Number(args.contexts ?? 2);
const LATENCY = Number(args.latency ?? 0);
const TARGET_50_SECONDS = 60;

const br = require(path.join(h.REPO, 'packages/br/dist'));
const { startPortalSim } = require(path.join(h.REPO, 'subgraphs/energy/portal-sim/dist'));
const SUBGRAPHS = ['identity', 'billing', 'energy'];
const log = (...a) => console.log(...a);

/** Every pid under `root` (inclusive), from /proc. */
function tree(root) {
  const children = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {}
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

/** Sum over the process tree of RSS (shared pages counted once per process, an upper bound) and PSS (shared pages split). */
function treeRssKb(root) {
  let sum = 0;
  let chromium = 0;
  let pss = 0;
  for (const pid of tree(root)) {
    try {
      const kb = h.procMemory(pid).rssKb;
      sum += kb;
      if (/chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'))) chromium += kb;
      pss += Number((/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')) || [])[1] || 0);
    } catch {}
  }
  return { sum, chromium, pss };
}

async function startPlatform(portalUrl) {
  const { env, url } = await h.platformEnv(SUBGRAPHS, { ENERGY_PORTAL_URL: portalUrl, ENERGY_ROBOT_CONTEXTS: String(CONTEXTS) });
  h.bootstrapDb(env);
  const procs = await h.startSubgraphsAndRouter(SUBGRAPHS, env, url);
  return { procs, routerUrl: url('router') };
}

/** A Pro account through the offline sandbox checkout; returns a token whose `mods` include energy. */
async function proAccount(routerUrl) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const s = await h.gql(routerUrl, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken refreshToken } }', {
    i: { name: 'Bench Energia', email: `bench-energy-${tag}@bench.prumo.test`, password: 'bench-senha-123', companyName: `Bench Energia ${tag}`, taxId: br.generateCnpj() },
  });
  const start = await h.gql(routerUrl, 'mutation { startCheckout(input: { planCode: "pro", cycle: MONTHLY }) { url } }', {}, s.signUp.accessToken);
  const u = new URL(start.startCheckout.url);
  const pay = await fetch(`${routerUrl}${u.pathname}/pay`, { method: 'POST', redirect: 'manual' });
  if (pay.status !== 303) throw new Error(`sandbox pay answered ${pay.status}`);
  let refresh = s.signUp.refreshToken;
  for (let i = 0; i < 300; i++) {
    const r = await h.gql(routerUrl, 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }', { t: refresh });
    refresh = r.refreshSession.refreshToken;
    const claims = JSON.parse(Buffer.from(r.refreshSession.accessToken.split('.')[1], 'base64url').toString('utf8'));
    if (claims.mods.includes('energy')) return r.refreshSession.accessToken;
    await h.sleep(100);
  }
  throw new Error('the account did not become Pro');
}

async function waitSync(routerUrl, token, id, sampler) {
  for (;;) {
    sampler();
    const d = await h.gql(routerUrl, 'query($id: ID!) { energyClient(id: $id) { lastSyncStatus lastSyncMessage lastSyncErrors { uc message } } }', { id }, token);
    const c = d.energyClient;
    if (c.lastSyncStatus === 'DONE') return c;
    if (c.lastSyncStatus === 'FAILED') throw new Error(`sync failed: ${c.lastSyncMessage}`);
    await h.sleep(100);
  }
}

async function main() {
  h.installCleanup();
  const portal = await startPortalSim({ switches: { latencyMs: LATENCY } });
  const { procs, routerUrl } = await startPlatform(portal.url);
  const token = await proAccount(routerUrl);
  const energyPid = h.nodePid(procs.energy);
  log(`energy bench: sizes ${SIZES.join(', ')} units x 24 invoices, ${CONTEXTS} browser contexts, portal latency ${LATENCY} ms`);
  log(JSON.stringify(h.machineInfo()));
  const idle = treeRssKb(energyPid);
  log(`energy worker idle (no browser yet): ${Math.round(idle.sum / 1024)} MiB`);
  const rows = [];
  for (const n of SIZES) {
    const taxId = br.generateCpf();
    portal.setSwitches({ unitsPerHolder: { ...portal.switches().unitsPerHolder, [taxId]: n } });
    const created = await h.gql(routerUrl, 'mutation($i: CreateEnergyClientInput!) { createEnergyClient(input: $i) { id } }', { i: { name: `Bench ${n}`, taxId, phoneLastDigits: '1234' } }, token);
    const id = created.createEnergyClient.id;
    const tLogin = performance.now();
    await h.gql(routerUrl, 'mutation($id: ID!) { startPortalLogin(clientId: $id) { status } }', { id }, token);
    const loginStartMs = performance.now() - tLogin;
    const code = portal.lastCode(taxId);
    const tConfirm = performance.now();
    await h.gql(routerUrl, 'mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }', { id, c: code }, token);
    const confirmMs = performance.now() - tConfirm;
    let peak = { sum: 0, chromium: 0, pss: 0 };
    let peakPss = 0;
    const sample = () => {
      const m = treeRssKb(energyPid);
      if (m.sum > peak.sum) peak = m;
      if (m.pss > peakPss) peakPss = m.pss;
    };
    const timer = setInterval(sample, 100);
    const t0 = performance.now();
    const done = await waitSync(routerUrl, token, id, sample);
    const cold = (performance.now() - t0) / 1000;
    await h.gql(routerUrl, 'mutation($id: ID!) { syncEnergyClient(clientId: $id) { id } }', { id }, token);
    const t1 = performance.now();
    await waitSync(routerUrl, token, id, sample);
    const warm = (performance.now() - t1) / 1000;
    clearInterval(timer);
    const check = await h.gql(routerUrl, 'query($id: ID!) { energyClient(id: $id) { units { invoices(first: 24) { nodes { id } } } } }', { id }, token);
    const units = check.energyClient.units.length;
    const invoices = check.energyClient.units.reduce((s, u) => s + u.invoices.nodes.length, 0);
    if (units !== n || invoices !== n * 24 || done.lastSyncErrors.length) throw new Error(`incomplete sync: ${units} units, ${invoices} invoices, errors ${JSON.stringify(done.lastSyncErrors)}`);
    const row = {
      units: n,
      invoices,
      loginStartS: h.round(loginStartMs / 1000),
      confirmS: h.round(confirmMs / 1000),
      coldSyncS: h.round(cold),
      perUnitMs: Math.round((cold * 1000) / n),
      warmSyncS: h.round(warm),
      peakWorkerMiB: Math.round(peak.sum / 1024),
      peakChromiumMiB: Math.round(peak.chromium / 1024),
      peakPssMiB: Math.round(peakPss / 1024),
    };
    rows.push(row);
    log(JSON.stringify(row));
  }
  log('\n| units | invoices | first sync (s) | per unit (ms) | re-sync (s) | worker peak RSS sum incl. Chromium (MiB) | of which Chromium | worker peak PSS sum (MiB) |');
  log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) log(`| ${r.units} | ${r.invoices} | ${r.coldSyncS} | ${r.perUnitMs} | ${r.warmSyncS} | ${r.peakWorkerMiB} | ${r.peakChromiumMiB} | ${r.peakPssMiB} |`);
  const r50 = rows.find((r) => r.units === 50);
  if (r50) log(`\n50 units: ${r50.coldSyncS} s (target < ${TARGET_50_SECONDS} s): ${r50.coldSyncS < TARGET_50_SECONDS ? 'OK' : 'MISSED'}`);
  if (rows.length >= 2) {
    const a = rows[0];
    const b = rows[rows.length - 1];
    log(`growth: ${b.units / a.units}x units -> ${h.round(b.coldSyncS / a.coldSyncS)}x time (linear = ${b.units / a.units}x; fixed costs make it sub-linear)`);
  }
  log(`login: startPortalLogin ${rows.map((r) => r.loginStartS).join(' / ')} s, confirmPortalLogin ${rows.map((r) => r.confirmS).join(' / ')} s (robot in the worker, awaited)`);
  await h.stopAll();
  await portal.stop();
  process.exit(0);
}

main().catch(async (err) => {
  console.error(err);
  await h.stopAll();
  process.exit(1);
});
