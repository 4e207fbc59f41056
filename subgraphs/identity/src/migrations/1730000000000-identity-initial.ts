import type { MigrationInterface, QueryRunner } from 'typeorm';
import { POLICY, createOutboxTables, enableTenantRls, addReadPolicy } from '@prumo/kit';

/**
 * Identity's tables. Tenant-owned: accounts (tenant_id = id), memberships, invitations, api_keys,
 * audit_events. Global by nature (a person, not an account, owns them): users, sessions,
 * refresh_tokens. Platform-level: leads (insert by anyone, read by staff only).
 */
export class IdentityInitial1730000000000 implements MigrationInterface {
  name = 'IdentityInitial1730000000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table identity.users (
        id uuid primary key,
        email text not null,
        email_normalized text not null unique,
        cpf text unique,
        name text not null,
        whatsapp text,
        password_hash text not null,
        staff boolean not null default false,
        last_account_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);

    await qr.query(`
      create table identity.accounts (
        tenant_id uuid not null,
        id uuid primary key,
        name text not null,
        tax_id text not null,
        tax_id_kind text not null check (tax_id_kind in ('CNPJ', 'CPF')),
        status text not null default 'active' check (status in ('active', 'suspended')),
        plan_code text not null default 'free',
        modules text[] not null default '{fiscal,finance}',
        plan_changed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (tenant_id = id)
      )`);
    // Unique across tenants on purpose: one account per CNPJ/CPF on the platform.
    await qr.query(`create unique index accounts_tax_id on identity.accounts (tax_id)`);
    await qr.query(`create index accounts_tenant on identity.accounts (tenant_id)`);

    await qr.query(`
      create table identity.memberships (
        tenant_id uuid not null references identity.accounts (id),
        id uuid primary key,
        user_id uuid not null references identity.users (id),
        role text not null check (role in ('owner', 'admin', 'member')),
        created_at timestamptz not null default now(),
        unique (tenant_id, user_id)
      )`);
    // Serves the self-read policy below (a user lists the accounts they belong to).
    await qr.query(`create index memberships_user on identity.memberships (user_id)`);

    await qr.query(`
      create table identity.invitations (
        tenant_id uuid not null references identity.accounts (id),
        id uuid primary key,
        email text not null,
        email_normalized text not null,
        role text not null check (role in ('admin', 'member')),
        token_hash text not null unique,
        invited_by uuid references identity.users (id),
        status text not null default 'pending' check (status in ('pending', 'accepted', 'revoked')),
        quota_key text,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index invitations_tenant on identity.invitations (tenant_id, created_at desc)`);
    await qr.query(
      `create unique index invitations_pending_email on identity.invitations (tenant_id, email_normalized) where status = 'pending'`,
    );

    await qr.query(`
      create table identity.api_keys (
        tenant_id uuid not null references identity.accounts (id),
        id uuid primary key,
        name text not null,
        prefix text not null unique,
        secret_hash text not null,
        scopes text[] not null,
        created_by uuid not null references identity.users (id),
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    await qr.query(`create index api_keys_tenant on identity.api_keys (tenant_id, created_at desc)`);

    await qr.query(`
      create table identity.audit_events (
        tenant_id uuid not null,
        id uuid primary key,
        actor_user_id uuid,
        action text not null,
        target text,
        ip text,
        user_agent text,
        metadata jsonb not null default '{}',
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index audit_events_tenant on identity.audit_events (tenant_id, created_at desc, id desc)`);

    await qr.query(`
      create table identity.sessions (
        id uuid primary key,
        user_id uuid not null references identity.users (id),
        account_id uuid not null,
        ip text,
        user_agent text,
        created_at timestamptz not null default now(),
        last_used_at timestamptz not null default now(),
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await qr.query(`create index sessions_user on identity.sessions (user_id)`);
    await qr.query(`
      create table identity.refresh_tokens (
        id uuid primary key,
        session_id uuid not null references identity.sessions (id),
        token_hash text not null unique,
        expires_at timestamptz not null,
        rotated_at timestamptz,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index refresh_tokens_session on identity.refresh_tokens (session_id)`);

    await qr.query(`
      create table identity.leads (
        id uuid primary key,
        name text not null,
        email text not null,
        whatsapp text not null,
        message text not null,
        ip text,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index leads_created on identity.leads (created_at desc, id desc)`);

    for (const t of ['accounts', 'memberships', 'invitations', 'api_keys', 'audit_events']) {
      await enableTenantRls(qr, `identity.${t}`);
    }
    // Explicit cross-tenant reads, each for one purpose:
    // a user sees their own memberships and the accounts they belong to (account switcher);
    await addReadPolicy(qr, 'identity.memberships', 'member_self_read', `user_id = ${POLICY.currentUser}`);
    await addReadPolicy(
      qr,
      'identity.accounts',
      'member_read',
      `exists (select 1 from identity.memberships m where m.tenant_id = accounts.id and m.user_id = ${POLICY.currentUser})`,
    );
    // platform staff read every account (admin pages);
    await addReadPolicy(qr, 'identity.accounts', 'staff_read', POLICY.staff);
    // the API-key exchange and invitation acceptance look up exactly the one row they name.
    await addReadPolicy(qr, 'identity.api_keys', 'lookup_by_prefix', `prefix = current_setting('app.lookup_key', true)`);
    await addReadPolicy(qr, 'identity.invitations', 'lookup_by_token', `token_hash = current_setting('app.lookup_key', true)`);

    await qr.query(`alter table identity.leads enable row level security`);
    await qr.query(`alter table identity.leads force row level security`);
    await qr.query(`create policy anyone_inserts on identity.leads for insert with check (true)`);
    await addReadPolicy(qr, 'identity.leads', 'staff_read', POLICY.staff);

    await createOutboxTables(qr, 'identity');
  }

  async down(): Promise<void> {
    throw new Error('identity migrations are forward-only');
  }
}
