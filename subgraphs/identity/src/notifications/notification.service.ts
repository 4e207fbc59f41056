import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import {
  type AccessClaims,
  type EventEnvelope,
  badInput,
  conflict,
  decodeCursor,
  isUuid,
  newId,
  NO_TENANT,
  notFound,
  pageSize,
  returnedRows,
  runInTenant,
  runOutsideTenant,
  toConnection,
} from '@prumo/kit';
import type { DeliveryChannel, NotificationDeliveryEntity, NotificationEntity } from './notification.entity';
import { NotificationKindEnum, toNotification } from './notification.types';

/** Channel the dispatcher watches (NOTIFY payload = the tenant whose deliveries wait to be queued). */
export const DISPATCH_CHANNEL = 'identity_notifications';

const KINDS = new Set<string>(Object.values(NotificationKindEnum));

/** Delivery row as the delivery worker needs it (with the notification's text). */
export interface DeliveryWork {
  id: string;
  tenantId: string;
  channel: DeliveryChannel;
  recipient: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  title: string;
  body: string;
  link: string | null;
  kind: string;
  userId: string;
}

const NOTIFICATION_COLUMNS = `tenant_id as "tenantId", id, user_id as "userId", key, kind, title, body, link, event_id as "eventId", read_at as "readAt", created_at as "createdAt"`;
const DELIVERY_COLUMNS = `tenant_id as "tenantId", id, notification_id as "notificationId", user_id as "userId", key, channel, recipient, status, attempts,
  last_error as "lastError", provider_message_id as "providerMessageId", queued_at as "queuedAt", sent_at as "sentAt",
  delivered_at as "deliveredAt", read_at as "readAt", created_at as "createdAt", updated_at as "updatedAt"`;

export class NotificationService {
  constructor(
    private readonly ds: DataSource,
    private readonly logger: Logger,
    /** Whether the WhatsApp channel is configured (else the log channel stands in for it). */
    private readonly whatsappEnabled: boolean,
  ) {}

  /**
   * The `notification.requested` consumer, inside the kit's exactly-once transaction (the event is
   * claimed in processed_event by the same transaction). Writes one inbox row per recipient and the
   * per-channel delivery rows; nothing is sent here. NOTIFY at commit wakes the dispatcher, which
   * queues the outside channels only once the rows exist.
   */
  async record(em: EntityManager, event: EventEnvelope<'notification.requested'>): Promise<number> {
    const p = event.payload;
    if (p.accountId !== undefined && p.accountId !== null && !isUuid(p.accountId)) {
      this.logger.warn({ eventId: event.id, accountId: p.accountId }, 'notification for an invalid account id: dropped');
      return 0;
    }
    const key = String(p.key ?? '').slice(0, 300);
    if (!key) {
      this.logger.warn({ eventId: event.id }, 'notification without a key: dropped');
      return 0;
    }
    // The recipient account (the producer's tenant may differ: an inquiry is written by the buyer for
    // the seller). Same transaction, transaction-local setting: RLS checks every row against it.
    const tenant = p.accountId ? p.accountId.toLowerCase() : NO_TENANT;
    await em.query(`select set_config('app.tenant_id', $1, true)`, [tenant]);
    const recipients: Array<{ id: string; whatsapp: string | null }> = p.accountId
      ? await em.query(
          `select u.id, u.whatsapp from identity.memberships m join identity.users u on u.id = m.user_id
            where m.tenant_id = $1 and m.role in ('owner', 'admin') order by u.id`,
          [tenant],
        )
      : await em.query(`select id, whatsapp from identity.users where staff order by id`);
    if (!recipients.length) {
      this.logger.warn({ eventId: event.id, key, accountId: p.accountId ?? null }, 'notification without recipients');
      return 0;
    }
    const kind = KINDS.has(p.kind) ? p.kind : 'generic';
    const ids = recipients.map(() => newId());
    const created: Array<{ id: string; user_id: string }> = await em.query(
      `insert into identity.notifications (tenant_id, id, user_id, key, kind, title, body, link, event_id)
       select $1, r.id, r.user_id, $2, $3, $4, $5, $6, $7 from unnest($8::uuid[], $9::uuid[]) as r (id, user_id)
       on conflict (tenant_id, key, user_id) do nothing
       returning id, user_id`,
      [tenant, key, kind, String(p.title ?? '').slice(0, 200), String(p.body ?? '').slice(0, 2000), p.link ? String(p.link).slice(0, 500) : null, event.id, ids, recipients.map((r) => r.id)],
    );
    if (!created.length) return 0;

    const phone = new Map(recipients.map((r) => [r.id, r.whatsapp]));
    const rows: Array<[string, string, string, DeliveryChannel, string | null]> = [];
    for (const n of created) {
      rows.push([newId(), n.id, n.user_id, 'in_app', null]);
      if (!this.whatsappEnabled) rows.push([newId(), n.id, n.user_id, 'log', null]);
      else if (phone.get(n.user_id)) rows.push([newId(), n.id, n.user_id, 'whatsapp', phone.get(n.user_id)!]);
    }
    // The inbox is delivered by this very insert; the outside channels wait for the dispatcher.
    await em.query(
      `insert into identity.notification_deliveries (tenant_id, id, notification_id, user_id, key, channel, recipient, status, attempts, queued_at, sent_at)
       select $1, r.id, r.notification_id, r.user_id, $2, r.channel, r.recipient,
              case when r.channel = 'in_app' then 'sent' else 'pending' end,
              case when r.channel = 'in_app' then 1 else 0 end,
              case when r.channel = 'in_app' then now() end,
              case when r.channel = 'in_app' then now() end
         from unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[]) as r (id, notification_id, user_id, channel, recipient)
       on conflict (tenant_id, key, user_id, channel) do nothing`,
      [tenant, key, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
    );
    if (rows.some((r) => r[3] !== 'in_app')) await em.query(`select pg_notify($1, $2)`, [DISPATCH_CHANNEL, tenant]);
    return created.length;
  }

  // ---- the signed-in user's inbox -------------------------------------------------------------

  /** The account's tenant, plus the platform inbox for staff (their own rows only, by RLS too). */
  private scope(auth: AccessClaims) {
    return {
      scope: { tenantId: auth.tid, userId: auth.sub, staff: auth.staff },
      tenants: auth.staff ? [auth.tid, NO_TENANT] : [auth.tid],
    };
  }

  async list(auth: AccessClaims, first?: number | null, after?: string | null, unreadOnly?: boolean | null) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, async (em) => {
      const params: unknown[] = [tenants, auth.sub, limit + 1];
      let where = `tenant_id = any($1::uuid[]) and user_id = $2`;
      if (unreadOnly) where += ` and read_at is null`;
      if (cursor) {
        params.push(cursor.at, cursor.id);
        where += ` and (created_at, id) < ($4::timestamptz, $5::uuid)`;
      }
      const rows: NotificationEntity[] = await em.query(
        `select ${NOTIFICATION_COLUMNS} from identity.notifications where ${where} order by created_at desc, id desc limit $3`,
        params,
      );
      return toConnection(rows, limit, toNotification, (r) => ({ at: new Date(r.createdAt).toISOString(), id: r.id }));
    });
  }

  async unreadCount(auth: AccessClaims): Promise<number> {
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, async (em) => {
      const r = await em.query(`select count(*)::int as n from identity.notifications where tenant_id = any($1::uuid[]) and user_id = $2 and read_at is null`, [tenants, auth.sub]);
      return r[0].n as number;
    });
  }

  async markRead(auth: AccessClaims, id: string) {
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, async (em) => {
      const rows = returnedRows<NotificationEntity>(
        await em.query(
          `update identity.notifications set read_at = coalesce(read_at, now())
            where id = $1 and tenant_id = any($2::uuid[]) and user_id = $3 returning ${NOTIFICATION_COLUMNS}`,
          [id, tenants, auth.sub],
        ),
      );
      if (!rows.length) throw notFound('Aviso não encontrado.');
      return toNotification(rows[0]);
    });
  }

  async markAllRead(auth: AccessClaims): Promise<number> {
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, async (em) => {
      const rows = returnedRows<{ id: string }>(
        await em.query(
          `update identity.notifications set read_at = now() where tenant_id = any($1::uuid[]) and user_id = $2 and read_at is null returning id`,
          [tenants, auth.sub],
        ),
      );
      return rows.length;
    });
  }

  /**
   * Sends a failed outside delivery again (the recipient's own): back to pending for the dispatcher,
   * as a new round. WhatsApp goes to the user's current number, so fixing the number in the profile
   * and resending is the way out of "número inválido". The previous message's id and receipts are
   * cleared: a late status webhook about the old message cannot touch the new round.
   */
  async resend(auth: AccessClaims, notificationId: string, channel: 'whatsapp' | 'log') {
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, async (em) => {
      const [n]: NotificationEntity[] = await em.query(
        `select ${NOTIFICATION_COLUMNS} from identity.notifications where id = $1 and tenant_id = any($2::uuid[]) and user_id = $3`,
        [notificationId, tenants, auth.sub],
      );
      if (!n) throw notFound('Aviso não encontrado.');
      const [d]: Array<{ id: string; status: string; tenant_id: string }> = await em.query(
        `select id, status, tenant_id from identity.notification_deliveries where notification_id = $1 and user_id = $2 and channel = $3 for update`,
        [notificationId, auth.sub, channel],
      );
      if (!d) throw notFound('Este aviso não foi enviado por esse canal.');
      if (d.status !== 'failed') throw conflict(d.status === 'sent' ? 'Este aviso já foi entregue por esse canal.' : 'Este aviso ainda está sendo enviado.');
      let recipient: string | null = null;
      if (channel === 'whatsapp') {
        const [u]: Array<{ whatsapp: string | null }> = await em.query(`select whatsapp from identity.users where id = $1`, [auth.sub]);
        recipient = u?.whatsapp ?? null;
        if (!recipient) throw badInput({ channel: 'Cadastre seu número de WhatsApp no perfil para reenviar.' });
      }
      await em.query(
        `update identity.notification_deliveries
            set status = 'pending', queued_at = null, last_error = null, resends = resends + 1, recipient = coalesce($2, recipient),
                provider_message_id = null, delivered_at = null, read_at = null, updated_at = now()
          where id = $1`,
        [d.id, recipient],
      );
      await em.query(`select pg_notify($1, $2)`, [DISPATCH_CHANNEL, d.tenant_id]);
      return toNotification(n);
    });
  }

  /** Batched: the deliveries of many notifications in one statement (Notification.deliveries). */
  async deliveriesOf(auth: AccessClaims, notificationIds: readonly string[]): Promise<NotificationDeliveryEntity[]> {
    const { scope, tenants } = this.scope(auth);
    return runInTenant(this.ds, scope, (em) =>
      em.query(
        `select ${DELIVERY_COLUMNS} from identity.notification_deliveries
          where tenant_id = any($1::uuid[]) and user_id = $2 and notification_id = any($3::uuid[]) order by created_at, channel`,
        [tenants, auth.sub, notificationIds],
      ),
    );
  }

  /** Staff: deliveries of every account, newest first (failures visible to the platform team). */
  async adminDeliveries(first?: number | null, after?: string | null, status?: string | null) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    // No user in the scope: the staff read policy applies, the per-recipient restriction does not.
    return runOutsideTenant(
      this.ds,
      async (em) => {
        const params: unknown[] = [limit + 1];
        let where = `channel <> 'in_app'`;
        if (status) {
          params.push(status);
          where += ` and status = $${params.length}`;
        }
        if (cursor) {
          params.push(cursor.at, cursor.id);
          where += ` and (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
        }
        const rows: NotificationDeliveryEntity[] = await em.query(
          `select ${DELIVERY_COLUMNS} from identity.notification_deliveries where ${where} order by created_at desc, id desc limit $1`,
          params,
        );
        return toConnection(
          rows,
          limit,
          (r) => ({ ...r, accountId: r.tenantId === NO_TENANT ? null : r.tenantId }),
          (r) => ({ at: new Date(r.createdAt).toISOString(), id: r.id }),
        );
      },
      { staff: true },
    );
  }

  // ---- the delivery worker --------------------------------------------------------------------

  async loadDelivery(tenantId: string, deliveryId: string): Promise<DeliveryWork | null> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const rows = await em.query(
        `select d.id, d.tenant_id as "tenantId", d.channel, d.recipient, d.status, d.attempts, d.user_id as "userId", n.title, n.body, n.link, n.kind
           from identity.notification_deliveries d join identity.notifications n on n.id = d.notification_id
          where d.id = $1`,
        [deliveryId],
      );
      return rows[0] ?? null;
    });
  }

  async markSent(tenantId: string, deliveryId: string, providerMessageId: string | null): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) =>
      em.query(
        `update identity.notification_deliveries
            set status = 'sent', attempts = attempts + 1, provider_message_id = $2, sent_at = now(), last_error = null, updated_at = now()
          where id = $1 and status = 'pending'`,
        [deliveryId, providerMessageId],
      ),
    );
    // Receipts Meta posted before this send was recorded (see applyWhatsAppStatuses).
    if (providerMessageId) {
      const early = await this.takeEarlyStatuses([providerMessageId]);
      if (early.length) await this.applyWhatsAppStatuses(early);
    }
  }

  /** Removes and returns the receipts kept for these messages. */
  private async takeEarlyStatuses(messageIds: string[]): Promise<WhatsAppStatusUpdate[]> {
    type Kept = { message_id: string; status: WhatsAppStatusUpdate['status']; at: Date; error: string | null };
    const rows = await runOutsideTenant(this.ds, async (em) =>
      returnedRows<Kept>(await em.query(`delete from identity.whatsapp_early_statuses where message_id = any($1::text[]) returning message_id, status, at, error`, [messageIds])),
    );
    return rows.map((r) => ({ messageId: r.message_id, status: r.status, at: r.at, error: r.error }));
  }

  /** A failed attempt: visible at once (attempts, last error); `final` marks the channel failed. */
  async markAttemptFailed(tenantId: string, deliveryId: string, error: string, final: boolean): Promise<void> {
    await runInTenant(this.ds, tenantId, (em) =>
      em.query(
        `update identity.notification_deliveries
            set attempts = attempts + 1, last_error = $2, status = case when $3 then 'failed' else status end, updated_at = now()
          where id = $1 and status = 'pending'`,
        [deliveryId, error.slice(0, 500), final],
      ),
    );
  }

  // ---- WhatsApp status webhooks ---------------------------------------------------------------

  /**
   * Applies delivery statuses reported by the Cloud API (the webhook receiver, outside any user
   * session). The tenant of each message comes from `identity.delivery_tenants` (SECURITY DEFINER,
   * tenant ids only: see migration 1732600000000); each tenant's rows are then changed inside that
   * tenant, under RLS, as the delivery worker does.
   *
   * Never backwards, so duplicates and any order are harmless: a status applies only when it ranks
   * above what the row already has (sent 1 < delivered 2 < read 3 = failed 3). `failed` marks the
   * delivery FAILED with the error (the user can resend it); `delivered` records `delivered_at`;
   * `read` records `read_at` (and `delivered_at` when that receipt never came: read implies it).
   * A status of an unknown message may be our own, posted before the send's answer was stored: it
   * is kept (`whatsapp_early_statuses`) and `markSent` applies it. Each side checks after its own
   * write (kept, then looked up again; recorded, then the kept ones taken), so one of them sees the
   * other, and applying twice changes nothing. Statuses of messages that never become known
   * (another system's, a resent round's old message) are dropped after a day.
   */
  async applyWhatsAppStatuses(updates: WhatsAppStatusUpdate[]): Promise<{ applied: number; unchanged: number; unknown: string[] }> {
    if (!updates.length) return { applied: 0, unchanged: 0, unknown: [] };
    const ids = [...new Set(updates.map((u) => u.messageId))];
    const lookup = async (messageIds: string[]): Promise<Array<{ provider_message_id: string; tenant_id: string }>> =>
      runOutsideTenant(this.ds, (em) => em.query(`select provider_message_id, tenant_id from identity.delivery_tenants($1::text[])`, [messageIds]));
    const tenantOf = new Map((await lookup(ids)).map((o) => [o.provider_message_id, o.tenant_id]));
    let unknown = ids.filter((id) => !tenantOf.has(id));
    if (unknown.length) {
      const early = updates.filter((u) => !tenantOf.has(u.messageId));
      await runOutsideTenant(this.ds, async (em) => {
        await em.query(
          `insert into identity.whatsapp_early_statuses (message_id, status, at, error)
           select * from unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[]) on conflict do nothing`,
          [early.map((u) => u.messageId), early.map((u) => u.status), early.map((u) => u.at), early.map((u) => u.error)],
        );
        await em.query(`delete from identity.whatsapp_early_statuses where received_at < now() - interval '1 day'`);
      });
      const recorded = await lookup(unknown);
      if (recorded.length) {
        // Recorded meanwhile: apply here, with any receipt kept for them earlier.
        for (const o of recorded) tenantOf.set(o.provider_message_id, o.tenant_id);
        updates = [...updates, ...(await this.takeEarlyStatuses(recorded.map((o) => o.provider_message_id)))];
        unknown = unknown.filter((id) => !tenantOf.has(id));
      }
      if (unknown.length) this.logger.info({ messageIds: unknown }, 'whatsapp status for a message not (yet) known: kept for a day');
    }

    const byTenant = new Map<string, WhatsAppStatusUpdate[]>();
    for (const u of updates) {
      const tenant = tenantOf.get(u.messageId);
      if (tenant) byTenant.set(tenant, [...(byTenant.get(tenant) ?? []), u]);
    }
    let applied = 0;
    let unchanged = 0;
    for (const [tenant, list] of byTenant) {
      // Oldest first (then by rank), so one payload carrying several receipts reads like the phone saw them.
      const ordered = [...list].sort((a, b) => a.at.getTime() - b.at.getTime() || STATUS_RANK[a.status] - STATUS_RANK[b.status]);
      await runInTenant(this.ds, tenant, async (em) => {
        for (const u of ordered) {
          const rows = returnedRows<{ id: string; status: string }>(
            await em.query(
              `update identity.notification_deliveries d
                  set status = case when $2::text = 'failed' then 'failed' else d.status end,
                      last_error = case when $2::text = 'failed' then $4::text else d.last_error end,
                      delivered_at = case when $2::text in ('delivered', 'read') then coalesce(d.delivered_at, $3::timestamptz) else d.delivered_at end,
                      read_at = case when $2::text = 'read' then $3::timestamptz else d.read_at end,
                      updated_at = now()
                where d.provider_message_id = $1 and d.channel = 'whatsapp' and d.status in ('sent', 'failed')
                  and (case when d.status = 'failed' or d.read_at is not null then 3 when d.delivered_at is not null then 2 else 1 end) < $5::int
                returning d.id, d.status`,
              [u.messageId, u.status, u.at, u.error ? u.error.slice(0, 500) : 'WhatsApp: falha na entrega', STATUS_RANK[u.status]],
            ),
          );
          if (rows.length) {
            applied += rows.length;
            if (u.status === 'failed') this.logger.warn({ tenantId: tenant, deliveryId: rows[0].id, error: u.error }, 'whatsapp reported a failed delivery');
          } else unchanged++;
        }
      });
    }
    return { applied, unchanged, unknown };
  }
}

/** A delivery status from a Cloud API webhook (`entry[].changes[].value.statuses[]`). */
export interface WhatsAppStatusUpdate {
  messageId: string;
  status: 'sent' | 'delivered' | 'read' | 'failed';
  /** When it happened (the webhook's `timestamp`). */
  at: Date;
  /** For `failed`: the error's code, title and details. */
  error: string | null;
}

const STATUS_RANK: Record<WhatsAppStatusUpdate['status'], number> = { sent: 1, delivered: 2, read: 3, failed: 3 };
