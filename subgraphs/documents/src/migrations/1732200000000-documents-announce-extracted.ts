import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['documents.documents', 'documents.document_fields', 'documents.document_items'];

/**
 * Announces every document read before `document.extracted` existed, so the assistant (agents) can
 * index and cite documents of accounts that predate it. One outbox event per processed document,
 * with the same payload the service writes (DocumentService.publishExtracted, as of this
 * migration); agents ignores versions it already has, so documents it indexed are untouched.
 *
 * The tables force RLS even for their owner and this runs for every account at once, so FORCE is
 * lifted inside the migration's transaction and put back before it commits.
 */
export class DocumentsAnnounceExtracted1732200000000 implements MigrationInterface {
  name = 'DocumentsAnnounceExtracted1732200000000';

  async up(qr: QueryRunner): Promise<void> {
    for (const t of TABLES) await qr.query(`alter table ${t} no force row level security`);
    await qr.query(`
      insert into documents.outbox (id, tenant_id, type, payload, created_at)
      select gen_random_uuid(), d.tenant_id, 'document.extracted',
             jsonb_build_object(
               'documentId', d.id,
               'version', d.version,
               'filename', d.filename,
               'kind', d.kind,
               'issuedOn', to_char(d.issued_at at time zone 'America/Sao_Paulo', 'YYYY-MM-DD'),
               'fields', coalesce((select jsonb_agg(jsonb_build_object('name', f.name, 'value', f.value) order by f.name)
                                     from documents.document_fields f
                                    where f.tenant_id = d.tenant_id and f.document_id = d.id and f.value is not null), '[]'::jsonb),
               'items', coalesce((select jsonb_agg(i.description order by i.position)
                                    from (select description, position from documents.document_items i
                                           where i.tenant_id = d.tenant_id and i.document_id = d.id and coalesce(i.description, '') <> ''
                                           order by position limit 200) i), '[]'::jsonb),
               'text', left(coalesce(d.text_content, ''), 100000)
             ),
             now()
        from documents.documents d
       where d.status = 'PROCESSED' and d.deleted_at is null`);
    for (const t of TABLES) await qr.query(`alter table ${t} force row level security`);
    await qr.query(`select pg_notify('outbox_documents', '')`);
  }

  async down(): Promise<void> {
    // Forward-only: the events are facts; agents' index keeps what it learned.
  }
}
