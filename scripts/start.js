#!/usr/bin/env node
// `npm start`: the whole platform on this machine with no configuration. Builds what is stale,
// creates the database and roles, runs migrations, starts every subgraph and the router, seeds the
// demo account and prints the URLs. `--dev` also watches the supergraph and runs Vite.
const { spawn, execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const dev = process.argv.includes('--dev');
const children = [];

function run(cmd) {
  execSync(cmd, { cwd: root, stdio: 'inherit' });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function clientStale() {
  const index = path.join(root, 'client/dist/index.html');
  if (!fs.existsSync(path.join(root, 'client/src'))) return false;
  if (!fs.existsSync(index)) return true;
  return newestMtime(path.join(root, 'client/src')) > fs.statSync(index).mtimeMs;
}

function start(name, file, env) {
  const child = spawn(process.execPath, [path.join(root, file)], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const tag = `[${name}]`.padEnd(12);
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) if (line.trim()) process.stdout.write(`${tag} ${line}\n`);
    });
  }
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(`${tag} exited (${signal ?? code}); stopping the platform`);
      shutdown(1);
    }
  });
  children.push(child);
  return child;
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become ready`);
}

let shuttingDown = false;
const SHUTDOWN_GRACE_MS = 10_000;
/**
 * Stops every process and waits for them: each drains its work (the energy worker closes its
 * browser), and its last log lines still reach this terminal. One that has not exited after the
 * grace period is killed, so no subgraph outlives `npm start`.
 */
function shutdown(code = 0) {
  if (shuttingDown) return;
  shuttingDown = true;
  const running = children.filter((c) => c.exitCode === null && c.signalCode === null);
  for (const c of running) c.kill('SIGTERM');
  const exited = running.map((c) => new Promise((resolve) => (c.exitCode !== null || c.signalCode !== null ? resolve() : c.once('exit', resolve))));
  const timer = setTimeout(() => {
    for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    process.exit(code);
  }, SHUTDOWN_GRACE_MS);
  Promise.all(exited).then(() => {
    clearTimeout(timer);
    process.exit(code);
  });
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

/** Document reading needs Debian's tesseract (+ Portuguese data) and poppler; say so up front. */
function checkSystemTools() {
  const missing = ['tesseract', 'pdftotext', 'pdftoppm'].filter((bin) => {
    try {
      execSync(`command -v ${bin}`, { stdio: 'ignore', shell: '/bin/sh' });
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    console.warn(`prumo: ${missing.join(', ')} not found: XML documents work, PDFs and images will fail to be read.
       Install with: apt-get install -y tesseract-ocr tesseract-ocr-por poppler-utils`);
  }
}

async function main() {
  checkSystemTools();
  console.log('prumo: building (tsc -b)...');
  run('npx tsc -b');
  if (!dev && !process.env.SKIP_CLIENT_BUILD && clientStale()) {
    console.log('prumo: building the client (vite)...');
    run('npm run build -w client');
  }
  const { kit, subgraphs } = require('./platform');
  const { bootstrap } = require('./bootstrap-db');
  const config = await bootstrap();
  console.log(`prumo: database "${config.DATABASE_NAME}" ready (roles, schemas, migrations)`);

  // The energy robot's default target: the simulated utility portal, unless ENERGY_PORTAL_URL says otherwise.
  let portalEnv = {};
  if (!process.env.ENERGY_PORTAL_URL) {
    const { startPortalSim } = require(path.join(root, 'subgraphs/energy/portal-sim/dist/index.js'));
    const portal = await startPortalSim({ port: Number(process.env.PORTAL_SIM_PORT || 4200), host: '127.0.0.1' });
    portalEnv = { ENERGY_PORTAL_URL: portal.url };
    process.env.ENERGY_PORTAL_URL = portal.url; // the demo seed reads its SMS inbox
    console.log(`prumo: simulated utility portal at ${portal.url} (SMS inbox: ${portal.url}/sms)`);
  }
  for (const s of subgraphs()) {
    start(s.name, `subgraphs/${s.name}/dist/main.js`, { PROCESS_ROLE: 'all', ...portalEnv });
  }
  for (const s of subgraphs()) await waitFor(`http://127.0.0.1:${process.env[kit.subgraphPortEnv(s.name)] ?? s.port}/ready`);
  start('router', 'router/dist/main.js', { SUPERGRAPH_WATCH: dev ? 'true' : 'false' });
  const routerUrl = `http://127.0.0.1:${config.ROUTER_PORT}`;
  await waitFor(`${routerUrl}/ready`);
  if (dev) start('client', 'node_modules/vite/bin/vite.js', {});

  let demo = null;
  if (config.DEMO_SEED) {
    const { seedDemo } = require('./seed-demo');
    demo = await seedDemo({ graphqlUrl: `${routerUrl}/graphql`, config });
  }
  const pub = config.ROUTER_PUBLIC_URL;
  console.log(`
  Prumo is running
    App ............ ${dev ? 'http://localhost:5173 (Vite)' : pub}
    GraphQL ........ ${pub}/graphql  (HTTP + WebSocket subscriptions)
    Health ......... ${pub}/health   ${pub}/ready   ${pub}/metrics
${subgraphs().map((s) => `    ${s.name.padEnd(15, '.')} http://127.0.0.1:${s.port}/graphql`).join('\n')}
${demo ? `
  Demo account (owner of "${demo.credentials.account.companyName}" and admin of "${demo.credentials.mei.companyName}")
    e-mail ${demo.credentials.owner.email}   senha ${demo.credentials.owner.password}   (or CPF ${demo.credentials.owner.cpf})
  Team member
    e-mail ${demo.credentials.member.email}   senha ${demo.credentials.member.password}
  Platform staff (admin pages)
    e-mail ${demo.credentials.staff.email}   senha ${demo.credentials.staff.password}
` : ''}
  Ctrl+C stops everything.
`);
}

main().catch((err) => {
  console.error('prumo: failed to start:', err.message ?? err);
  shutdown(1);
});
