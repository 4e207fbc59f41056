import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When the Stripe state mirrored on a subscription was read (database clock, taken just before the
 * Stripe call). Concurrent Stripe jobs and mutations each re-read the subscription and then sync it:
 * a sync whose read started before the stored one is stale and writes nothing. Null = never synced
 * from Stripe (Free accounts, rows written before this column existed): any read may write.
 */
export class BillingStripeFetchedAt1733400000000 implements MigrationInterface {
  name = 'BillingStripeFetchedAt1733400000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table billing.subscriptions add column stripe_fetched_at timestamptz`);
  }

  async down(): Promise<void> {
    throw new Error('billing migrations are forward-only');
  }
}
