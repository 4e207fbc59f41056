import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteLikeTable } from '@prumo/kit';

/**
 * WhatsApp delivery receipts (docs/notifications.md, "Delivery statuses"): the Cloud API reports
 * `delivered`, `read` and `failed` later, by webhook, keyed by its message id (`wamid`).
 *
 * - `delivered_at` and `read_at` on the delivery (nullable: unknown until the webhook says so).
 * - An index on `provider_message_id`: the webhook knows nothing else about the message. Not
 *   tenant-first on purpose: the lookup below is the one question asked across tenants.
 * - `identity.delivery_tenants(ids)`: the webhook runs outside any user session and must find which
 *   tenant each message belongs to before it can work inside that tenant (runInTenant, as the
 *   delivery worker does). Rather than letting the app role read every tenant's deliveries (the
 *   staff read policy would allow it, with every column), this SECURITY DEFINER function answers
 *   exactly that question: for the given provider ids, the owning tenant ids, nothing else. It runs
 *   as the schema owner, for whom a select-only policy is added (RLS is forced, so the owner is
 *   filtered too: the same pattern as agents.match_chunks). The update itself then happens under
 *   the tenant's own RLS.
 */
export class IdentityDeliveryReceipts1732600000000 implements MigrationInterface {
  name = 'IdentityDeliveryReceipts1732600000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table identity.notification_deliveries add column delivered_at timestamptz, add column read_at timestamptz`);
    await qr.query(
      `create index notification_deliveries_provider_message on identity.notification_deliveries (provider_message_id) where provider_message_id is not null`,
    );
    const [{ owner }] = await qr.query(`select current_user as owner`);
    const role = `"${String(owner).replace(/"/g, '""')}"`;
    await qr.query(`create policy owner_provider_lookup on identity.notification_deliveries for select to ${role} using (true)`);
    await qr.query(`
      create function identity.delivery_tenants(p_ids text[])
      returns table (provider_message_id text, tenant_id uuid)
      language sql stable security definer
      set search_path = pg_catalog, pg_temp
      as $$
        select d.provider_message_id, d.tenant_id from identity.notification_deliveries d
         where d.provider_message_id = any (p_ids) and d.channel = 'whatsapp'
      $$`);
    await grantExecuteLikeTable(qr, 'identity.delivery_tenants(text[])', 'identity', 'notification_deliveries', 'UPDATE');
  }

  async down(): Promise<void> {
    throw new Error('identity migrations are forward-only');
  }
}
