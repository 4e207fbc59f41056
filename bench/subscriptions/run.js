#!/usr/bin/env node
'use strict';
// 2,000 concurrent graphql-ws subscribers on one router process: memory per idle connection and
// delivery latency of live events published on Redis.
//
//   node bench/subscriptions/run.js [--subscribers 2000] [--jobs 100] [--rate 100] [--duration 20]
//
// Build first (`npx tsc -b`); PostgreSQL and Redis must be up. Uses its own database (prumo_bench),
// Redis prefix (pbench) and DATA_DIR (.data/bench). See docs/PERFORMANCE.md.
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { execFileSync, spawnSync } = require('node:child_process');
const { monitorEventLoopDelay, performance } = require('node:perf_hooks');
const hdr = require('hdr-histogram-js');
const WebSocket = require('ws');
const { createClient } = require('graphql-ws');
const h = require('../lib/harness');

const args = h.parseArgs();
const SUBSCRIBERS = Number(args.subscribers ?? 2000);
const JOBS = Number(args.jobs ?? 100);
const RATE = Number(args.rate ?? 100); // published events per second, over all jobs
const DURATION = Number(args.duration ?? 20);
const CONNECT_BATCH = Number(args['connect-batch'] ?? 100);
const SETTLE_MS = Number(args.settle ?? 3000);
const DRAIN_MS = 5000;
const FORCE_GC = !args['no-gc'];

const SUBSCRIPTION = 'subscription Bench($id: ID!) { jobProgress(jobId: $id) { jobId seq state percent stage message } }';

const log = (...a) => console.log(...a);
/** Wall-clock milliseconds with sub-millisecond resolution (comparable across processes). */
const nowMs = () => performance.timeOrigin + performance.now();

/** Each open socket needs a descriptor here and one in the router: re-exec under a raised soft limit. */
function ensureFileLimit(needed) {
  const soft = Number(execFileSync('bash', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
  if (Number.isFinite(soft) && soft >= needed) return;
  if (process.env.BENCH_ULIMIT_RAISED) {
    throw new Error(`open-files limit ${soft} < ${needed}; raise it (ulimit -n ${needed}) and retry`);
  }
  const quoted = [process.execPath, ...process.execArgv, __filename, ...process.argv.slice(2)].map((a) => `'${a.replace(/'/g, `'\\''`)}'`);
  const r = spawnSync('bash', ['-c', `ulimit -n "$(ulimit -Hn)" && exec ${quoted.join(' ')}`], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_ULIMIT_RAISED: '1' },
  });
  process.exit(r.status ?? 1);
}

async function metricsOf(routerUrl) {
  const text = await (await fetch(`${routerUrl}/metrics`)).text();
  const value = (name) => {
    const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  return { heapUsedBytes: value('nodejs_heap_size_used_bytes'), heapTotalBytes: value('nodejs_heap_size_total_bytes'), externalBytes: value('nodejs_external_memory_bytes') };
}

/**
 * Router memory as it is (RSS from /proc, heap from its /metrics), then, when the inspector is on,
 * after a forced full GC (live data only).
 */
async function routerMemory(router, routerUrl, inspector) {
  const { rssKb } = h.procMemory(h.nodePid(router));
  const m = await metricsOf(routerUrl);
  const out = { rssKb, heapUsedKb: Math.round(m.heapUsedBytes / 1024), heapTotalKb: Math.round(m.heapTotalBytes / 1024), externalKb: Math.round(m.externalBytes / 1024) };
  if (inspector) {
    await inspector.gc();
    await h.sleep(200);
    const mu = await inspector.memoryUsage();
    out.afterGc = {
      rssKb: h.procMemory(h.nodePid(router)).rssKb,
      heapUsedKb: Math.round(mu.heapUsed / 1024),
      externalKb: Math.round(mu.external / 1024),
      arrayBuffersKb: Math.round(mu.arrayBuffers / 1024),
    };
  }
  return out;
}

/**
 * One subscriber: its own WebSocket (graphql-ws client), one jobProgress subscription. Resolves once
 * the first message (the snapshot, seq 0 for a new job) has arrived: from then on it is live.
 */
function subscriber(wsUrl, token, jobId, onEvent, stats) {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: true,
    keepAlive: 0,
    on: {
      closed: () => {
        stats.closed++;
      },
    },
  });
  let resolveLive;
  let rejectLive;
  const live = new Promise((res, rej) => {
    resolveLive = res;
    rejectLive = rej;
  });
  let first = true;
  const sub = { client, jobId, received: 0, lastSeq: -1, outOfOrder: 0, errors: 0 };
  client.subscribe(
    { query: SUBSCRIPTION, variables: { id: jobId }, operationName: 'Bench' },
    {
      next: (msg) => {
        const at = nowMs();
        if (msg.errors) {
          sub.errors++;
          stats.errors++;
          if (!stats.firstError) stats.firstError = JSON.stringify(msg.errors).slice(0, 300);
        }
        const ev = msg.data && msg.data.jobProgress;
        if (!ev) return;
        if (ev.seq <= sub.lastSeq) sub.outOfOrder++;
        sub.lastSeq = ev.seq;
        if (first) {
          first = false;
          resolveLive();
          return; // the snapshot, not a published event
        }
        sub.received++;
        onEvent(ev, at);
      },
      error: (err) => {
        sub.errors++;
        stats.errors++;
        if (!stats.firstError) stats.firstError = String(err && (err.message || err.reason || err.code || JSON.stringify(err))).slice(0, 300);
        rejectLive(err instanceof Error ? err : new Error(stats.firstError));
      },
      complete: () => {
        stats.completed++;
      },
    },
  );
  sub.live = live;
  return sub;
}

async function connectAll(wsUrl, token, jobIds, count, onEvent, stats) {
  const subs = [];
  for (let i = 0; i < count; i += CONNECT_BATCH) {
    const batch = [];
    for (let j = i; j < Math.min(count, i + CONNECT_BATCH); j++) batch.push(subscriber(wsUrl, token, jobIds[j % jobIds.length], onEvent, stats));
    await Promise.all(batch.map((s) => s.live));
    subs.push(...batch);
  }
  return subs;
}

async function main() {
  ensureFileLimit(SUBSCRIBERS + 1024);
  h.installCleanup();
  const started = Date.now();
  const machine = h.machineInfo();
  machine.backgroundBusyPct = await h.backgroundBusyPct();
  log(
    `subscriptions benchmark: ${machine.nproc} CPUs (${machine.cpuModel}), ${machine.memGiB} GiB, node ${machine.node}, ` +
      `load average ${machine.loadavg}, machine ${machine.backgroundBusyPct}% busy before start; ` +
      `code ${machine.commit}${machine.dirty ? ' + uncommitted changes' : ''}`,
  );
  log(`${SUBSCRIBERS} subscribers (one WebSocket each) over ${JOBS} job ids (${SUBSCRIBERS / JOBS} per job); ${RATE} events/s for ${DURATION} s`);

  // --inspect on the router only to force a GC before memory readings (measurement, not behaviour).
  const inspectPort = FORCE_GC ? await h.freePort() : 0;
  const platform = await h.startPlatform({ routerInspectPort: inspectPort });
  const inspector = FORCE_GC ? await h.inspectorClient(inspectPort) : null;
  const routerPid = h.nodePid(platform.router);
  const wsUrl = `${platform.routerUrl.replace('http', 'ws')}/graphql`;
  const { token, claims } = await h.signUp(platform.routerUrl);
  const tenantId = claims.tid;

  const stats = { errors: 0, closed: 0, completed: 0, firstError: null };
  const latency = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000, numberOfSignificantValueDigits: 3 });
  let delivered = 0;
  const onEvent = (ev, at) => {
    const sent = Number(ev.message);
    if (!Number.isFinite(sent)) return;
    delivered++;
    latency.recordValue(Math.max(1, Math.round((at - sent) * 1000))); // microseconds
  };

  // Warm-up: a few connections exercise every code path once (JIT, lazy modules), then leave.
  const warm = await connectAll(wsUrl, token, [randomUUID()], 20, () => undefined, { errors: 0, closed: 0, completed: 0 });
  await Promise.all(warm.map((s) => s.client.dispose()));
  await h.sleep(1500);
  const memBefore = await routerMemory(platform.router, platform.routerUrl, inspector);

  const jobIds = Array.from({ length: JOBS }, () => randomUUID());
  const t0 = Date.now();
  const subs = await connectAll(wsUrl, token, jobIds, SUBSCRIBERS, onEvent, stats);
  const connectMs = Date.now() - t0;
  await h.sleep(SETTLE_MS);
  const memIdle = await routerMemory(platform.router, platform.routerUrl, inspector);
  const benchRssKb = h.procMemory(process.pid).rssKb;
  const perConnKb = (memIdle.rssKb - memBefore.rssKb) / SUBSCRIBERS;
  const heapPerConnKb = (memIdle.heapUsedKb - memBefore.heapUsedKb) / SUBSCRIBERS;
  log(`\nconnected ${subs.length} subscribers in ${connectMs} ms (${Math.round((1000 * subs.length) / connectMs)}/s)`);
  log(
    `router memory: before ${(memBefore.rssKb / 1024).toFixed(1)} MiB RSS (heap used ${(memBefore.heapUsedKb / 1024).toFixed(1)} MiB), ` +
      `with ${SUBSCRIBERS} idle subscriptions ${(memIdle.rssKb / 1024).toFixed(1)} MiB RSS (heap used ${(memIdle.heapUsedKb / 1024).toFixed(1)} MiB)`,
  );
  log(`  => ${perConnKb.toFixed(1)} KB RSS per idle connection (heap used ${heapPerConnKb.toFixed(1)} KB); bench process RSS ${(benchRssKb / 1024).toFixed(0)} MiB`);
  let gcPerConn = null;
  if (inspector) {
    const b = memBefore.afterGc;
    const a = memIdle.afterGc;
    gcPerConn = {
      rssKb: h.round((a.rssKb - b.rssKb) / SUBSCRIBERS, 2),
      heapUsedKb: h.round((a.heapUsedKb - b.heapUsedKb) / SUBSCRIBERS, 2),
      externalKb: h.round((a.externalKb - b.externalKb) / SUBSCRIBERS, 2),
    };
    log(
      `  after a forced full GC: before ${(b.rssKb / 1024).toFixed(1)} MiB RSS (heap used ${(b.heapUsedKb / 1024).toFixed(1)} MiB), ` +
        `idle ${(a.rssKb / 1024).toFixed(1)} MiB RSS (heap used ${(a.heapUsedKb / 1024).toFixed(1)} MiB) => ` +
        `${gcPerConn.rssKb} KB RSS, ${gcPerConn.heapUsedKb} KB live heap, ${gcPerConn.externalKb} KB external per connection`,
    );
  }

  // Publishing: RATE events/s, round-robin over the job ids, send time in `message`.
  const { createRedis, createLivePublisher } = require(path.join(h.REPO, 'packages/kit/dist'));
  const redis = createRedis(platform.env.REDIS_URL || 'redis://127.0.0.1:6379', { name: 'bench-publisher' });
  const publisher = createLivePublisher(redis, { throttleMs: 0 });
  // The histogram includes its sampling interval: report the delay beyond it.
  const LOOP_RESOLUTION_MS = 10;
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  const loopDelayP99Ms = () => Math.max(0, loopDelay.percentile(99) / 1e6 - LOOP_RESOLUTION_MS);
  loopDelay.enable();
  const total = RATE * DURATION;
  const perJobCount = new Map(jobIds.map((id) => [id, 0]));
  const cpu0 = { router: h.procCpuSeconds(routerPid), redis: h.cpuSecondsByComm(/^redis-server/), self: process.cpuUsage(), machine: h.machineCpu(), t: Date.now() };
  let peakRssKb = memIdle.rssKb;
  const rssTimer = setInterval(() => {
    try {
      peakRssKb = Math.max(peakRssKb, h.procMemory(routerPid).rssKb);
    } catch {
      /* router gone */
    }
  }, 500);
  let published = 0;
  let publishErrors = 0;
  const pubStart = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      // Catch up on schedule: event i goes out at pubStart + i / RATE seconds.
      const due = Math.min(total, Math.floor(((performance.now() - pubStart) * RATE) / 1000) + 1);
      while (published < due) {
        const jobId = jobIds[published % JOBS];
        const n = perJobCount.get(jobId) + 1;
        perJobCount.set(jobId, n);
        published++;
        publisher
          .publish({ tenantId, topic: 'job', id: jobId, state: 'RUNNING', stage: 'S', percent: n % 100, message: nowMs().toFixed(3) })
          .catch(() => publishErrors++);
      }
      if (published >= total) return resolve();
      setTimeout(tick, Math.max(1, pubStart + (published * 1000) / RATE - performance.now()));
    };
    tick();
  });
  const pubSeconds = (performance.now() - pubStart) / 1000;
  const expected = published * (SUBSCRIBERS / JOBS);
  const drainUntil = Date.now() + DRAIN_MS;
  while (delivered < expected && Date.now() < drainUntil) await h.sleep(50);
  clearInterval(rssTimer);
  loopDelay.disable();
  const cpuWall = (Date.now() - cpu0.t) / 1000;
  const selfCpu = process.cpuUsage(cpu0.self);
  const machine1 = h.machineCpu();
  const cpu = {
    routerPctOfCore: h.round((100 * (h.procCpuSeconds(routerPid) - cpu0.router)) / cpuWall, 0),
    redisPctOfCore: h.round((100 * (h.cpuSecondsByComm(/^redis-server/) - cpu0.redis)) / cpuWall, 0),
    benchPctOfCore: h.round((100 * (selfCpu.user + selfCpu.system)) / 1e6 / cpuWall, 0),
    machineBusyPct: h.round((100 * (machine1.busy - cpu0.machine.busy)) / (machine1.total - cpu0.machine.total), 0),
  };
  // What the rest of the machine (other processes, identity, PostgreSQL) used meanwhile, % of one core.
  cpu.otherPctOfCore = Math.max(0, h.round(cpu.machineBusyPct * machine.nproc - cpu.routerPctOfCore - cpu.redisPctOfCore - cpu.benchPctOfCore, 0));
  const memAfter = await routerMemory(platform.router, platform.routerUrl, inspector);
  const closedEarly = stats.closed;
  const openAtEnd = subs.length - closedEarly;
  const outOfOrder = subs.reduce((n, s) => n + s.outOfOrder, 0);

  const us = (p) => h.round(latency.getValueAtPercentile(p) / 1000, 2);
  const result = {
    deliveredCount: delivered,
    expectedCount: expected,
    p50Ms: us(50),
    p90Ms: us(90),
    p99Ms: us(99),
    maxMs: h.round(latency.maxValue / 1000, 2),
  };
  log(`\npublished ${published} events in ${pubSeconds.toFixed(1)} s (${(published / pubSeconds).toFixed(1)}/s, ${publishErrors} publish errors)`);
  log(`delivered ${delivered} / ${expected} expected (${((100 * delivered) / expected).toFixed(2)}%); out of order ${outOfOrder}; subscription errors ${stats.errors}; sockets closed early ${stats.closed}`);
  log(`delivery latency (publish -> client): p50 ${result.p50Ms} ms, p90 ${result.p90Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms`);
  log(
    `CPU while publishing (% of one core): router ${cpu.routerPctOfCore}%, redis ${cpu.redisPctOfCore}%, bench (clients + publisher) ${cpu.benchPctOfCore}%; ` +
      `everything else ${cpu.otherPctOfCore}%; bench event-loop delay p99 ${loopDelayP99Ms().toFixed(1)} ms`,
  );
  const disturbed = cpu.otherPctOfCore > 20;
  if (disturbed) log(`WARNING: other processes used ${cpu.otherPctOfCore}% of a core while publishing; latency figures are distorted, rerun when it is quiet`);
  log(`router RSS peak while publishing ${(peakRssKb / 1024).toFixed(1)} MiB, after ${(memAfter.rssKb / 1024).toFixed(1)} MiB`);
  if (stats.firstError) log(`first error: ${stats.firstError}`);

  await Promise.all(subs.map((s) => s.client.dispose().catch(() => undefined)));
  redis.disconnect();
  if (inspector) inspector.close();
  await h.stopAll();

  const failures = stats.errors + publishErrors + (delivered < expected ? expected - delivered : 0) + outOfOrder + closedEarly;
  const targets = { p99MsMax: 100, kbPerIdleConnectionMax: 40, p99Met: result.p99Ms < 100, memoryMet: perConnKb < 40, allDelivered: delivered >= expected };
  log('\nsummary:');
  log(`  delivery p99 ${result.p99Ms} ms (target < 100 ms: ${targets.p99Met ? 'met' : 'MISSED'})`);
  log(`  ${perConnKb.toFixed(1)} KB RSS per idle connection (target < 40 KB: ${targets.memoryMet ? 'met' : 'MISSED'})`);
  log(`  delivered ${delivered}/${expected}${targets.allDelivered ? '' : '  <- events were lost'}`);
  log(`  wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);

  console.log(
    JSON.stringify({
      bench: 'subscriptions',
      machine,
      config: { subscribers: SUBSCRIBERS, jobs: JOBS, subscribersPerJob: SUBSCRIBERS / JOBS, eventsPerSecond: RATE, durationS: DURATION },
      connectMs,
      memory: {
        before: memBefore,
        idle: memIdle,
        after: memAfter,
        peakRssKb,
        kbPerIdleConnection: h.round(perConnKb, 2),
        heapKbPerIdleConnection: h.round(heapPerConnKb, 2),
        afterForcedGcPerIdleConnection: gcPerConn,
        benchProcessRssKb: benchRssKb,
      },
      published,
      publishedPerSecond: h.round(published / pubSeconds, 1),
      delivery: result,
      outOfOrder,
      subscriptionErrors: stats.errors,
      publishErrors,
      socketsClosedEarly: closedEarly,
      openAtEnd,
      cpu,
      benchLoopDelayP99Ms: h.round(loopDelayP99Ms(), 2),
      failures,
      disturbed,
      targets,
    }),
  );
  process.exitCode = failures ? 2 : 0;
}

main().catch((err) => {
  console.error('subscriptions bench failed:', err && err.stack ? err.stack : err);
  h.killChildren('SIGKILL');
  process.exit(1);
});
