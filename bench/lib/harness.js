'use strict';
// Shared plumbing of the benchmarks: a dedicated database and Redis prefix, the identity subgraph
// and the router as child processes (never in the load generator's event loop), readiness, a signed-up
// user, CPU and memory readings from /proc, and cleanup of every child on any exit.
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const { readFileSync, readdirSync, mkdirSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '../..');

/** Environment shared by the bootstrap, identity and the router. */
function benchEnv(extra = {}) {
  return {
    ...process.env,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    DATABASE_NAME: 'prumo_bench',
    REDIS_PREFIX: 'pbench',
    DATA_DIR: path.join(REPO, '.data/bench'),
    DEMO_SEED: 'false',
    // The limiter stays in the path (one Redis EVAL per request) but never refuses.
    RATE_LIMITS_PER_MINUTE: 'free:100000000,pro:100000000,enterprise:100000000',
    RATE_LIMIT_IP_PER_MINUTE: '100000000',
    OTEL_EXPORTER_OTLP_ENDPOINT: '',
    ...extra,
  };
}

/** Parses `--name value`, `--name=value` and `--flag`. */
function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out[a.slice(2, eq)] = a.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[a.slice(2)] = argv[++i];
    else out[a.slice(2)] = true;
  }
  return out;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- children ---------------------------------------------------------------------------------

const children = new Set();
let cleanupInstalled = false;

function killChildren(signal = 'SIGKILL') {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill(signal);
      } catch {
        /* already gone */
      }
    }
  }
}

/** Every child dies with the bench: normal end, error, Ctrl-C or SIGTERM. */
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => killChildren('SIGKILL'));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      console.error(`\n${sig}: stopping child processes`);
      killChildren('SIGKILL');
      process.exit(130);
    });
  }
  process.on('uncaughtException', (err) => {
    console.error('bench failed:', err && err.stack ? err.stack : err);
    killChildren('SIGKILL');
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => {
    console.error('bench failed:', err && err.stack ? err.stack : err);
    killChildren('SIGKILL');
    process.exit(1);
  });
}

/**
 * Starts `node <script>` as a child. `cpus` (e.g. '1') pins it with taskset; the soft open-files
 * limit is raised to the hard one first (the router holds one descriptor per WebSocket).
 */
function startNode(name, script, env, { cpus, nodeArgs = [] } = {}) {
  installCleanup();
  const nodeCmd = ['exec', cpus ? `taskset -c ${cpus}` : '', JSON.stringify(process.execPath), ...nodeArgs, JSON.stringify(path.join(REPO, script))]
    .filter(Boolean)
    .join(' ');
  const child = spawn('bash', ['-c', `ulimit -n "$(ulimit -Hn)" 2>/dev/null; ${nodeCmd}`], {
    cwd: REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.benchName = name;
  children.add(child);
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', (chunk) => {
    keep(chunk);
    if (process.env.BENCH_VERBOSE) process.stderr.write(`[${name}] ${chunk}`);
  });
  child.output = () => tail.join('');
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!child.stopping) {
      console.error(`${name} exited unexpectedly (code ${code}, signal ${signal}); last output:\n${child.output()}`);
    }
  });
  return child;
}

async function stopChild(child, timeoutMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.stopping = true;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await exited;
  clearTimeout(t);
}

async function stopAll() {
  await Promise.all([...children].map((c) => stopChild(c)));
}

/**
 * Polls `<url>/ready` until it answers 200 (or the child dies / the deadline passes). With `required`,
 * a 503 also counts as ready when every listed check is ok: the router's readiness lists every
 * subgraph of the platform, and a bench starts only the ones its operation needs.
 */
async function waitReady(child, baseUrl, { timeoutMs = 30_000, required } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${child.benchName} died before it was ready:\n${child.output()}`);
    try {
      const r = await fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(3000) });
      const text = await r.text();
      last = `${r.status} ${text}`;
      if (r.status === 200) return;
      if (required && r.status === 503) {
        const checks = JSON.parse(text).checks ?? {};
        if (required.every((name) => checks[name] === 'ok')) return;
      }
    } catch (err) {
      last = err.message;
    }
    await sleep(250);
  }
  throw new Error(`${child.benchName} not ready after ${timeoutMs} ms (last: ${last})\n${child.output()}`);
}

/**
 * Creates/migrates prumo_bench (idempotent) with scripts/bootstrap-db.js. If that fails because a
 * subgraph the bench does not start is not built (work in progress elsewhere in the tree), migrates
 * identity alone, which is all these benches need, and says so.
 */
function bootstrapDb(env) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/bootstrap-db.js')], { cwd: REPO, env, encoding: 'utf8' });
  if (r.status === 0) return;
  const fallback = spawnSync(
    process.execPath,
    [
      '-e',
      `const kit = require(${JSON.stringify(path.join(REPO, 'packages/kit/dist'))});
       const identity = require(${JSON.stringify(path.join(REPO, 'subgraphs/identity/dist'))});
       kit.bootstrapDatabase(kit.loadConfig(), [{ schema: 'identity', migrations: identity.migrations }])
         .then(() => process.exit(0), (err) => { console.error(err.message); process.exit(1); });`,
    ],
    { cwd: REPO, env, encoding: 'utf8' },
  );
  if (fallback.status !== 0) throw new Error(`bootstrap-db failed:\n${r.stdout}\n${r.stderr}\nidentity-only bootstrap failed too:\n${fallback.stderr}`);
  console.error(`note: scripts/bootstrap-db.js failed (${(r.stderr || r.stdout).trim().split('\n')[0]}); migrated identity only`);
}

/** identity (PROCESS_ROLE=all) and the router, on free ports, both ready. */
async function startPlatform({ identityCpus, routerCpus, routerNodeArgs, routerInspectPort } = {}) {
  mkdirSync(path.join(REPO, '.data/bench'), { recursive: true });
  const identityPort = await freePort();
  const routerPort = await freePort();
  const identityUrl = `http://127.0.0.1:${identityPort}`;
  const routerUrl = `http://127.0.0.1:${routerPort}`;
  const env = benchEnv({ IDENTITY_PORT: String(identityPort), IDENTITY_URL: identityUrl, ROUTER_PORT: String(routerPort), PROCESS_ROLE: 'all' });
  bootstrapDb(env);
  // Diagnostics only (e.g. BENCH_ROUTER_NODE_ARGS=--cpu-prof): extra node flags for the children.
  const flags = (v) => (v ? v.split(/\s+/).filter(Boolean) : []);
  const identity = startNode('identity', 'subgraphs/identity/dist/main.js', env, {
    cpus: identityCpus,
    nodeArgs: flags(process.env.BENCH_IDENTITY_NODE_ARGS),
  });
  await waitReady(identity, identityUrl);
  const router = startNode('router', 'router/dist/main.js', env, {
    cpus: routerCpus,
    nodeArgs: [
      ...(routerInspectPort ? [`--inspect=127.0.0.1:${routerInspectPort}`] : []),
      ...(routerNodeArgs ?? []),
      ...flags(process.env.BENCH_ROUTER_NODE_ARGS),
    ],
  });
  // Only identity runs: the router's readiness must see Redis, the supergraph and identity.
  await waitReady(router, routerUrl, { required: ['redis', 'supergraph', 'identity'] });
  return { identity, router, identityUrl, routerUrl, env };
}

// ---- GraphQL helpers --------------------------------------------------------------------------

async function gql(url, query, variables, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (r.status !== 200 || body.errors) throw new Error(`GraphQL ${r.status}: ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

/** Signs up a fresh user (unique email, valid CNPJ) through the router; returns token and claims. */
async function signUp(routerUrl) {
  const { generateCnpj } = require(path.join(REPO, 'packages/br/dist'));
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const data = await gql(
    routerUrl,
    'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }',
    {
      i: {
        name: 'Bench Prumo',
        email: `bench-${tag}@bench.prumo.test`,
        password: 'bench-senha-123',
        companyName: `Bench ${tag}`,
        taxId: generateCnpj(),
      },
    },
  );
  const token = data.signUp.accessToken;
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { token, claims };
}

// ---- /proc readings ---------------------------------------------------------------------------

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far. */
function procCpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK; // utime, stime (fields 14, 15)
  } catch {
    return 0;
  }
}

/** Summed CPU seconds of every process whose command name matches (postgres, redis-server). */
function cpuSecondsByComm(re) {
  let total = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (re.test(readFileSync(`/proc/${d}/comm`, 'utf8').trim())) total += procCpuSeconds(d);
    } catch {
      /* gone */
    }
  }
  return total;
}

/**
 * PostgreSQL backends serving the bench database (identity's pool), found through
 * pg_stat_activity over one admin connection kept open on the `postgres` database.
 */
function pgBackends(env) {
  const { Client } = require(path.join(REPO, 'node_modules/pg'));
  const client = new Client({ connectionString: env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  const connected = client.connect();
  return {
    async pids() {
      await connected;
      const r = await client.query('select pid from pg_stat_activity where datname = $1', [env.DATABASE_NAME]);
      return r.rows.map((row) => row.pid);
    },
    /** CPU seconds per backend pid, now. */
    async cpu() {
      const out = {};
      for (const pid of await this.pids()) out[pid] = procCpuSeconds(pid);
      return out;
    },
    close: () => client.end().catch(() => undefined),
  };
}

/** CPU seconds spent between two `pgBackends().cpu()` readings (a backend born in between counts whole). */
function pgCpuDelta(before, after) {
  let s = 0;
  for (const [pid, v] of Object.entries(after)) s += v - (before[pid] ?? 0);
  return s;
}

/** Machine-wide busy and total jiffies, from /proc/stat. */
function machineCpu() {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = v[3] + (v[4] || 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Share of the machine's CPU busy over `ms` before the bench starts anything (other tenants' load). */
async function backgroundBusyPct(ms = 2000) {
  const a = machineCpu();
  await sleep(ms);
  const b = machineCpu();
  return Math.round((100 * (b.busy - a.busy)) / (b.total - a.total));
}

/** VmRSS / VmHWM of a process in KiB. */
function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number((new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status) || [])[1] || 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** The pid of the node process behind a child started through `bash -c '... exec node'`. */
function nodePid(child) {
  return child.pid; // exec replaces bash (and taskset execs node), so the pid is node's
}

/** The commit measured, and whether the tree had uncommitted changes (outside bench/ and docs/). */
function codeVersion() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench', ':!docs'], { cwd: REPO, encoding: 'utf8' }).trim().length > 0;
    return { commit, dirty };
  } catch {
    return { commit: null, dirty: null };
  }
}

function machineInfo() {
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return {
    ...codeVersion(),
    nproc: os.cpus().length,
    cpuModel: os.cpus()[0] && os.cpus()[0].model,
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadavg: load,
  };
}

/**
 * Environment for a bench running `subgraphs` and the router as child processes on free ports: every
 * `<NAME>_PORT`/`<NAME>_URL`, the router's port and public URL, PROCESS_ROLE=all, the offline sandbox
 * checkout (never the real Stripe), plus `extra`. `url(name)` is the base URL of a process.
 */
async function platformEnv(subgraphs, extra = {}) {
  const ports = {};
  for (const name of [...subgraphs, 'router']) ports[name] = await freePort();
  const url = (name) => `http://127.0.0.1:${ports[name]}`;
  const vars = { ROUTER_PORT: String(ports.router), ROUTER_PUBLIC_URL: url('router'), PROCESS_ROLE: 'all' };
  for (const name of subgraphs) {
    vars[`${name.toUpperCase()}_PORT`] = String(ports[name]);
    vars[`${name.toUpperCase()}_URL`] = url(name);
  }
  const env = benchEnv({ ...vars, ...extra });
  delete env.STRIPE_SECRET_KEY;
  delete env.STRIPE_WEBHOOK_SECRET;
  return { env, url };
}

/**
 * Starts `subgraphs` (PROCESS_ROLE from `env`) and then the router, each on its `url(name)` from
 * `platformEnv`, and waits until all are ready (the router sees Redis, the supergraph and them).
 * `nodeArgs(name)`: extra node flags per child (diagnostics).
 */
async function startSubgraphsAndRouter(subgraphs, env, url, { nodeArgs = () => [] } = {}) {
  const procs = {};
  for (const name of subgraphs) procs[name] = startNode(name, `subgraphs/${name}/dist/main.js`, env, { nodeArgs: nodeArgs(name) });
  await Promise.all(subgraphs.map((name) => waitReady(procs[name], url(name), { timeoutMs: 60_000 })));
  procs.router = startNode('router', 'router/dist/main.js', env, { nodeArgs: nodeArgs('router') });
  await waitReady(procs.router, url('router'), { timeoutMs: 60_000, required: ['redis', 'supergraph', ...subgraphs] });
  return procs;
}

const round = (n, d = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** d) / 10 ** d : n);

module.exports = {
  startSubgraphsAndRouter,
  REPO,
  benchEnv,
  platformEnv,
  parseArgs,
  freePort,
  sleep,
  startNode,
  stopChild,
  stopAll,
  killChildren,
  installCleanup,
  waitReady,
  bootstrapDb,
  startPlatform,
  gql,
  signUp,
  procCpuSeconds,
  cpuSecondsByComm,
  machineCpu,
  procMemory,
  pgBackends,
  backgroundBusyPct,
  pgCpuDelta,
  nodePid,
  machineInfo,
  round,
};

/**
 * Minimal DevTools-protocol client for a child started with `--inspect=127.0.0.1:<port>`: forces a
 * full GC and reads process.memoryUsage() inside it, so memory figures are live data, not garbage.
 * Measurement only; the child's code is unchanged.
 */
async function inspectorClient(port) {
  const WebSocket = require('ws');
  const deadline = Date.now() + 10_000;
  let list;
  while (!list) {
    try {
      list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await sleep(100);
    }
  }
  const ws = new WebSocket(list[0].webSocketDebuggerUrl, { perMessageDeflate: false });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let id = 0;
  const pending = new Map();
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString());
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(msg.error.message));
      else resolve(msg.result);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const n = ++id;
      pending.set(n, { resolve, reject });
      ws.send(JSON.stringify({ id: n, method, params }));
    });
  return {
    async gc() {
      await send('HeapProfiler.collectGarbage');
    },
    /** process.memoryUsage() of the child, in bytes. */
    async memoryUsage() {
      const r = await send('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true });
      return JSON.parse(r.result.value);
    },
    close: () => ws.close(),
  };
}

module.exports.inspectorClient = inspectorClient;
