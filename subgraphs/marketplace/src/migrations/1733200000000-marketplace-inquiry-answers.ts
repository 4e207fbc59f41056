import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteLikeTable } from '@prumo/kit';

/**
 * The seller answers a buyer's question. Inquiries belong to the buyer's tenant (the seller reads
 * them through `seller_read`), so the seller cannot update the row under RLS; like orders, the one
 * allowed change goes through a narrow SECURITY DEFINER function that checks the caller is the
 * product's seller and the question is still unanswered.
 */
export class MarketplaceInquiryAnswers1733200000000 implements MigrationInterface {
  name = 'MarketplaceInquiryAnswers1733200000000';

  async up(qr: QueryRunner): Promise<void> {
    const [{ owner }] = await qr.query(`select current_user as owner`);
    const isOwner = `current_user = '${String(owner).replace(/'/g, "''")}'`;
    await qr.query(`alter table marketplace.inquiries add column answer text, add column answered_at timestamptz, add column answered_by uuid`);
    await qr.query(`create policy answer_function on marketplace.inquiries for all using (${isOwner}) with check (${isOwner})`);
    await qr.query(`
      create function marketplace.answer_inquiry(p_inquiry_id uuid, p_answer text, p_user_id uuid)
      returns setof marketplace.inquiries language sql security definer set search_path = marketplace, pg_temp
      as $$
        update marketplace.inquiries set answer = p_answer, answered_at = now(), answered_by = p_user_id
         where id = p_inquiry_id and answered_at is null and seller_tenant_id = current_setting('app.tenant_id')::uuid
        returning *
      $$`);
    await grantExecuteLikeTable(qr, 'marketplace.answer_inquiry(uuid, text, uuid)', 'marketplace', 'inquiries');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`drop function marketplace.answer_inquiry(uuid, text, uuid)`);
    await qr.query(`drop policy answer_function on marketplace.inquiries`);
    await qr.query(`alter table marketplace.inquiries drop column answer, drop column answered_at, drop column answered_by`);
  }
}
