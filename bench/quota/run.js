#!/usr/bin/env node
'use strict';
// Quota reservations: billing's internal `POST /internal/quota/reserve` under concurrency.
//
//   node bench/quota/run.js [--concurrency 100] [--duration 20] [--warmup 3] [--tenants 50]
//                           [--rate 400] [--contention-limit 500] [--contention-requests 5000]
//                           [--keep] [--pool-max N]
//
// Build first (`npx tsc -b`); PostgreSQL and Redis must be up. Uses its own database (prumo_bench) and
// Redis prefix (pbench); billing runs as a child process (PROCESS_ROLE=server). See docs/PERFORMANCE.md.
//
// Phases:
//   1. throughput: `concurrency` closed-loop clients (keep-alive, one request in flight each), every
//      request a fresh idempotency key for a random one of `tenants` tenants whose limit is never
//      reached: reservations/s, p50/p99, then every tenant's counter and reserved rows are compared
//      with the 200s the bench received.
//   2. below saturation: `rate` evenly spaced reservations/s over the same tenants for 10 s (open
//      loop): the latency of a reservation when billing is not queueing.
//   3. contention: the same clients all on ONE tenant whose limit is `contention-limit`, for
//      `contention-requests` requests: admitted must equal the limit exactly (over-admissions 0) and
//      the counter in PostgreSQL must equal the admitted count.
const { randomBytes, randomUUID } = require('node:crypto');
const path = require('node:path');
const { performance, monitorEventLoopDelay } = require('node:perf_hooks');
const { Pool } = require('undici');
const hdr = require('hdr-histogram-js');
const h = require('../lib/harness');

const args = h.parseArgs();
const CONCURRENCY = Number(args.concurrency ?? 100);
const DURATION = Number(args.duration ?? 20);
const WARMUP = Number(args.warmup ?? 3);
const TENANTS = Number(args.tenants ?? 50);
const CONTENTION_LIMIT = Number(args['contention-limit'] ?? 500);
const CONTENTION_REQUESTS = Number(args['contention-requests'] ?? 5000);
// Offered load of the below-saturation phase (evenly spaced reservations/s, 10 s); 0 skips it.
const FIXED_RATE = Number(args.rate ?? 400);
const FIXED_RATE_SECONDS = 10;
const KEEP = Boolean(args.keep);
// Diagnostics only: billing's DATABASE_POOL_MAX (default: unset, i.e. kit's default of 10).
const POOL_MAX = args['pool-max'] ? String(args['pool-max']) : undefined;

const METRIC = 'agent_executions';
const HIGH_LIMIT = 100_000_000; // never reached in the throughput phase
const TARGET_RPS = 2000;
const TARGET_P99_MS = 20;
const OTHER_LOAD_LIMIT = 20; // % of one core used by processes outside the bench: phase flagged

const kit = require(path.join(h.REPO, 'packages/kit/dist'));

const log = (...a) => console.log(...a);

// ---- tenants ----------------------------------------------------------------------------------

function adminUrl(env) {
  const u = new URL(env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${env.DATABASE_NAME}`;
  return u.toString();
}

/** A private plan (the free plan's limits, `METRIC` overridden) and `count` tenants subscribed to it. */
async function createTenants(db, tag, limit, count) {
  const plan = `bench_${tag}_${limit}`;
  await db.query(
    `insert into billing.plans (code, name, description, modules, api_requests_per_minute, public)
     values ($1, 'Bench', 'plano do benchmark de cotas', '{fiscal}', 60, false)`,
    [plan],
  );
  await db.query(
    `insert into billing.plan_limits (plan_code, metric, limit_value, period)
     select $1, metric, case when metric = $2 then $3 else limit_value end, period from billing.plan_limits where plan_code = 'free'`,
    [plan, METRIC, limit],
  );
  const tenants = Array.from({ length: count }, () => randomUUID());
  await db.query(`insert into billing.subscriptions (tenant_id, plan_code, status) select unnest($1::uuid[]), $2, 'active'`, [tenants, plan]);
  return { plan, tenants };
}

/** The counter and the reserved rows of each tenant, as PostgreSQL has them. */
async function dbCounts(db, tenants) {
  const used = await db.query(`select tenant_id, sum(used)::bigint as used from billing.usage_counters where tenant_id = any($1::uuid[]) and metric = $2 group by tenant_id`, [tenants, METRIC]);
  const rows = await db.query(
    `select tenant_id, count(*)::bigint as n from billing.quota_reservations where tenant_id = any($1::uuid[]) and metric = $2 and status = 'reserved' group by tenant_id`,
    [tenants, METRIC],
  );
  const out = new Map(tenants.map((t) => [t, { used: 0, reserved: 0 }]));
  for (const r of used.rows) out.get(r.tenant_id).used = Number(r.used);
  for (const r of rows.rows) out.get(r.tenant_id).reserved = Number(r.n);
  return out;
}

async function dropTenants(db, plans, tenants) {
  await db.query(`delete from billing.quota_reservations where tenant_id = any($1::uuid[])`, [tenants]);
  await db.query(`delete from billing.usage_counters where tenant_id = any($1::uuid[])`, [tenants]);
  await db.query(`delete from billing.subscriptions where tenant_id = any($1::uuid[])`, [tenants]);
  await db.query(`delete from billing.plan_limits where plan_code = any($1)`, [plans]);
  await db.query(`delete from billing.plans where code = any($1)`, [plans]);
}

// ---- load -------------------------------------------------------------------------------------

/** Service tokens live 60 s: one per tenant, re-signed every 30 s. */
function tokenSource(secret) {
  const cache = new Map();
  return (tenantId) => {
    const now = Date.now();
    let t = cache.get(tenantId);
    if (!t || now - t.at > 30_000) {
      t = { at: now, header: `Bearer ${kit.signServiceToken(secret, { svc: 'bench', tid: tenantId })}` };
      cache.set(tenantId, t);
    }
    return t.header;
  };
}

const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });

/**
 * One phase. Closed loop (default): `concurrency` clients, each with one request in flight on its
 * own keep-alive socket; ends at `durationS` (no new request after the deadline; the ones in flight
 * are awaited and checked, but only answers received before the deadline count for the rate) or
 * after `total` requests. Open loop (`rate`): `rate` evenly spaced requests/s for `durationS`.
 * Every answer is parsed and checked, and every 200 is added to `ledger` (tenant -> admitted).
 */
async function phase(name, { pool, token, tenants, limit, concurrency, durationS, total, rate, keyPrefix, pids, ledger }) {
  const h200 = histogram();
  const h402 = histogram();
  const st = { admitted: 0, refused: 0, otherStatus: 0, badBodies: 0, socketErrors: 0, inWindow: 0, lastAdmittedMs: 0, firstBad: null, statuses: {} };
  const bad = (what) => {
    st.badBodies++;
    if (!st.firstBad) st.firstBad = String(what).slice(0, 300);
  };
  let seq = 0;
  let stopped = false;
  const before = await snapshot(pids);
  const start = performance.now();
  const deadline = durationS ? start + durationS * 1000 : Infinity;
  const timer = durationS ? setTimeout(() => (stopped = true), durationS * 1000) : null;

  /** One reservation; latency from `t0` (the scheduled send time in the open-loop phase). */
  const one = async (t0 = performance.now()) => {
    const n = seq++;
    const tenantId = tenants.length === 1 ? tenants[0] : tenants[Math.floor(Math.random() * tenants.length)];
    const body = JSON.stringify({ tenantId, metric: METRIC, amount: 1, idempotencyKey: `${keyPrefix}-${n}` });
    let status;
    let text;
    try {
      const res = await pool.request({
        path: '/internal/quota/reserve',
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: token(tenantId) },
        body,
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (err) {
      st.socketErrors++;
      if (!st.firstBad) st.firstBad = `socket: ${err.message}`;
      return;
    }
    const t1 = performance.now();
    if (t1 <= deadline) st.inWindow++;
    st.statuses[status] = (st.statuses[status] ?? 0) + 1;
    const us = Math.max(1, Math.round((t1 - t0) * 1000));
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      bad(`${status} ${text}`);
      return;
    }
    if (status === 200) {
      // Admitted: a fresh reservation, never a replay, within the limit the plan gives.
      if (typeof json.reservationId !== 'string' || json.replayed !== false || json.metric !== METRIC || json.limit !== limit || !(json.used >= 1 && json.used <= limit)) {
        bad(`200 ${text}`);
        return;
      }
      st.admitted++;
      st.lastAdmittedMs = t1 - start;
      ledger.set(tenantId, (ledger.get(tenantId) ?? 0) + 1);
      h200.recordValue(us);
    } else if (status === 402) {
      // Refused: the counter is at the limit (amount 1, and the counter only grows here).
      const e = json.error ?? {};
      if (e.code !== 'PAYMENT_REQUIRED' || e.limit !== limit || e.used !== limit || e.metric !== METRIC) {
        bad(`402 ${text}`);
        return;
      }
      st.refused++;
      h402.recordValue(us);
    } else {
      st.otherStatus++;
      if (!st.firstBad) st.firstBad = `${status} ${text.slice(0, 300)}`;
    }
  };

  if (rate) {
    // Open loop: evenly spaced sends whatever the answers do (at most `concurrency` sockets; beyond
    // that requests wait in the pool, and that wait is part of their latency).
    const planned = Math.round(rate * durationS);
    const inflight = new Set();
    await new Promise((resolve) => {
      const tick = () => {
        const now = performance.now();
        const due = Math.min(planned, Math.floor(((now - start) * rate) / 1000) + 1);
        while (seq < due) {
          const p = one(start + (seq * 1000) / rate);
          inflight.add(p);
          p.finally(() => inflight.delete(p));
        }
        if (seq >= planned) return resolve();
        setTimeout(tick, Math.max(0, start + (seq * 1000) / rate - performance.now()));
      };
      tick();
    });
    await Promise.all(inflight);
  } else {
    // Closed loop: `concurrency` clients, each with one request in flight on its own socket.
    const client = async () => {
      while (!stopped && (total === undefined || seq < total)) await one();
    };
    await Promise.all(Array.from({ length: concurrency }, client));
  }
  if (timer) clearTimeout(timer);
  const end = performance.now();
  const after = await snapshot(pids);
  const answered = st.admitted + st.refused + st.otherStatus + st.badBodies;
  const windowS = durationS && !rate ? durationS : (end - start) / 1000;
  const counted = durationS && !rate ? st.inWindow : answered;
  const all = histogram();
  all.add(h200);
  all.add(h402);
  const pct = (hist, p) => (hist.totalCount ? h.round(hist.getValueAtPercentile(p) / 1000, 3) : null);
  return {
    name,
    concurrency: rate ? `open loop ${rate}/s` : concurrency,
    tenants: tenants.length,
    durationS: h.round(windowS, 2),
    requests: seq,
    answered,
    rps: h.round(counted / windowS, 1),
    admitted: st.admitted,
    refused: st.refused,
    lastAdmittedMs: h.round(st.lastAdmittedMs, 1),
    p50Ms: pct(all, 50),
    p90Ms: pct(all, 90),
    p99Ms: pct(all, 99),
    maxMs: all.totalCount ? h.round(all.maxValue / 1000, 3) : null,
    admittedP50Ms: pct(h200, 50),
    admittedP99Ms: pct(h200, 99),
    refusedP50Ms: pct(h402, 50),
    refusedP99Ms: pct(h402, 99),
    statuses: st.statuses,
    otherStatus: st.otherStatus,
    badBodies: st.badBodies,
    socketErrors: st.socketErrors,
    firstBad: st.firstBad,
    cpu: cpuDelta(before, after, answered),
  };
}

// ---- CPU --------------------------------------------------------------------------------------

/** Machine-wide iowait jiffies (CPU idle while a disk write, e.g. PostgreSQL's WAL flush, is pending). */
function iowaitJiffies() {
  const v = require('node:fs').readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  return v[4] || 0;
}

/** Cluster-wide WAL activity (pg_stat_wal: other databases' writes are included; the machine is quiet). */
async function walStats(db) {
  const r = await db.query('select wal_records, wal_bytes, wal_write, wal_sync from pg_stat_wal');
  const w = r.rows[0];
  return { records: Number(w.wal_records), bytes: Number(w.wal_bytes), writes: Number(w.wal_write), syncs: Number(w.wal_sync) };
}

async function snapshot(pids) {
  return {
    t: process.hrtime.bigint(),
    machine: h.machineCpu(),
    iowait: iowaitJiffies(),
    wal: await walStats(pids.db),
    self: process.cpuUsage(),
    billing: h.procCpuSeconds(pids.billing),
    postgres: await pids.pg.cpu(),
    postgresAll: h.cpuSecondsByComm(/^postgres/),
    redis: h.cpuSecondsByComm(/^redis-server/),
  };
}

/** % of one core per process and CPU µs per answered request, over a phase. */
function cpuDelta(a, b, requests) {
  const wall = Number(b.t - a.t) / 1e9;
  const per = (s) => ({ pctOfCore: h.round((100 * s) / wall, 0), usPerReq: requests ? h.round((s * 1e6) / requests, 0) : null });
  const machineBusy = (b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total);
  const postgres = h.pgCpuDelta(a.postgres, b.postgres);
  const postgresAll = b.postgresAll - a.postgresAll;
  const ours = {
    loadgen: (b.self.user - a.self.user + b.self.system - a.self.system) / 1e6,
    billing: b.billing - a.billing,
    // Every postgres process (the bench backends plus WAL writer, checkpointer, other databases' backends).
    postgres: Math.max(postgres, postgresAll),
    redis: b.redis - a.redis,
  };
  const busyS = machineBusy * require('node:os').cpus().length * wall;
  const oursS = Object.values(ours).reduce((x, y) => x + y, 0);
  const perReq = (x) => (requests ? h.round(x / requests, 2) : null);
  return {
    machineBusyPct: h.round(100 * machineBusy, 0),
    machineIowaitPct: h.round((100 * (b.iowait - a.iowait)) / (b.machine.total - a.machine.total), 0),
    wal: {
      bytesPerReq: perReq(b.wal.bytes - a.wal.bytes),
      recordsPerReq: perReq(b.wal.records - a.wal.records),
      syncsPerS: h.round((b.wal.syncs - a.wal.syncs) / wall, 0),
      reqsPerSync: b.wal.syncs > a.wal.syncs ? h.round(requests / (b.wal.syncs - a.wal.syncs), 2) : null,
    },
    loadgen: per(ours.loadgen),
    billing: per(ours.billing),
    postgresBench: per(postgres),
    postgresOther: per(Math.max(0, postgresAll - postgres)),
    redis: per(ours.redis),
    other: { pctOfCore: h.round((100 * Math.max(0, busyS - oursS)) / wall, 0) },
  };
}

function printPhase(r) {
  log(
    `  ${r.name}: ${r.rps} reservations/s  p50 ${r.p50Ms} ms  p90 ${r.p90Ms} ms  p99 ${r.p99Ms} ms  max ${r.maxMs} ms` +
      `  (${r.answered} answers in ${r.durationS} s; ${typeof r.concurrency === 'number' ? `${r.concurrency} clients` : r.concurrency}, ${r.tenants} tenant${r.tenants > 1 ? 's' : ''})`,
  );
  log(
    `    admitted (200) ${r.admitted}${r.admittedP50Ms !== null ? ` [p50 ${r.admittedP50Ms} / p99 ${r.admittedP99Ms} ms]` : ''}; ` +
      `over the limit (402) ${r.refused}${r.refusedP50Ms !== null ? ` [p50 ${r.refusedP50Ms} / p99 ${r.refusedP99Ms} ms]` : ''}; ` +
      `errors: other status ${r.otherStatus}, bad bodies ${r.badBodies}, socket errors ${r.socketErrors}`,
  );
  const c = r.cpu;
  log(
    `    CPU (% of one core / µs per request): machine ${c.machineBusyPct}% busy; load generator ${c.loadgen.pctOfCore}%/${c.loadgen.usPerReq}; ` +
      `billing ${c.billing.pctOfCore}%/${c.billing.usPerReq}; postgres (bench backends) ${c.postgresBench.pctOfCore}%/${c.postgresBench.usPerReq}; ` +
      `postgres (other processes: WAL writer, checkpointer, other databases) ${c.postgresOther.pctOfCore}%; redis ${c.redis.pctOfCore}%; everything else ${c.other.pctOfCore}%`,
  );
  log(
    `    machine iowait ${c.machineIowaitPct}%; WAL (whole cluster): ${c.wal.bytesPerReq} bytes and ${c.wal.recordsPerReq} records per request, ` +
      `${c.wal.syncsPerS} flushes/s (${c.wal.reqsPerSync} requests per flush)`,
  );
  if (r.firstBad) log(`    first unexpected answer: ${r.firstBad}`);
  if (c.other.pctOfCore > OTHER_LOAD_LIMIT) log(`    WARNING: other processes used ${c.other.pctOfCore}% of a core during this phase; its figures are distorted`);
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  h.installCleanup();
  const started = Date.now();
  const machine = h.machineInfo();
  machine.backgroundBusyPct = await h.backgroundBusyPct();
  log(
    `quota benchmark: ${machine.nproc} CPUs (${machine.cpuModel}), ${machine.memGiB} GiB, node ${machine.node}, ` +
      `load average ${machine.loadavg}, machine ${machine.backgroundBusyPct}% busy before start; ` +
      `code ${machine.commit}${machine.dirty ? ' + uncommitted changes' : ''}`,
  );
  log(
    `POST /internal/quota/reserve (${METRIC}, amount 1, unique idempotency keys); ${CONCURRENCY} clients; ` +
      `throughput: ${TENANTS} tenants, ${DURATION} s after a ${WARMUP} s warm-up; open loop ${FIXED_RATE}/s; contention: 1 tenant, limit ${CONTENTION_LIMIT}, ${CONTENTION_REQUESTS} requests` +
      `${POOL_MAX ? `; billing DATABASE_POOL_MAX=${POOL_MAX}` : ''}`,
  );

  const secret = randomBytes(32).toString('hex');
  const port = await h.freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = h.benchEnv({
    BILLING_PORT: String(port),
    BILLING_URL: url,
    PROCESS_ROLE: 'server',
    SERVICE_TOKEN_SECRET: secret,
    ...(POOL_MAX ? { DATABASE_POOL_MAX: POOL_MAX } : {}),
  });
  require('node:fs').mkdirSync(env.DATA_DIR, { recursive: true });
  h.bootstrapDb(env);

  const { Client } = require(path.join(h.REPO, 'node_modules/pg'));
  const db = new Client({ connectionString: adminUrl(env) });
  await db.connect();
  const tag = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const spread = await createTenants(db, tag, HIGH_LIMIT, TENANTS);
  const hot = await createTenants(db, tag, CONTENTION_LIMIT, 1);

  const billing = h.startNode('billing', 'subgraphs/billing/dist/main.js', env, { nodeArgs: (process.env.BENCH_BILLING_NODE_ARGS || '').split(/\s+/).filter(Boolean) });
  await h.waitReady(billing, url);
  const pg = h.pgBackends(env);
  const pids = { billing: h.nodePid(billing), pg, db };
  const token = tokenSource(secret);
  const pool = new Pool(url, { connections: CONCURRENCY, pipelining: 1, keepAliveTimeout: 60_000, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const ledger = new Map(); // tenant -> 200s received (warm-up included)
  const common = { pool, token, concurrency: CONCURRENCY, pids, ledger };

  // Smoke test: one admission, its answer as the service would see it.
  {
    const r = await phase('smoke', { ...common, concurrency: 1, tenants: [spread.tenants[0]], limit: HIGH_LIMIT, total: 1, keyPrefix: `${tag}-smoke` });
    if (r.admitted !== 1) throw new Error(`the first reservation was not admitted: ${r.firstBad}`);
  }

  const eld = monitorEventLoopDelay({ resolution: 10 });
  if (WARMUP > 0) await phase('warm-up', { ...common, tenants: spread.tenants, limit: HIGH_LIMIT, durationS: WARMUP, keyPrefix: `${tag}-w` });
  eld.enable();
  log('\nthroughput:');
  const through = await phase('throughput', { ...common, tenants: spread.tenants, limit: HIGH_LIMIT, durationS: DURATION, keyPrefix: `${tag}-t` });
  eld.disable();
  through.loadgenEventLoopDelayP99Ms = h.round(eld.percentile(99) / 1e6, 2);
  printPhase(through);
  log(`    load generator event-loop delay p99 ${through.loadgenEventLoopDelayP99Ms} ms`);
  let fixed = null;
  if (FIXED_RATE) {
    log(`\nopen loop, ${FIXED_RATE} evenly spaced reservations/s (below saturation), ${FIXED_RATE_SECONDS} s:`);
    fixed = await phase('fixed rate', { ...common, tenants: spread.tenants, limit: HIGH_LIMIT, rate: FIXED_RATE, durationS: FIXED_RATE_SECONDS, keyPrefix: `${tag}-r` });
    printPhase(fixed);
  }

  const mainCounts = await dbCounts(db, spread.tenants);
  let counterMismatches = 0;
  let rowMismatches = 0;
  for (const t of spread.tenants) {
    const got = ledger.get(t) ?? 0;
    const c = mainCounts.get(t);
    if (c.used !== got) counterMismatches++;
    if (c.reserved !== got) rowMismatches++;
  }
  const mainAdmitted = spread.tenants.reduce((n, t) => n + (ledger.get(t) ?? 0), 0);
  const mainUsed = [...mainCounts.values()].reduce((n, c) => n + c.used, 0);
  log(`\n  PostgreSQL, the ${TENANTS} tenants: counters sum ${mainUsed} = admitted ${mainAdmitted} (smoke test, warm-up and all phases on these tenants included)? ${mainUsed === mainAdmitted ? 'yes' : 'NO'}; tenants whose counter != admitted: ${counterMismatches}, whose reserved rows != admitted: ${rowMismatches}`);

  log(`\ncontention (1 tenant, limit ${CONTENTION_LIMIT}):`);
  const contention = await phase('contention', { ...common, tenants: hot.tenants, limit: CONTENTION_LIMIT, total: CONTENTION_REQUESTS, keyPrefix: `${tag}-c` });
  printPhase(contention);
  const hotCounts = (await dbCounts(db, hot.tenants)).get(hot.tenants[0]);
  const overAdmissions = Math.max(0, contention.admitted - CONTENTION_LIMIT, hotCounts.used - CONTENTION_LIMIT, hotCounts.reserved - CONTENTION_LIMIT);
  const underAdmissions = Math.max(0, Math.min(CONTENTION_REQUESTS, CONTENTION_LIMIT) - contention.admitted);
  log(`    PostgreSQL: used ${hotCounts.used}, reserved rows ${hotCounts.reserved}, admitted ${contention.admitted}, limit ${CONTENTION_LIMIT}`);
  log(`    the ${contention.admitted} admissions on one tenant took ${contention.lastAdmittedMs} ms (until the last 200 arrived)`);
  log(`    over-admissions = ${overAdmissions}`);
  log(`    counter == admitted: ${hotCounts.used === contention.admitted ? 'yes' : 'NO'}; reserved rows == admitted: ${hotCounts.reserved === contention.admitted ? 'yes' : 'NO'}; admitted == limit: ${underAdmissions === 0 ? 'yes' : `NO (${underAdmissions} refused below the limit)`}`);

  await pool.close();
  await pg.close();
  await h.stopAll();
  if (!KEEP) await dropTenants(db, [spread.plan, hot.plan], [...spread.tenants, ...hot.tenants]);
  await db.end();

  const checked = [through, ...(fixed ? [fixed] : []), contention];
  const errors = checked.reduce((n, r) => n + r.otherStatus + r.badBodies + r.socketErrors, 0) + through.refused + (fixed ? fixed.refused : 0);
  const consistency = counterMismatches + rowMismatches + (hotCounts.used !== contention.admitted) + (hotCounts.reserved !== contention.admitted) + (underAdmissions > 0);
  const rpsMet = through.rps >= TARGET_RPS;
  const p99Met = through.p99Ms < TARGET_P99_MS;
  const disturbed = checked.filter((r) => r.cpu.other.pctOfCore > OTHER_LOAD_LIMIT).map((r) => r.name);

  log('\nsummary:');
  log(`  reservations/s ${through.rps} (target >= ${TARGET_RPS}: ${rpsMet ? 'met' : 'MISSED'})`);
  log(`  p50 ${through.p50Ms} ms, p99 ${through.p99Ms} ms (target p99 < ${TARGET_P99_MS} ms: ${p99Met ? 'met' : 'MISSED'})`);
  if (fixed) log(`  at ${FIXED_RATE}/s (open loop): p50 ${fixed.p50Ms} ms, p99 ${fixed.p99Ms} ms`);
  log(`  over-admissions = ${overAdmissions}`);
  log(`  errors (non-200/402 answers, bad bodies, socket errors; and any 402 in the throughput phase) = ${errors}`);
  log(`  PostgreSQL counters / reserved rows disagreeing with the admitted answers: ${consistency}`);
  if (disturbed.length) log(`  WARNING: other load on the machine during: ${disturbed.join(', ')}; rerun when it is quiet`);
  log(`  wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const strip = ({ firstBad, ...rest }) => rest;
  console.log(
    JSON.stringify({
      bench: 'quota',
      machine,
      config: { concurrency: CONCURRENCY, durationS: DURATION, warmupS: WARMUP, tenants: TENANTS, metric: METRIC, contentionLimit: CONTENTION_LIMIT, contentionRequests: CONTENTION_REQUESTS, fixedRate: FIXED_RATE, billingPoolMax: POOL_MAX ?? 'default' },
      throughput: strip(through),
      fixedRate: fixed && strip(fixed),
      contention: { ...strip(contention), dbUsed: hotCounts.used, dbReserved: hotCounts.reserved },
      overAdmissions,
      errors,
      consistencyFailures: consistency,
      disturbedPhases: disturbed,
      targets: { rpsMin: TARGET_RPS, p99MsMax: TARGET_P99_MS, rpsMet, p99Met },
    }),
  );
  process.exitCode = errors || overAdmissions || consistency ? 2 : 0;
}

main().catch((err) => {
  console.error('quota bench failed:', err && err.stack ? err.stack : err);
  h.killChildren('SIGKILL');
  process.exit(1);
});
