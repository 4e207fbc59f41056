// The robot never runs in the request path: with the energy subgraph started as `server` only (no
// worker), the login mutations queue a job for the worker and give up after the timeout with a clear
// error; no browser is ever started by the API process.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { generateCpf } from '@prumo/br';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../../../test/stack';
import { startPortalSim, type PortalSim } from '../portal-sim/src';
import { proAccount } from './helpers';

let stack: Stack;
let portal: PortalSim;
let token: string;

beforeAll(async () => {
  portal = await startPortalSim();
  stack = await startStack({ roles: { energy: 'server' }, env: { ENERGY_PORTAL_URL: portal.url, ENERGY_LOGIN_TIMEOUT_MS: '2000' } });
  token = (await proAccount(stack.graphqlUrl)).token;
}, 90_000);
afterAll(async () => {
  await stack?.stop();
  await portal?.stop();
});

/** Chromium processes that are descendants of this (test + in-process platform) process. */
function chromiumChildren(): string[] {
  const out = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/));
  const mine = new Set([String(process.pid)]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows) if (mine.has(ppid) && !mine.has(pid)) (mine.add(pid), (grew = true));
  }
  return rows.filter(([pid, , comm]) => mine.has(pid) && /chrom/i.test(comm ?? '')).map(([pid]) => pid);
}

test('startPortalLogin queues the robot step and times out without a worker; no Chromium in the API process', async () => {
  const taxId = generateCpf();
  // Chromium processes already under this jest worker (left by a browser test file it ran before)
  // are not this request's doing: only new ones would be.
  const before = new Set(chromiumChildren());
  const created = await gql(stack.graphqlUrl, `mutation($i: CreateEnergyClientInput!) { createEnergyClient(input: $i) { id status } }`, { i: { name: 'Sem robô', taxId, phoneLastDigits: '1234' } }, { token });
  const id = created.data!.createEnergyClient.id;
  const queue = new Queue('energy-portal', { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: stack.env.REDIS_PREFIX });
  try {
    const seen: string[] = [];
    const watcher = setInterval(() => void queue.getWaiting().then((jobs) => jobs.forEach((j) => seen.push(`${j.name}:${j.data.clientId}`))), 100);
    const started = Date.now();
    const r = await gql(stack.graphqlUrl, `mutation($id: ID!) { startPortalLogin(clientId: $id) { status } }`, { id }, { token });
    clearInterval(watcher);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(r.errors![0]).toMatchObject({ message: expect.stringContaining('O robô do portal não respondeu a tempo'), extensions: { code: 'INTERNAL' } });
    expect(seen).toContain(`login-start:${id}`); // it waited in the queue for a worker
    expect(await queue.getWaitingCount()).toBe(0); // and was withdrawn on timeout
    expect(chromiumChildren().filter((pid) => !before.has(pid))).toEqual([]);
    expect(portal.lastCode(taxId)).toBeNull(); // the portal never saw a login
    const c = await gql(stack.graphqlUrl, `query($id: ID!) { energyClient(id: $id) { status } }`, { id }, { token });
    expect(c.data!.energyClient.status).toBe('DISCONNECTED'); // nothing half-done
  } finally {
    await queue.close();
  }
}, 60_000);

test('the energy module is Pro-only: a Free account gets MODULE_DISABLED', async () => {
  const free = await gql(stack.graphqlUrl, `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`, {
    input: { name: 'Free', email: `f-${randomUUID()}@example.com`, password: 'correta-senha-42', companyName: 'Free LTDA', taxId: generateCpf(), cpf: generateCpf() },
  });
  const r = await gql(stack.graphqlUrl, `query { energyClients { id } }`, {}, { token: free.data!.signUp.accessToken });
  expect(r.errors![0].extensions!.code).toBe('MODULE_DISABLED');
}, 30_000);
