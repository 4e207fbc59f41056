import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset cursors carry the sort timestamp through JavaScript, which keeps milliseconds only: a
 * cursor of 12:00:00.716 would skip rows stored at 12:00:00.716500. Columns that order a paged list
 * are stored at millisecond precision, so a cursor always names the exact value.
 */
export class IdentityCursorTimestamps1731700000000 implements MigrationInterface {
  name = 'IdentityCursorTimestamps1731700000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table identity.audit_events alter column created_at type timestamptz(3)`);
    await qr.query(`alter table identity.leads alter column created_at type timestamptz(3)`);
    await qr.query(`alter table identity.accounts alter column created_at type timestamptz(3)`);
    await qr.query(`alter table identity.notifications alter column created_at type timestamptz(3)`);
    await qr.query(`alter table identity.notification_deliveries alter column created_at type timestamptz(3)`);
  }

  async down(): Promise<void> {
    // Forward-only.
  }
}
