import type { ConnectionOptions, Job } from 'bullmq';
import { Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Logger } from 'pino';
import type { SubgraphName } from '../config/services';
import { newId } from '../db/ids';
import { runInTenant, runOutsideTenant } from '../db/tenancy';
import { withLogContext } from '../logger';
import { type DomainEvents, EVENT_CONSUMERS, type EventEnvelope, type EventType } from '../queue/events';
import { DEFAULT_JOB_OPTIONS, QUEUES } from '../queue/queues';

/**
 * Migration helper: the outbox and the consumer's dedupe table of one subgraph. These are
 * infrastructure tables read across tenants by the relay, so they carry tenant_id but no RLS; the
 * app never exposes them.
 */
export async function createOutboxTables(qr: QueryRunner, schema: string): Promise<void> {
  await qr.query(`
    create table ${schema}.outbox (
      id uuid primary key,
      tenant_id uuid,
      type text not null,
      payload jsonb not null,
      created_at timestamptz not null default now(),
      published_at timestamptz
    )`);
  await qr.query(`create index outbox_unpublished on ${schema}.outbox (created_at) where published_at is null`);
  await qr.query(`
    create table ${schema}.processed_event (
      event_id uuid not null,
      consumer text not null,
      processed_at timestamptz not null default now(),
      primary key (event_id, consumer)
    )`);
}

/**
 * Writes a domain event in the caller's transaction: the event exists if and only if the change
 * committed. NOTIFY is delivered at commit, so the relay wakes up at once.
 */
export async function writeOutbox<T extends EventType>(
  em: EntityManager,
  schema: string,
  type: T,
  tenantId: string | null,
  payload: DomainEvents[T],
): Promise<EventEnvelope<T>> {
  const event: EventEnvelope<T> = { id: newId(), type, tenantId, occurredAt: new Date().toISOString(), payload };
  await em.query(`insert into ${schema}.outbox (id, tenant_id, type, payload, created_at) values ($1, $2, $3, $4, $5)`, [
    event.id,
    tenantId,
    type,
    JSON.stringify(payload),
    event.occurredAt,
  ]);
  await em.query(`select pg_notify($1, '')`, [`outbox_${schema}`]);
  return event;
}

/** `writeOutbox` for many events of one type at once (a statement import): one insert, one NOTIFY. */
export async function writeOutboxMany<T extends EventType>(
  em: EntityManager,
  schema: string,
  type: T,
  tenantId: string | null,
  payloads: Array<DomainEvents[T]>,
): Promise<number> {
  if (!payloads.length) return 0;
  await em.query(
    `insert into ${schema}.outbox (id, tenant_id, type, payload, created_at)
     select e.id, $1, $2, e.payload, now() from unnest($3::uuid[], $4::jsonb[]) as e(id, payload)`,
    [tenantId, type, payloads.map(() => newId()), payloads.map((p) => JSON.stringify(p))],
  );
  await em.query(`select pg_notify($1, '')`, [`outbox_${schema}`]);
  return payloads.length;
}

export interface OutboxRelay {
  /** Moves every pending event to the consumers' queues; returns how many. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Moves committed outbox rows to BullMQ, one queue per consumer, job id = event id (a relay that
 * crashes after enqueueing and before marking re-enqueues a duplicate that BullMQ collapses).
 * Wakes on NOTIFY, and polls as a fallback.
 */
export async function startOutboxRelay(opts: {
  ds: DataSource;
  schema: string;
  connection: ConnectionOptions;
  prefix: string;
  logger: Logger;
  listenConnectionString?: string;
  pollMs?: number;
}): Promise<OutboxRelay> {
  const queues = new Map<string, Queue>();
  const queueFor = (consumer: SubgraphName) => {
    const name = QUEUES.events(consumer);
    let q = queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: opts.connection, prefix: opts.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queues.set(name, q);
    }
    return q;
  };

  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  async function drainOnce(): Promise<number> {
    return opts.ds.transaction(async (em) => {
      const rows: Array<{ id: string; tenant_id: string | null; type: EventType; payload: unknown; created_at: Date }> = await em.query(
        `select id, tenant_id, type, payload, created_at from ${opts.schema}.outbox
          where published_at is null order by created_at, id limit 200 for update skip locked`,
      );
      if (!rows.length) return 0;
      for (const row of rows) {
        const envelope: EventEnvelope = {
          id: row.id,
          type: row.type,
          tenantId: row.tenant_id,
          occurredAt: new Date(row.created_at).toISOString(),
          payload: row.payload as EventEnvelope['payload'],
        };
        for (const consumer of EVENT_CONSUMERS[row.type] ?? []) {
          await queueFor(consumer).add(row.type, envelope, { jobId: row.id });
        }
      }
      await em.query(`update ${opts.schema}.outbox set published_at = now() where id = any($1::uuid[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  async function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        let n: number;
        do {
          n = await drainOnce();
          total += n;
        } while (n > 0 && !stopped);
      } while (again && !stopped);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  const kick = () => {
    drain().catch((err) => opts.logger.error({ err }, 'outbox relay failed; will retry'));
  };

  let listener: Client | null = null;
  if (opts.listenConnectionString) {
    listener = new Client({ connectionString: opts.listenConnectionString });
    await listener.connect();
    listener.on('notification', kick);
    listener.on('error', (err) => opts.logger.warn({ err }, 'outbox listener error; polling continues'));
    await listener.query(`listen "outbox_${opts.schema}"`);
  }
  const timer = setInterval(kick, opts.pollMs ?? 1000);
  kick();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
      await listener?.end().catch(() => undefined);
      await Promise.all([...queues.values()].map((q) => q.close()));
    },
  };
}

export type EventHandler<T extends EventType = EventType> = (event: EventEnvelope<T>, em: EntityManager) => Promise<void>;
export type EventHandlers = { [T in EventType]?: EventHandler<T> };

/**
 * Consumes a subgraph's event queue. Each event is handled inside one transaction that first claims
 * it in `processed_event`: a redelivered event finds its claim and is skipped, so effects happen
 * exactly once even when the worker dies mid-job and BullMQ retries it.
 */
export function startEventConsumer(opts: {
  consumer: SubgraphName;
  schema: string;
  ds: DataSource;
  connection: ConnectionOptions;
  prefix: string;
  logger: Logger;
  handlers: EventHandlers;
  concurrency?: number;
}): Worker<EventEnvelope> {
  const worker = new Worker<EventEnvelope>(
    QUEUES.events(opts.consumer),
    async (job: Job<EventEnvelope>) => {
      const event = job.data;
      const handler = opts.handlers[event.type] as EventHandler | undefined;
      if (!handler) return 'ignored';
      return withLogContext({ jobId: job.id, tenantId: event.tenantId ?? undefined }, async () => {
        const work = async (em: EntityManager) => {
          const claimed = await em.query(
            `insert into ${opts.schema}.processed_event (event_id, consumer) values ($1, $2) on conflict do nothing returning event_id`,
            [event.id, opts.consumer],
          );
          if (!claimed.length) return 'duplicate';
          await handler(event, em);
          return 'processed';
        };
        return event.tenantId ? runInTenant(opts.ds, event.tenantId, work) : runOutsideTenant(opts.ds, work);
      });
    },
    { connection: opts.connection, prefix: opts.prefix, concurrency: opts.concurrency ?? 4 },
  );
  worker.on('failed', (job, err) => opts.logger.warn({ err, jobId: job?.id, attempts: job?.attemptsMade }, 'event handler failed'));
  return worker;
}
