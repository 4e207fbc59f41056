import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Job } from 'bullmq';
import { createLivePublisher, createQueue, createRedis, createWorker, QUEUES, type LivePublisher, type QueuePayloads } from '@prumo/kit';
import { eventually, mintToken } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp, type SignedUp } from './helpers';

let stack: Stack;
let a: SignedUp;
let b: SignedUp;
const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const publisher: LivePublisher = createLivePublisher(redis, { throttleMs: 0 });
const connection = { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
const prefix = process.env.REDIS_PREFIX!;
const queue = createQueue(QUEUES.jobProgressDemo, connection, prefix);
// The test worker: walks a job through its stages, publishing live events as a real worker does.
const worker = createWorker(
  QUEUES.jobProgressDemo,
  async (job: Job<QueuePayloads['job-progress-demo']>) => {
    const { jobId, tenantId, steps, stepMs } = job.data;
    for (let i = 1; i <= steps; i++) {
      await publisher.publish({ tenantId, topic: 'job', id: jobId, state: 'RUNNING', stage: `STEP_${i}`, percent: Math.round((i / steps) * 100) });
      await new Promise((r) => setTimeout(r, stepMs));
    }
    await publisher.publish({ tenantId, topic: 'job', id: jobId, state: 'DONE', stage: 'DONE', percent: 100, message: 'Pronto', entity: { __typename: 'Account', id: tenantId } });
  },
  connection,
  { prefix },
);

beforeAll(async () => {
  // The test's own worker and publisher use the run's prefix: so does this stack.
  stack = await startStack({ env: { REDIS_PREFIX: prefix } });
  [a, b] = await Promise.all([signUp(stack.graphqlUrl, { companyName: 'Conta A Ltda' }), signUp(stack.graphqlUrl, { companyName: 'Conta B Ltda' })]);
});
afterAll(async () => {
  await worker.close();
  await queue.close();
  redis.disconnect();
  await stack?.stop();
});

function wsClient(token: string, onClose?: (code: number) => void): Client {
  return createClient({
    url: stack.graphqlUrl.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: { closed: (e) => onClose?.((e as { code: number }).code) },
  });
}

const SUB = `subscription($id: ID!) { jobProgress(jobId: $id) { jobId seq state stage percent message owner: account { id accountName: name } } }`;

function collect(client: Client, jobId: string) {
  const events: any[] = [];
  const errors: unknown[] = [];
  let completed = false;
  client.subscribe(
    { query: SUB, variables: { id: jobId } },
    { next: (v) => events.push(v.errors ? { errors: v.errors } : v.data!.jobProgress), error: (e) => errors.push(e), complete: () => (completed = true) },
  );
  return { events, errors, isComplete: () => completed };
}

test('snapshot first, then every event in seq order, and the final entity resolved through the gateway', async () => {
  const jobId = randomUUID();
  // The job has already started when the client subscribes: the snapshot shows where it is.
  await publisher.publish({ tenantId: a.accountId, topic: 'job', id: jobId, state: 'RUNNING', stage: 'STEP_0', percent: 0 });
  const client = wsClient(a.token);
  const sub = collect(client, jobId);
  await eventually(async () => sub.events.length >= 1);
  expect(sub.events[0]).toMatchObject({ jobId, seq: 1, state: 'RUNNING', stage: 'STEP_0', owner: null });

  await queue.add('demo', { jobId, tenantId: a.accountId, steps: 4, stepMs: 20 });
  await eventually(async () => sub.isComplete(), 10_000);
  const seqs = sub.events.map((e) => e.seq);
  expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
  expect(sub.events.map((e) => e.stage)).toEqual(['STEP_0', 'STEP_1', 'STEP_2', 'STEP_3', 'STEP_4', 'DONE']);
  expect(sub.events.at(-1)).toMatchObject({ state: 'DONE', percent: 100, message: 'Pronto', owner: { id: a.accountId, accountName: 'Conta A Ltda' } });
  expect(sub.errors).toEqual([]);
  await client.dispose();
});

test('a late subscriber gets the terminal snapshot and completes', async () => {
  const jobId = randomUUID();
  await publisher.publish({ tenantId: a.accountId, topic: 'job', id: jobId, state: 'DONE', stage: 'DONE', percent: 100, entity: { __typename: 'Account', id: a.accountId } });
  const client = wsClient(a.token);
  const sub = collect(client, jobId);
  await eventually(async () => sub.isComplete());
  expect(sub.events).toEqual([expect.objectContaining({ seq: 1, state: 'DONE', owner: { id: a.accountId, accountName: 'Conta A Ltda' } })]);
  await client.dispose();
});

test("a client of another account never receives the job's events", async () => {
  const jobId = randomUUID();
  const clientB = wsClient(b.token);
  const spy = collect(clientB, jobId);
  const clientA = wsClient(a.token);
  const own = collect(clientA, jobId);
  await eventually(async () => spy.events.length >= 1 && own.events.length >= 1);
  await queue.add('demo', { jobId, tenantId: a.accountId, steps: 3, stepMs: 10 });
  await eventually(async () => own.isComplete(), 10_000);
  await new Promise((r) => setTimeout(r, 200));
  // B sees only its own (empty) channel's initial state for that id.
  expect(spy.events).toEqual([expect.objectContaining({ seq: 0, state: 'QUEUED', owner: null })]);
  expect(own.events.at(-1).state).toBe('DONE');
  await clientA.dispose();
  await clientB.dispose();
});

test('an expired token is closed with 4403; an invalid one is refused at connection_init with 4403', async () => {
  // 4-5 s of real life (iat is rounded down): room to connect, init, subscribe and get the first event on a loaded machine.
  const shortLived = mintToken({ sub: a.userId, tid: a.accountId, role: 'owner', ttlSeconds: 5 });
  let closedWith = 0;
  const client = wsClient(shortLived, (code) => (closedWith = code));
  const sub = collect(client, randomUUID());
  await eventually(async () => sub.events.length >= 1);
  await eventually(async () => closedWith === 4403, 15_000);

  let badClose = 0;
  const bad = wsClient('not-a-token', (code) => (badClose = code));
  collect(bad, randomUUID());
  await eventually(async () => badClose === 4403);
  await client.dispose();
  await bad.dispose();
}, 45_000);
