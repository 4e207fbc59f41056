import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addReadPolicy, createOutboxTables, enableTenantRls } from '@prumo/kit';

/** Fiscal documents, their extracted fields and items, processing history and edit audit. */
export class DocumentsInitial1730300000000 implements MigrationInterface {
  name = 'DocumentsInitial1730300000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table documents.documents (
        tenant_id uuid not null,
        id uuid primary key,
        version int not null default 1,
        status text not null check (status in ('AWAITING_UPLOAD', 'UPLOADED', 'QUEUED', 'PROCESSING', 'PROCESSED', 'FAILED')),
        stage text,
        filename text not null,
        declared_type text,
        file_type text,
        size_bytes bigint,
        sha256 text,
        storage_key text,
        upload_token_hash text unique,
        upload_expires_at timestamptz,
        quota_key text,
        kind text,
        direction text check (direction in ('ISSUED', 'RECEIVED')),
        method text,
        ocr_confidence real,
        access_key text,
        number text,
        series text,
        model text,
        issuer_tax_id text,
        issuer_name text,
        recipient_tax_id text,
        recipient_name text,
        issued_at timestamptz,
        competence_month char(7),
        total_cents bigint,
        authorization_status text,
        cancelled boolean not null default false,
        cancels_key text,
        revenue_recorded boolean not null default false,
        failure_reason text,
        text_content text,
        search tsvector,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        processed_at timestamptz,
        deleted_at timestamptz
      )`);
    await qr.query(`create index documents_list on documents.documents (tenant_id, created_at desc, id desc) where deleted_at is null`);
    await qr.query(`create unique index documents_sha on documents.documents (tenant_id, sha256) where sha256 is not null and deleted_at is null`);
    await qr.query(`create index documents_key on documents.documents (tenant_id, access_key) where access_key is not null`);
    // GIN cannot lead with tenant_id without btree_gin; RLS still filters by tenant.
    await qr.query(`create index documents_search on documents.documents using gin (search)`);

    await qr.query(`
      create table documents.document_fields (
        tenant_id uuid not null,
        document_id uuid not null references documents.documents (id),
        name text not null,
        value text,
        confidence real not null,
        source text not null,
        edited boolean not null default false,
        primary key (tenant_id, document_id, name)
      )`);
    await qr.query(`
      create table documents.document_items (
        tenant_id uuid not null,
        document_id uuid not null references documents.documents (id),
        position int not null,
        code text,
        description text not null,
        ncm text,
        cfop text,
        quantity text not null,
        unit_price_cents bigint,
        total_cents bigint not null,
        primary key (tenant_id, document_id, position)
      )`);
    await qr.query(`
      create table documents.document_events (
        tenant_id uuid not null,
        id bigserial primary key,
        document_id uuid not null references documents.documents (id),
        stage text not null,
        message text,
        at timestamptz not null default now()
      )`);
    await qr.query(`create index document_events_doc on documents.document_events (tenant_id, document_id, id)`);
    await qr.query(`
      create table documents.document_field_edits (
        tenant_id uuid not null,
        id uuid primary key,
        document_id uuid not null references documents.documents (id),
        field text not null,
        old_value text,
        new_value text,
        user_id uuid not null,
        at timestamptz not null default now()
      )`);
    await qr.query(`
      create table documents.account_profiles (
        tenant_id uuid primary key,
        tax_id text not null,
        updated_at timestamptz not null default now()
      )`);
    for (const t of ['documents', 'document_fields', 'document_items', 'document_events', 'document_field_edits', 'account_profiles']) {
      await enableTenantRls(qr, `documents.${t}`);
    }
    // The one-time upload URL names exactly one document, across tenants.
    await addReadPolicy(qr, 'documents.documents', 'lookup_by_upload_token', `upload_token_hash = current_setting('app.lookup_key', true)`);
    await createOutboxTables(qr, 'documents');
  }

  async down(): Promise<void> {
    throw new Error('documents migrations are forward-only');
  }
}
