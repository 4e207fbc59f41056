#!/usr/bin/env node
'use strict';
// Router overhead: the same authenticated query straight at identity, then through the router.
//
//   node bench/router/run.js [--duration 20] [--warmup 3] [--connections 50] [--rate 200]
//                            [--pin] [--workers N] [--no-unloaded]
//
// Build first (`npx tsc -b`); PostgreSQL and Redis must be up. Uses its own database (prumo_bench),
// Redis prefix (pbench) and DATA_DIR (.data/bench). See docs/PERFORMANCE.md.
const http = require('node:http');
const path = require('node:path');
const autocannon = require('autocannon');
const hdr = require('hdr-histogram-js');
const { performance } = require('node:perf_hooks');
const h = require('../lib/harness');

const args = h.parseArgs();
const DURATION = Number(args.duration ?? 20);
const WARMUP = Number(args.warmup ?? 3);
const CONNECTIONS = Number(args.connections ?? 50);
const WORKERS = args.workers ? Number(args.workers) : 0;
const PIN = Boolean(args.pin);
const UNLOADED = !args['no-unloaded'];
const UNLOADED_SECONDS = Math.min(5, DURATION);
// Offered load of the below-saturation phase (evenly spaced requests/s); 0 skips it.
const FIXED_RATE = Number(args.rate ?? 200);

// A phase during which processes outside the bench used more than this (% of one core) is flagged.
const OTHER_LOAD_LIMIT = 20;

const QUERY = 'query Me { me { id account { name } } }';
const BODY = JSON.stringify({ query: QUERY, operationName: 'Me' });

function log(...a) {
  console.log(...a);
}

/** One autocannon run; latency recorded in microseconds by our own histogram (autocannon's is 1 ms). */
async function load(name, url, token, expectedBody, { connections, duration, pids }) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  let errorBodies = 0;
  let firstBadBody = null;
  const verifyBody = (body) => {
    if (body === expectedBody) return true;
    errorBodies++;
    if (!firstBadBody) firstBadBody = String(body).slice(0, 300);
    return false;
  };
  const before = await snapshot(pids);
  const opts = {
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: BODY,
    connections,
    duration,
    // With workers the check must be a module path (functions cannot cross threads).
    verifyBody: WORKERS ? path.join(__dirname, 'verify-body.js') : verifyBody,
  };
  if (WORKERS) {
    process.env.BENCH_EXPECTED_BODY = expectedBody;
    opts.workers = WORKERS;
  }
  const instance = autocannon(opts);
  if (!WORKERS) {
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) histogram.recordValue(Math.max(1, Math.round(ms * 1000)));
    });
  }
  const result = await instance;
  const after = await snapshot(pids);
  const total = result.requests.total;
  const cpu = cpuDelta(before, after, total);
  const us = (p) => histogram.getValueAtPercentile(p) / 1000;
  const out = {
    name,
    connections,
    durationS: duration,
    requests: total,
    rps: h.round(total / (result.duration || duration), 1),
    p50Ms: WORKERS ? result.latency.p50 : h.round(us(50), 3),
    p90Ms: WORKERS ? result.latency.p90 : h.round(us(90), 3),
    p99Ms: WORKERS ? result.latency.p99 : h.round(us(99), 3),
    maxMs: WORKERS ? result.latency.max : h.round(histogram.maxValue / 1000, 3),
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    // Bodies different from the verified one (any `errors`, a different shape, a 429...).
    errorBodies: WORKERS ? result.mismatches : errorBodies,
    firstBadBody,
    cpu,
  };
  return out;
}

/**
 * Open-loop paced load: one request every 1/rate s whatever the answers do (autocannon's
 * overallRate sends each second's quota in a burst, which measures its own queueing).
 */
async function paced(name, url, token, expectedBody, { rate, duration, pids }) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const total = Math.round(rate * duration);
  let non2xx = 0;
  let errorBodies = 0;
  let socketErrors = 0;
  let firstBadBody = null;
  const inflight = new Set();
  // node:http with a keep-alive pool: far cheaper per request than fetch in the load generator.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(`${url}/graphql`);
  const one = () =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...headers, 'content-length': Buffer.byteLength(BODY) } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
            else histogram.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
            if (text !== expectedBody) {
              errorBodies++;
              if (!firstBadBody) firstBadBody = text.slice(0, 300);
            }
            resolve();
          });
        },
      );
      req.on('error', () => {
        socketErrors++;
        resolve();
      });
      req.end(BODY);
    });
  const before = await snapshot(pids);
  const start = performance.now();
  let sent = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      while (sent < due) {
        sent++;
        const p = one();
        inflight.add(p);
        p.finally(() => inflight.delete(p));
      }
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  const wall = (performance.now() - start) / 1000;
  const after = await snapshot(pids);
  const us = (p) => histogram.getValueAtPercentile(p) / 1000;
  return {
    name,
    connections: 'paced',
    durationS: duration,
    requests: total,
    rps: h.round(total / wall, 1),
    p50Ms: h.round(us(50), 3),
    p90Ms: h.round(us(90), 3),
    p99Ms: h.round(us(99), 3),
    maxMs: h.round(histogram.maxValue / 1000, 3),
    non2xx,
    socketErrors,
    timeouts: 0,
    errorBodies,
    firstBadBody,
    cpu: cpuDelta(before, after, total),
  };
}

async function snapshot(pids) {
  const postgres = await pids.pg.cpu();
  return {
    t: process.hrtime.bigint(),
    machine: h.machineCpu(),
    self: process.cpuUsage(),
    router: h.procCpuSeconds(pids.router),
    identity: h.procCpuSeconds(pids.identity),
    postgres,
    redis: h.cpuSecondsByComm(/^redis-server/),
  };
}

/** CPU use over a phase: % of one core per process, and CPU microseconds per request. */
function cpuDelta(a, b, requests) {
  const wall = Number(b.t - a.t) / 1e9;
  const selfS = (b.self.user - a.self.user + b.self.system - a.self.system) / 1e6;
  const per = (s) => ({ pctOfCore: h.round((100 * s) / wall, 0), usPerReq: requests ? h.round((s * 1e6) / requests, 0) : null });
  const machineBusy = (b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total);
  const ours = {
    loadgen: selfS,
    router: b.router - a.router,
    identity: b.identity - a.identity,
    postgres: h.pgCpuDelta(a.postgres, b.postgres),
    redis: b.redis - a.redis,
  };
  const cores = require('node:os').cpus().length;
  const busyS = machineBusy * cores * wall;
  const oursS = Object.values(ours).reduce((x, y) => x + y, 0);
  return {
    machineBusyPct: h.round(100 * machineBusy, 0),
    loadgen: per(ours.loadgen),
    router: per(ours.router),
    identity: per(ours.identity),
    postgres: per(ours.postgres),
    redis: per(ours.redis),
    // Everything else on the machine (other processes, kernel softirq work of the loopback traffic).
    other: { pctOfCore: h.round((100 * Math.max(0, busyS - oursS)) / wall, 0) },
  };
}

async function expectedBodyOf(url, token, sub) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: BODY,
  });
  const text = await r.text();
  const parsed = JSON.parse(text);
  if (r.status !== 200 || parsed.errors || !parsed.data || parsed.data.me.id !== sub || !parsed.data.me.account.name) {
    throw new Error(`${url} answered ${r.status}: ${text}`);
  }
  return text;
}

function printPhase(r) {
  log(
    `  ${r.name.padEnd(16)} ${String(r.rps).padStart(8)} req/s  p50 ${r.p50Ms.toFixed(2)} ms  p99 ${r.p99Ms.toFixed(2)} ms  ` +
      `(${r.requests} requests, non-2xx ${r.non2xx}, error bodies ${r.errorBodies}, socket errors ${r.socketErrors}, timeouts ${r.timeouts})`,
  );
  const c = r.cpu;
  log(
    `  ${''.padEnd(16)} CPU (% of one core / µs per request): machine ${c.machineBusyPct}% busy; load generator ${c.loadgen.pctOfCore}%/${c.loadgen.usPerReq}; ` +
      `router ${c.router.pctOfCore}%/${c.router.usPerReq}; identity ${c.identity.pctOfCore}%/${c.identity.usPerReq}; ` +
      `postgres (bench backends) ${c.postgres.pctOfCore}%/${c.postgres.usPerReq}; redis ${c.redis.pctOfCore}%/${c.redis.usPerReq}; everything else ${c.other.pctOfCore}%`,
  );
  if (r.firstBadBody) log(`  first unexpected body: ${r.firstBadBody}`);
  if (c.other.pctOfCore > OTHER_LOAD_LIMIT) log(`  WARNING: other processes used ${c.other.pctOfCore}% of a core during this phase; its figures are distorted`);
}

async function main() {
  h.installCleanup();
  const started = Date.now();
  const machine = h.machineInfo();
  // --pin: the load generator on CPU 0; router and identity on CPU 1 (PostgreSQL and Redis float).
  if (PIN) {
    require('node:child_process').execFileSync('taskset', ['-a', '-cp', '0', String(process.pid)], { stdio: 'ignore' });
  }
  machine.backgroundBusyPct = await h.backgroundBusyPct();
  log(
    `router benchmark: ${machine.nproc} CPUs (${machine.cpuModel}), ${machine.memGiB} GiB, node ${machine.node}, ` +
      `load average ${machine.loadavg}, machine ${machine.backgroundBusyPct}% busy before start; ` +
      `code ${machine.commit}${machine.dirty ? ' + uncommitted changes' : ''}`,
  );
  log(`query ${QUERY}; ${CONNECTIONS} connections, ${DURATION} s per target after a ${WARMUP} s warm-up${PIN ? '; pinned: load generator CPU 0, services CPU 1' : '; not pinned'}${WORKERS ? `; autocannon workers ${WORKERS}` : ''}`);

  const platform = await h.startPlatform(PIN ? { identityCpus: '1', routerCpus: '1' } : {});
  const pg = h.pgBackends(platform.env);
  const pids = { identity: h.nodePid(platform.identity), router: h.nodePid(platform.router), pg };
  const { token, claims } = await h.signUp(platform.routerUrl);
  const directBody = await expectedBodyOf(platform.identityUrl, token, claims.sub);
  const routerBody = await expectedBodyOf(platform.routerUrl, token, claims.sub);

  const run = async (name, url, body, connections, duration, warmup, rate) => {
    const fn = rate ? paced : load;
    if (warmup > 0) await fn(`${name} warm-up`, url, token, body, { connections, duration: warmup, pids, rate });
    const r = await fn(name, url, token, body, { connections, duration, pids, rate });
    printPhase(r);
    return r;
  };

  log(`\n${CONNECTIONS} connections:`);
  const direct = await run('direct identity', platform.identityUrl, directBody, CONNECTIONS, DURATION, WARMUP);
  const routed = await run('through router', platform.routerUrl, routerBody, CONNECTIONS, DURATION, WARMUP);

  let fixedRate = null;
  if (FIXED_RATE) {
    log(`\nopen-loop ${FIXED_RATE} req/s, evenly spaced (below saturation), ${UNLOADED_SECONDS} s each:`);
    const d = await run('direct identity', platform.identityUrl, directBody, CONNECTIONS, UNLOADED_SECONDS, 1, FIXED_RATE);
    const r = await run('through router', platform.routerUrl, routerBody, CONNECTIONS, UNLOADED_SECONDS, 1, FIXED_RATE);
    fixedRate = { rate: FIXED_RATE, direct: d, router: r, addedP50Ms: h.round(r.p50Ms - d.p50Ms, 3), addedP99Ms: h.round(r.p99Ms - d.p99Ms, 3) };
  }

  let unloaded = null;
  if (UNLOADED) {
    log(`\n1 connection (latency without queueing), ${UNLOADED_SECONDS} s each:`);
    const d1 = await run('direct identity', platform.identityUrl, directBody, 1, UNLOADED_SECONDS, 1);
    const r1 = await run('through router', platform.routerUrl, routerBody, 1, UNLOADED_SECONDS, 1);
    unloaded = { direct: d1, router: r1, addedP50Ms: h.round(r1.p50Ms - d1.p50Ms, 3), addedP99Ms: h.round(r1.p99Ms - d1.p99Ms, 3) };
  }

  await pg.close();
  await h.stopAll();

  const ratio = routed.rps / direct.rps;
  const addedP50 = routed.p50Ms - direct.p50Ms;
  const failures = [direct, routed, ...(fixedRate ? [fixedRate.direct, fixedRate.router] : []), ...(unloaded ? [unloaded.direct, unloaded.router] : [])].reduce(
    (n, r) => n + r.non2xx + r.errorBodies + r.socketErrors + r.timeouts,
    0,
  );
  log('\nsummary:');
  log(`  direct  ${direct.rps} req/s, p50 ${direct.p50Ms} ms, p99 ${direct.p99Ms} ms`);
  log(`  router  ${routed.rps} req/s, p50 ${routed.p50Ms} ms, p99 ${routed.p99Ms} ms`);
  log(`  router/direct RPS ${(100 * ratio).toFixed(1)}% (target >= 50%: ${ratio >= 0.5 ? 'met' : 'MISSED'})`);
  log(`  added p50 at ${CONNECTIONS} connections ${addedP50.toFixed(2)} ms (target <= 2 ms: ${addedP50 <= 2 ? 'met' : 'MISSED'})`);
  if (fixedRate) log(`  added p50 at a fixed ${FIXED_RATE} req/s ${fixedRate.addedP50Ms.toFixed(2)} ms, added p99 ${fixedRate.addedP99Ms.toFixed(2)} ms`);
  if (unloaded) log(`  added p50 at 1 connection ${unloaded.addedP50Ms.toFixed(2)} ms, added p99 ${unloaded.addedP99Ms.toFixed(2)} ms`);
  log(`  failed responses (non-2xx, error bodies, socket errors, timeouts): ${failures}${failures ? '  <- figures are NOT valid' : ''}`);
  const phases = [direct, routed, ...(fixedRate ? [fixedRate.direct, fixedRate.router] : []), ...(unloaded ? [unloaded.direct, unloaded.router] : [])];
  const disturbed = phases.filter((r) => r.cpu.other.pctOfCore > OTHER_LOAD_LIMIT).map((r) => `${r.name} (${r.connections} conn.)`);
  if (disturbed.length) log(`  WARNING: other load on the machine during: ${disturbed.join(', ')}; rerun when it is quiet`);
  log(`  wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const strip = (r) => {
    const { firstBadBody, ...rest } = r;
    return rest;
  };
  const summary = {
    bench: 'router',
    machine,
    config: { connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, fixedRate: FIXED_RATE, pinned: PIN, workers: WORKERS },
    direct: strip(direct),
    router: strip(routed),
    rpsRatio: h.round(ratio, 3),
    addedP50Ms: h.round(addedP50, 3),
    addedP99Ms: h.round(routed.p99Ms - direct.p99Ms, 3),
    fixedRate: fixedRate && { rate: fixedRate.rate, direct: strip(fixedRate.direct), router: strip(fixedRate.router), addedP50Ms: fixedRate.addedP50Ms, addedP99Ms: fixedRate.addedP99Ms },
    unloaded: unloaded && { direct: strip(unloaded.direct), router: strip(unloaded.router), addedP50Ms: unloaded.addedP50Ms, addedP99Ms: unloaded.addedP99Ms },
    failures,
    disturbedPhases: disturbed,
    targets: { rpsRatioMin: 0.5, addedP50MsMax: 2, rpsRatioMet: ratio >= 0.5, addedP50Met: addedP50 <= 2 },
  };
  console.log(JSON.stringify(summary));
  process.exitCode = failures ? 2 : 0;
}

main().catch((err) => {
  console.error('router bench failed:', err && err.stack ? err.stack : err);
  h.killChildren('SIGKILL');
  process.exit(1);
});
