// A sync that cannot be put on the queue (Redis down, a closed or stuck queue) must not leave the
// client "Na fila" for ever: the service answers a typed INTERNAL error in pt-BR, the client keeps
// the sync status it had, and live subscribers get a FAILED event instead of a stuck QUEUED snapshot.
// Service level, against the real PostgreSQL and Redis; only our own queue object is made to fail.
import { randomUUID } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type Redis from 'ioredis';
import { generateCpf } from '@prumo/br';
import {
  AppError,
  createDataSource,
  createLivePublisher,
  createLogger,
  createQueue,
  createRedis,
  createStorage,
  liveChannel,
  liveSnapshotKey,
  loadConfig,
  QuotaClient,
  QUEUES,
  runInTenant,
  type AccessClaims,
  type BaseConfig,
} from '@prumo/kit';
import { EnergyClientService, QUEUED_MESSAGE } from '../src/clients/energy-client.service';
import { SessionCipher } from '../src/crypto/session-cipher';
import { entities } from '../src/entities';

let config: BaseConfig;
let ds: DataSource;
let redis: Redis;
let portalQueue: Queue;
let syncQueue: Queue;
const prefix = `${process.env.REDIS_PREFIX ?? 'ptest'}-enqueue`; // the file's own (test/setup-env.ts), cleared by the teardown
const tid = randomUUID();
const auth: AccessClaims = { sub: randomUUID(), tid, role: 'owner', staff: false, mods: ['energy'], plan: 'pro', sid: randomUUID(), exp: 0, iat: 0 };

function service(queue: Queue = syncQueue, queueTimeoutMs?: number) {
  return new EnergyClientService(
    ds,
    new SessionCipher(Buffer.alloc(32, 3)),
    portalQueue as never,
    queue as never,
    createLivePublisher(redis),
    { connection: { url: config.REDIS_URL }, prefix, loginTimeoutMs: 1000, queueTimeoutMs },
    { quota: new QuotaClient({ billingUrl: 'http://127.0.0.1:9', serviceSecret: 'x'.repeat(32), service: 'energy' }), storage: createStorage(config), logger: createLogger('energy-test', 'silent') },
  );
}

/** A connected client whose last sync ended DONE (what a user sees before clicking "Sincronizar"). */
async function connectedClient(s: EnergyClientService): Promise<string> {
  const c = await s.create(auth, { name: 'Mercado Central', taxId: generateCpf(), phoneLastDigits: '1234' });
  await s.setStatus(tid, c.id, 'CONNECTED', null);
  await runInTenant(ds, tid, (em) =>
    em.query(`update energy.clients set last_sync_status = 'DONE', last_sync_message = 'Sincronização concluída: 3 unidades', last_sync_at = now() where id = $1`, [c.id]),
  );
  return c.id;
}

const snapshot = async (id: string) => {
  const raw = await redis.get(liveSnapshotKey(liveChannel(tid, 'energy', id)));
  return raw ? (JSON.parse(raw) as { state: string; stage: string; message: string }) : null;
};

async function rejection(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

beforeAll(async () => {
  config = loadConfig();
  ds = createDataSource({ config, schema: 'energy', entities, poolMax: 4 });
  await ds.initialize();
  redis = createRedis(config.REDIS_URL, { name: 'energy-enqueue-test' });
  portalQueue = createQueue(QUEUES.energyPortal, { url: config.REDIS_URL }, prefix);
  syncQueue = createQueue(QUEUES.energySync, { url: config.REDIS_URL }, prefix);
});

afterEach(() => jest.restoreAllMocks());

afterAll(async () => {
  await syncQueue?.obliterate({ force: true }).catch(() => undefined);
  await syncQueue?.close();
  await portalQueue?.close();
  redis?.disconnect();
  await ds?.destroy();
});

test('syncEnergyClient: a failed enqueue puts the status back, answers INTERNAL in pt-BR, and replaces the QUEUED snapshot', async () => {
  const s = service();
  const id = await connectedClient(s);
  const add = jest.spyOn(syncQueue, 'add').mockRejectedValueOnce(new Error('Connection is closed.'));

  const err = await rejection(s.sync(auth, id));
  expect(add).toHaveBeenCalledTimes(1);
  expect(err.extensions).toMatchObject({ code: 'INTERNAL', reason: 'QUEUE_UNAVAILABLE' });
  expect(err.message).toBe('Não foi possível colocar a sincronização na fila agora. Nada foi alterado; tente novamente em instantes.');
  // The client reads as before the click, not "Na fila".
  const c = await s.get(tid, id);
  expect(c).toMatchObject({ status: 'CONNECTED', lastSyncStatus: 'DONE', lastSyncMessage: 'Sincronização concluída: 3 unidades' });
  // Live subscribers (snapshot first) see the attempt fail instead of waiting on "Na fila".
  expect(await snapshot(id)).toMatchObject({ state: 'FAILED', stage: 'FAILED', message: err.message });
  expect(await syncQueue.getJob(`sync-${id}`)).toBeUndefined();

  // Once the queue works again, the same click queues the sync.
  jest.restoreAllMocks();
  const queued = await s.sync(auth, id);
  expect(queued).toMatchObject({ lastSyncStatus: 'RUNNING', lastSyncMessage: QUEUED_MESSAGE });
  expect(await (await syncQueue.getJob(`sync-${id}`))!.getState()).toBe('waiting');
  expect(await snapshot(id)).toMatchObject({ state: 'QUEUED' });
});

test('syncEnergyClient: a queue that hangs (Redis unreachable) times out into the same INTERNAL error; nothing changes', async () => {
  const s = service(syncQueue, 300);
  const id = await connectedClient(s);
  jest.spyOn(syncQueue, 'add').mockImplementation(() => new Promise(() => undefined));
  const started = Date.now();
  const err = await rejection(s.sync(auth, id));
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(err.extensions).toMatchObject({ code: 'INTERNAL', reason: 'QUEUE_UNAVAILABLE' });
  expect(await s.get(tid, id)).toMatchObject({ lastSyncStatus: 'DONE', lastSyncMessage: 'Sincronização concluída: 3 unidades' });
  expect((await snapshot(id))?.state).toBe('FAILED');
});

test('syncEnergyClient on a closed queue: INTERNAL in pt-BR, the client untouched', async () => {
  const closed = createQueue(QUEUES.energySync, { url: config.REDIS_URL }, prefix);
  await closed.close();
  const s = service(closed);
  const id = await connectedClient(s);
  const err = await rejection(s.sync(auth, id));
  expect(err.extensions).toMatchObject({ code: 'INTERNAL', reason: 'QUEUE_UNAVAILABLE' });
  expect(await s.get(tid, id)).toMatchObject({ status: 'CONNECTED', lastSyncStatus: 'DONE' });
  expect(await snapshot(id)).toBeNull(); // it failed before announcing anything
});

test('confirmPortalLogin: connected, but the first sync could not be queued -> INTERNAL saying so; no "Na fila"', async () => {
  const s = service();
  const c = await s.create(auth, { name: 'Padaria Nova', taxId: generateCpf(), phoneLastDigits: '4321' });
  await s.setStatus(tid, c.id, 'AWAITING_SMS', 'Código enviado por SMS para o celular final 4321.');
  // The robot's answer (the worker's side of the energy-portal queue): the code was right.
  jest.spyOn(s, 'runPortalJob').mockImplementation(async (tenantId, clientId) => {
    await s.setStatus(tenantId, clientId, 'CONNECTED', null);
    return { ok: true, status: 'CONNECTED' };
  });
  jest.spyOn(syncQueue, 'add').mockRejectedValueOnce(new Error('Connection is closed.'));

  const err = await rejection(s.confirmLogin(auth, c.id, '123456'));
  expect(err.extensions).toMatchObject({ code: 'INTERNAL', reason: 'QUEUE_UNAVAILABLE' });
  expect(err.message).toMatch(/^Conectado ao portal, mas não foi possível colocar a sincronização na fila/);
  expect(await s.get(tid, c.id)).toMatchObject({ status: 'CONNECTED', lastSyncStatus: null, lastSyncMessage: null });
  expect((await snapshot(c.id))?.state).toBe('FAILED');
});
