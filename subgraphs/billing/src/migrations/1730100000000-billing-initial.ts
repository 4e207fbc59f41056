import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, enableSharedReadRls, enableTenantRls, POLICY } from '@prumo/kit';

/**
 * Billing's tables. Plans and their limits are shared on purpose (read by anyone, written by staff);
 * subscriptions, usage, reservations, payments and checkout sessions are tenant-owned (RLS).
 * stripe_events and sandbox_subscriptions are infrastructure read across tenants by the webhook
 * processor (no RLS; never exposed).
 */
export class BillingInitial1730100000000 implements MigrationInterface {
  name = 'BillingInitial1730100000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table billing.plans (
        code text primary key,
        name text not null,
        description text not null,
        price_monthly_cents bigint,
        price_yearly_cents bigint,
        modules text[] not null,
        api_requests_per_minute int not null,
        public boolean not null default true,
        sort int not null default 0,
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`
      create table billing.plan_limits (
        plan_code text not null references billing.plans (code),
        metric text not null,
        limit_value bigint,
        period text not null check (period in ('day', 'month', 'gauge')),
        primary key (plan_code, metric)
      )`);
    await qr.query(`
      insert into billing.plans (code, name, description, price_monthly_cents, price_yearly_cents, modules, api_requests_per_minute, sort) values
        ('free', 'Free', 'Para começar: documentos fiscais, limite do MEI e financeiro.', 0, 0, '{fiscal,finance}', 60, 1),
        ('pro', 'Pro', 'Todos os módulos para a pequena empresa que cresce.', 9900, 99000, '{fiscal,finance,marketplace,energy,consultant}', 600, 2),
        ('enterprise', 'Enterprise', 'Sem limites, com atendimento dedicado. Sob consulta.', null, null, '{fiscal,finance,marketplace,energy,consultant}', 3000, 3)`);
    await qr.query(`
      insert into billing.plan_limits (plan_code, metric, limit_value, period) values
        ('free', 'agent_executions', 10, 'month'), ('free', 'llm_tokens', 20000, 'day'), ('free', 'document_uploads', 30, 'month'),
        ('free', 'products', 20, 'gauge'), ('free', 'users', 1, 'gauge'), ('free', 'energy_units', 3, 'gauge'),
        ('free', 'concurrent_agent_executions', 1, 'gauge'),
        ('pro', 'agent_executions', null, 'month'), ('pro', 'llm_tokens', 100000, 'day'), ('pro', 'document_uploads', 1000, 'month'),
        ('pro', 'products', 500, 'gauge'), ('pro', 'users', 5, 'gauge'), ('pro', 'energy_units', 100, 'gauge'),
        ('pro', 'concurrent_agent_executions', 5, 'gauge'),
        ('enterprise', 'agent_executions', null, 'month'), ('enterprise', 'llm_tokens', null, 'day'), ('enterprise', 'document_uploads', null, 'month'),
        ('enterprise', 'products', null, 'gauge'), ('enterprise', 'users', null, 'gauge'), ('enterprise', 'energy_units', null, 'gauge'),
        ('enterprise', 'concurrent_agent_executions', 20, 'gauge')`);
    for (const t of ['plans', 'plan_limits']) await enableSharedReadRls(qr, `billing.${t}`);

    await qr.query(`
      create table billing.subscriptions (
        tenant_id uuid primary key,
        plan_code text not null references billing.plans (code),
        status text not null check (status in ('trialing', 'active', 'past_due', 'canceled')),
        cycle text check (cycle in ('MONTHLY', 'YEARLY')),
        current_period_end timestamptz,
        cancel_at_period_end boolean not null default false,
        billing_email text,
        stripe_customer_id text,
        stripe_subscription_id text unique,
        past_due_since timestamptz,
        downgraded_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);

    await qr.query(`
      create table billing.usage_counters (
        tenant_id uuid not null,
        metric text not null,
        period_start date not null,
        used bigint not null default 0,
        primary key (tenant_id, metric, period_start)
      )`);
    await qr.query(`
      create table billing.quota_reservations (
        tenant_id uuid not null,
        id uuid not null,
        idempotency_key text not null,
        metric text not null,
        amount bigint not null,
        period_start date not null,
        status text not null check (status in ('reserved', 'committed', 'released')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, idempotency_key)
      )`);

    await qr.query(`
      create table billing.payments (
        tenant_id uuid not null,
        id uuid primary key,
        stripe_invoice_id text not null unique,
        amount_cents bigint not null,
        currency text not null,
        status text not null check (status in ('paid', 'failed')),
        description text,
        period_start timestamptz,
        period_end timestamptz,
        hosted_invoice_url text,
        occurred_at timestamptz not null,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index payments_tenant on billing.payments (tenant_id, occurred_at desc)`);

    await qr.query(`
      create table billing.checkout_sessions (
        tenant_id uuid not null,
        id text primary key,
        plan_code text not null references billing.plans (code),
        cycle text not null check (cycle in ('MONTHLY', 'YEARLY')),
        status text not null default 'open' check (status in ('open', 'complete', 'expired')),
        url text not null,
        created_by uuid not null,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index checkout_sessions_tenant on billing.checkout_sessions (tenant_id, created_at desc)`);

    for (const t of ['subscriptions', 'usage_counters', 'quota_reservations', 'payments', 'checkout_sessions']) {
      await enableTenantRls(qr, `billing.${t}`);
    }
    // The grace-period job looks for overdue subscriptions across accounts (platform scope).
    await qr.query(`create policy staff_read on billing.subscriptions for select using (${POLICY.staff})`);
    await qr.query(`create policy staff_update on billing.subscriptions for update using (${POLICY.staff}) with check (${POLICY.staff})`);

    await qr.query(`
      create table billing.stripe_events (
        id text primary key,
        type text not null,
        payload jsonb not null,
        received_at timestamptz not null default now(),
        processed_at timestamptz,
        attempts int not null default 0,
        last_error text
      )`);
    // The sandbox's stand-in for Stripe's own records (only used without STRIPE_SECRET_KEY).
    await qr.query(`
      create table billing.sandbox_objects (
        id text primary key,
        kind text not null,
        data jsonb not null,
        updated_at timestamptz not null default now()
      )`);

    await createOutboxTables(qr, 'billing');
  }

  async down(): Promise<void> {
    throw new Error('billing migrations are forward-only');
  }
}
