import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls } from '@prumo/kit';

/**
 * One revenue entry per invoice, whatever the number of files: the XML and the PDF of an invoice
 * share the ledger entry `key:<access key>`, so what documents tells limits about it is kept per
 * entry (`revenue_sources`): a version of its own (strictly increasing per entry, in commit order:
 * the ledger drops older versions) and whether it is currently recorded. Each document remembers
 * the entry it last fed (`revenue_source_id`), so a reprocess that reads or loses the key moves
 * the revenue instead of counting it twice.
 *
 * Back-fill: every document's entry, with the highest version any of its documents sent (a
 * document's version was the event's version until now).
 */
export class DocumentsRevenueSources1732300000000 implements MigrationInterface {
  name = 'DocumentsRevenueSources1732300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`alter table documents.documents add column revenue_source_id text`);
    await qr.query(`create index documents_revenue_source on documents.documents (tenant_id, revenue_source_id) where revenue_source_id is not null`);
    await qr.query(`
      create table documents.revenue_sources (
        tenant_id uuid not null,
        source_id text not null,
        version bigint not null default 0,
        recorded boolean not null default false,
        primary key (tenant_id, source_id)
      )`);
    await enableTenantRls(qr, 'documents.revenue_sources');

    // Every account at once: FORCE is lifted inside the migration's transaction and put back.
    for (const t of ['documents.documents', 'documents.revenue_sources']) await qr.query(`alter table ${t} no force row level security`);
    await qr.query(`update documents.documents set revenue_source_id = case when access_key is not null then 'key:' || access_key else 'doc:' || id end`);
    await qr.query(`
      insert into documents.revenue_sources (tenant_id, source_id, version, recorded)
      select tenant_id, revenue_source_id, max(version), bool_or(revenue_recorded and deleted_at is null)
        from documents.documents group by tenant_id, revenue_source_id`);
    for (const t of ['documents.documents', 'documents.revenue_sources']) await qr.query(`alter table ${t} force row level security`);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`drop table documents.revenue_sources`);
    await qr.query(`alter table documents.documents drop column revenue_source_id`);
  }
}
