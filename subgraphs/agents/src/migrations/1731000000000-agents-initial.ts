import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, enableSharedReadRls, enableTenantRls, POLICY } from '@prumo/kit';

/**
 * Agents, foundation and fiscal assistant: metered model usage, the curated MEI knowledge base
 * (shared on purpose), the account's retrievable document chunks (Portuguese full text over an
 * immutable unaccent wrapper, plus optional embeddings) and the per-user conversations.
 */
export class AgentsInitial1731000000000 implements MigrationInterface {
  name = 'AgentsInitial1731000000000';

  async up(qr: QueryRunner): Promise<void> {
    // to_tsvector in a generated column needs an immutable function; unaccent(text) is only stable
    // (it reads the search path), the two-argument form with a fixed dictionary is safe to wrap.
    await qr.query(`
      create function agents.immutable_unaccent(text) returns text
      language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$`);
    await qr.query(`
      create function agents.pt_tsv(text) returns tsvector
      language sql immutable parallel safe
      as $$ select to_tsvector('pg_catalog.portuguese'::regconfig, agents.immutable_unaccent(coalesce($1, ''))) $$`);
    // Exact cosine similarity over float arrays (used when pgvector is not installed).
    await qr.query(`
      create function agents.cosine(a real[], b real[]) returns double precision
      language sql immutable parallel safe
      as $$
        select case when sqrt(sum(x::float8 * x)) * sqrt(sum(y::float8 * y)) = 0 then 0
          else sum(x::float8 * y) / (sqrt(sum(x::float8 * x)) * sqrt(sum(y::float8 * y))) end
        from unnest(a, b) as t(x, y)
      $$`);
    const hasVector = ((await qr.query(`select 1 from pg_extension where extname = 'vector'`)) as unknown[]).length > 0;

    await qr.query(`
      create table agents.llm_usage (
        tenant_id uuid not null,
        id uuid not null,
        user_id uuid,
        purpose text not null,
        model text not null,
        offline boolean not null,
        prompt_tokens int not null,
        completion_tokens int not null,
        ms int not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await qr.query(`create index llm_usage_created on agents.llm_usage (tenant_id, created_at)`);

    // The curated knowledge base: the same for every account, written by the service at start.
    await qr.query(`
      create table agents.kb_chunks (
        id text primary key,
        article text not null,
        article_title text not null,
        title text not null,
        body text not null,
        position int not null,
        tsv tsvector generated always as (agents.pt_tsv(article_title || ' ' || title || ' ' || body)) stored,
        embedding real[],
        embedding_model text
      )`);
    await qr.query(`create index kb_chunks_tsv on agents.kb_chunks using gin (tsv)`);
    await qr.query(`create table agents.kb_state (id int primary key check (id = 1), content_hash text not null, loaded_at timestamptz not null default now())`);
    for (const t of ['kb_chunks', 'kb_state']) await enableSharedReadRls(qr, `agents.${t}`);

    // Sources ingested for retrieval (documents today): one row per source, its version.
    await qr.query(`
      create table agents.sources (
        tenant_id uuid not null,
        kind text not null check (kind in ('document')),
        source_id uuid not null,
        title text not null,
        version int not null,
        ingested_at timestamptz not null default now(),
        primary key (tenant_id, kind, source_id)
      )`);
    await qr.query(`
      create table agents.chunks (
        tenant_id uuid not null,
        id uuid not null,
        kind text not null,
        source_id uuid not null,
        label text not null,
        field text,
        content text not null,
        position int not null,
        tsv tsvector generated always as (agents.pt_tsv(label || ' ' || content)) stored,
        embedding real[],
        embedding_model text,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await qr.query(`create index chunks_source on agents.chunks (tenant_id, kind, source_id)`);
    // GIN cannot lead with a uuid without btree_gin; RLS and the tenant predicate still filter rows.
    await qr.query(`create index chunks_tsv on agents.chunks using gin (tsv)`);
    if (hasVector) {
      await qr.query(`alter table agents.chunks add column embedding_vec vector`);
      await qr.query(`alter table agents.kb_chunks add column embedding_vec vector`);
    }

    await qr.query(`
      create table agents.conversations (
        tenant_id uuid not null,
        id uuid not null,
        user_id uuid not null,
        mode text not null check (mode in ('ASSISTANT', 'CHAT')),
        title text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);
    await qr.query(`create index conversations_user on agents.conversations (tenant_id, user_id, updated_at desc, id desc)`);
    await qr.query(`
      create table agents.messages (
        tenant_id uuid not null,
        id uuid not null,
        conversation_id uuid not null,
        user_id uuid not null,
        role text not null check (role in ('user', 'assistant')),
        content text not null,
        citations jsonb not null default '[]',
        offline boolean not null default false,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id),
        foreign key (tenant_id, conversation_id) references agents.conversations (tenant_id, id) on delete cascade
      )`);
    await qr.query(`create index messages_conversation on agents.messages (tenant_id, conversation_id, created_at, id)`);

    for (const t of ['llm_usage', 'sources', 'chunks', 'conversations', 'messages']) await enableTenantRls(qr, `agents.${t}`);
    // Conversations are private to their user inside the account.
    for (const t of ['conversations', 'messages']) {
      await qr.query(`create policy own_user on agents.${t} as restrictive using (user_id = ${POLICY.currentUser}) with check (user_id = ${POLICY.currentUser})`);
    }

    await createOutboxTables(qr, 'agents');
  }

  async down(): Promise<void> {
    throw new Error('agents migrations are forward-only');
  }
}
