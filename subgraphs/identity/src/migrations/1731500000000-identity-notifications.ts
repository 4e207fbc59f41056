import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NO_TENANT, POLICY, addReadPolicy, enableTenantRls } from '@prumo/kit';

/**
 * The notification inbox and its per-channel delivery records (docs/notifications.md).
 *
 * - One inbox row per recipient user, tenant_id = the recipient account. Notifications for platform
 *   staff (no account named) live under the sentinel tenant NO_TENANT; an explicit policy lets a staff
 *   user read and mark exactly their own platform rows whatever account they are signed in to.
 * - A restrictive policy keeps each row to its recipient: inside a request (app.user_id set) a user
 *   reaches only rows addressed to them; system work (consumer, delivery worker: no user) sees the tenant.
 * - Deliveries are unique on (key, user, channel): a repeated request collapses into the same row.
 */
export class IdentityNotifications1731500000000 implements MigrationInterface {
  name = 'IdentityNotifications1731500000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table identity.notifications (
        tenant_id uuid not null,
        id uuid primary key,
        user_id uuid not null references identity.users (id),
        key text not null,
        kind text not null,
        title text not null,
        body text not null,
        link text,
        event_id uuid not null,
        read_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index notifications_key_user on identity.notifications (tenant_id, key, user_id)`);
    // The inbox page (keyset on created_at, id) and the unread badge.
    await qr.query(`create index notifications_inbox on identity.notifications (tenant_id, user_id, created_at desc, id desc)`);
    await qr.query(`create index notifications_unread on identity.notifications (tenant_id, user_id) where read_at is null`);

    await qr.query(`
      create table identity.notification_deliveries (
        tenant_id uuid not null,
        id uuid primary key,
        notification_id uuid not null references identity.notifications (id),
        user_id uuid not null references identity.users (id),
        key text not null,
        channel text not null check (channel in ('in_app', 'whatsapp', 'log')),
        recipient text,
        status text not null check (status in ('pending', 'sent', 'failed')),
        attempts int not null default 0,
        last_error text,
        provider_message_id text,
        queued_at timestamptz,
        sent_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index notification_deliveries_key on identity.notification_deliveries (tenant_id, key, user_id, channel)`);
    await qr.query(`create index notification_deliveries_notification on identity.notification_deliveries (tenant_id, notification_id)`);
    // What the dispatcher still has to hand to the queue.
    await qr.query(`create index notification_deliveries_unqueued on identity.notification_deliveries (tenant_id, created_at) where queued_at is null`);

    const ownRow = `(user_id = ${POLICY.currentUser} or ${POLICY.currentUser} is null)`;
    const platformRow = `tenant_id = '${NO_TENANT}'::uuid and user_id = ${POLICY.currentUser} and ${POLICY.staff}`;
    for (const t of ['notifications', 'notification_deliveries']) {
      await enableTenantRls(qr, `identity.${t}`);
      await qr.query(`create policy own_rows on identity.${t} as restrictive for all using ${ownRow} with check ${ownRow}`);
      await addReadPolicy(qr, `identity.${t}`, 'platform_inbox_read', platformRow);
    }
    await qr.query(`create policy platform_inbox_update on identity.notifications for update using (${platformRow}) with check (${platformRow})`);
    // The dispatcher's sweep finds the tenants with unqueued deliveries (then works inside each tenant).
    await addReadPolicy(qr, 'identity.notification_deliveries', 'staff_read', POLICY.staff);
  }

  async down(): Promise<void> {
    throw new Error('identity migrations are forward-only');
  }
}
