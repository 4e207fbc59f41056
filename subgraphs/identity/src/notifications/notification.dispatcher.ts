import type { Queue } from 'bullmq';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { type QueuePayloads, returnedRows, runInTenant, runOutsideTenant } from '@prumo/kit';
import { DISPATCH_CHANNEL } from './notification.service';

type Payload = QueuePayloads['notifications-delivery'];

/**
 * Deterministic job id of one channel of one notification for one user: the brief's
 * `<key>:<userId>:<channel>`, with `|` as separator and the key URI-encoded, because BullMQ refuses
 * `:` in custom job ids. A second enqueue of the same delivery collapses into the first job; a
 * resend by the user (round 1, 2, ...) is a job of its own.
 */
export function deliveryJobId(key: string, userId: string, channel: string, round = 0): string {
  return `${encodeURIComponent(key)}|${userId}|${channel}${round > 0 ? `|r${round}` : ''}`;
}

export interface DeliveryDispatcher {
  /** Queues every pending, not yet queued delivery (all tenants); returns how many. */
  sweep(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The outbox pattern again, for the outside channels: delivery rows are committed with the inbox row
 * (pending, `queued_at` null); this dispatcher hands them to the `notifications-delivery` queue and
 * stamps `queued_at`. It wakes on NOTIFY (sent at commit by the consumer) and polls as a fallback, so
 * a worker stopped between commit and enqueue loses nothing: the next one finds the rows.
 */
export async function startDeliveryDispatcher(opts: {
  ds: DataSource;
  queue: Queue<Payload>;
  logger: Logger;
  attempts: number;
  backoffMs: number;
  pollMs: number;
  /** Outside channels this process delivers; deliveries of other channels are left for others. */
  channels: Array<'whatsapp' | 'log'>;
  listenConnectionString?: string;
}): Promise<DeliveryDispatcher> {
  let stopped = false;
  let chain: Promise<unknown> = Promise.resolve();
  // One dispatch at a time per process (skip locked keeps several processes apart).
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  async function dispatchTenant(tenantId: string): Promise<number> {
    return runInTenant(opts.ds, tenantId, async (em) => {
      const rows: Array<{ id: string; key: string; user_id: string; channel: 'whatsapp' | 'log'; resends: number }> = await em.query(
        `select id, key, user_id, channel, resends from identity.notification_deliveries
          where tenant_id = $1 and queued_at is null and status = 'pending' and channel = any($2::text[])
          order by created_at limit 500 for update skip locked`,
        [tenantId, opts.channels],
      );
      if (!rows.length) return 0;
      await opts.queue.addBulk(
        rows.map((r) => ({
          name: r.channel,
          data: { deliveryId: r.id, tenantId, key: r.key, userId: r.user_id, channel: r.channel },
          opts: { jobId: deliveryJobId(r.key, r.user_id, r.channel, r.resends), attempts: opts.attempts, backoff: { type: 'exponential', delay: opts.backoffMs } },
        })),
      );
      const marked = returnedRows(await em.query(`update identity.notification_deliveries set queued_at = now() where id = any($1::uuid[]) returning id`, [rows.map((r) => r.id)]));
      return marked.length;
    });
  }

  async function sweepOnce(): Promise<number> {
    const tenants: Array<{ tenant_id: string }> = await runOutsideTenant(
      opts.ds,
      (em) => em.query(`select distinct tenant_id from identity.notification_deliveries where queued_at is null and status = 'pending' and channel = any($1::text[])`, [opts.channels]),
      { staff: true },
    );
    let total = 0;
    for (const t of tenants) total += await dispatchTenant(t.tenant_id);
    return total;
  }

  const run = (fn: () => Promise<number>) => {
    if (stopped) return;
    serial(fn).catch((err) => opts.logger.error({ err }, 'notification dispatch failed; will retry'));
  };

  let listener: Client | null = null;
  if (opts.listenConnectionString) {
    listener = new Client({ connectionString: opts.listenConnectionString });
    await listener.connect();
    listener.on('notification', (msg) => {
      const tenant = msg.payload;
      run(() => (tenant ? dispatchTenant(tenant) : sweepOnce()));
    });
    listener.on('error', (err) => opts.logger.warn({ err }, 'notification dispatch listener error; polling continues'));
    await listener.query(`listen "${DISPATCH_CHANNEL}"`);
  }
  const timer = setInterval(() => run(sweepOnce), opts.pollMs);
  run(sweepOnce);

  return {
    sweep: () => serial(sweepOnce),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await chain;
      await listener?.end().catch(() => undefined);
    },
  };
}
