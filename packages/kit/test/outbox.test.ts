import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  createDataSource,
  createLogger,
  createOutboxTables,
  EVENT_CONSUMERS,
  loadConfig,
  QUEUES,
  runInTenant,
  startEventConsumer,
  startOutboxRelay,
  writeOutbox,
  type EventEnvelope,
} from '../src';
import { eventually } from '../src/testing';

// A scratch schema owned by this test: outbox + dedupe tables and one tenant-owned effect table.
const SCHEMA = `kit_outbox_${Date.now().toString(36)}`;
const config = loadConfig();
const logger = createLogger('kit-test', 'silent');
const connection = { url: config.REDIS_URL };
let owner: DataSource;
let app: DataSource;

beforeAll(async () => {
  owner = createDataSource({ config, schema: SCHEMA, entities: [], role: 'owner', poolMax: 2 });
  await owner.initialize();
  await owner.query(`create schema ${SCHEMA}`);
  await owner.query(`grant usage on schema ${SCHEMA} to ${config.DATABASE_APP_USER}`);
  const qr = owner.createQueryRunner();
  await createOutboxTables(qr, SCHEMA);
  await qr.release();
  await owner.query(`create table ${SCHEMA}.effects (tenant_id uuid not null, event_id uuid not null, note text)`);
  await owner.query(`grant select, insert, update on all tables in schema ${SCHEMA} to ${config.DATABASE_APP_USER}`);
  app = createDataSource({ config, schema: SCHEMA, entities: [] });
  await app.initialize();
});
afterAll(async () => {
  await app?.destroy();
  await owner?.query(`drop schema ${SCHEMA} cascade`);
  await owner?.destroy();
});

test('an event exists only if its transaction committed', async () => {
  const tenant = randomUUID();
  await expect(
    runInTenant(app, tenant, async (em) => {
      await writeOutbox(em, SCHEMA, 'usage.recorded', tenant, { metric: 'x', amount: 1 });
      throw new Error('rolled back');
    }),
  ).rejects.toThrow('rolled back');
  const rows = await owner.query(`select count(*)::int as n from ${SCHEMA}.outbox where tenant_id = $1`, [tenant]);
  expect(rows[0].n).toBe(0);
});

test('relay -> queue -> consumer: effects happen exactly once under redelivery and a failing first attempt', async () => {
  // Route plan.changed to identity's queue name for this test's consumer; restore afterwards.
  const consumerName = 'identity' as const;
  const prefix = `${config.REDIS_PREFIX}_kit_${Date.now().toString(36)}`;
  const saved = EVENT_CONSUMERS['plan.changed'];
  EVENT_CONSUMERS['plan.changed'] = [consumerName];
  let attempts = 0;
  const consumer = startEventConsumer({
    consumer: consumerName,
    schema: SCHEMA,
    ds: app,
    connection,
    prefix,
    logger,
    handlers: {
      'plan.changed': async (event, em) => {
        attempts++;
        await em.query(`insert into ${SCHEMA}.effects (tenant_id, event_id, note) values ($1, $2, $3)`, [event.tenantId, event.id, event.payload.planCode]);
        // The first attempt dies after writing: its transaction (claim + effect) must roll back.
        if (attempts === 1) throw new Error('worker died mid-job');
      },
    },
  });
  const relay = await startOutboxRelay({ ds: app, schema: SCHEMA, connection, prefix, logger, pollMs: 100 });
  const tenant = randomUUID();
  try {
    const event = await runInTenant(app, tenant, (em) =>
      writeOutbox(em, SCHEMA, 'plan.changed', tenant, { accountId: tenant, planCode: 'pro', modules: ['fiscal'], status: 'active' }),
    );
    await eventually(async () => {
      const r = await owner.query(`select count(*)::int as n from ${SCHEMA}.effects where event_id = $1`, [event.id]);
      return r[0].n === 1;
    }, 15_000);
    // The same event delivered again (e.g. a relay that crashed before marking it published).
    const queue = new Queue<EventEnvelope>(QUEUES.events(consumerName), { connection, prefix });
    await queue.add('plan.changed', { ...event, occurredAt: event.occurredAt }, { jobId: `${event.id}-again` });
    await eventually(async () => (await queue.getCompletedCount()) >= 2, 10_000);
    await queue.close();
    const effects = await owner.query(`select count(*)::int as n from ${SCHEMA}.effects where event_id = $1`, [event.id]);
    expect(effects[0].n).toBe(1);
    expect(attempts).toBe(2); // failed once, processed once, the redelivery found its claim
    const published = await owner.query(`select published_at from ${SCHEMA}.outbox where id = $1`, [event.id]);
    expect(published[0].published_at).not.toBeNull();
  } finally {
    EVENT_CONSUMERS['plan.changed'] = saved;
    await relay.stop();
    await consumer.close();
  }
}, 40_000);
