import type { MigrationInterface, QueryRunner } from 'typeorm';
import { NO_TENANT, POLICY } from '@prumo/kit';

/**
 * A failed outside delivery can be sent again by its recipient (resendNotification). Each resend is
 * a new round with its own queue job id (the first round's job id is kept by BullMQ and would
 * swallow a second enqueue). A staff member's platform rows (tenant NO_TENANT) are outside their
 * session's tenant: like `platform_inbox_update` on notifications, their own delivery rows get an
 * update policy, or a resend of a failed lead notice would find nothing to update.
 */
export class IdentityDeliveryResends1732200000000 implements MigrationInterface {
  name = 'IdentityDeliveryResends1732200000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table identity.notification_deliveries add column resends int not null default 0`);
    const platformRow = `tenant_id = '${NO_TENANT}'::uuid and user_id = ${POLICY.currentUser} and ${POLICY.staff}`;
    await qr.query(`create policy platform_delivery_update on identity.notification_deliveries for update using (${platformRow}) with check (${platformRow})`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`drop policy platform_delivery_update on identity.notification_deliveries`);
    await qr.query(`alter table identity.notification_deliveries drop column resends`);
  }
}
