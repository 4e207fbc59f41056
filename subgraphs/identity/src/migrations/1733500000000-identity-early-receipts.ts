import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * WhatsApp receipts that arrive before their message is known. Meta can post a status (even
 * `failed`) before the send call's answer has been stored as the delivery's `provider_message_id`;
 * such a receipt is kept here and applied when the send is recorded. Receipts of messages that never
 * become known (another system's, a resent round's old message) are dropped after a day.
 *
 * Infrastructure, like the outbox: no tenant is known yet, and the rows hold a message id, a status,
 * a time and Meta's error text, never a tenant's data. The app never exposes them.
 */
export class IdentityEarlyReceipts1733500000000 implements MigrationInterface {
  name = 'IdentityEarlyReceipts1733500000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table identity.whatsapp_early_statuses (
        message_id text not null,
        status text not null check (status in ('sent', 'delivered', 'read', 'failed')),
        at timestamptz not null,
        error text,
        received_at timestamptz not null default now(),
        primary key (message_id, status)
      )`);
    await qr.query(`create index whatsapp_early_statuses_received on identity.whatsapp_early_statuses (received_at)`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`drop table identity.whatsapp_early_statuses`);
  }
}
