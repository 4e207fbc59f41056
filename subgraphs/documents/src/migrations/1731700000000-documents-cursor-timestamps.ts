import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyset cursors carry the sort timestamp through JavaScript, which keeps milliseconds only: a
 * cursor of 12:00:00.716 would skip rows stored at 12:00:00.716500. Columns that order a paged list
 * are stored at millisecond precision, so a cursor always names the exact value.
 */
export class DocumentsCursorTimestamps1731700000000 implements MigrationInterface {
  name = 'DocumentsCursorTimestamps1731700000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table documents.documents alter column created_at type timestamptz(3)`);
  }

  async down(): Promise<void> {
    // Forward-only.
  }
}
