import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, enableSharedReadRls, enableTenantRls, POLICY } from '@prumo/kit';

/**
 * Limits: the revenue ledger fed by events, monthly aggregates kept incrementally, the fiscal
 * profile, alerts sent, and the dated MEI rules (values that change by law are settings with a
 * valid_from, never constants; seeded from DOMAIN.md).
 */
export class LimitsInitial1730200000000 implements MigrationInterface {
  name = 'LimitsInitial1730200000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table limits.mei_limit_rules (
        regime text not null check (regime in ('MEI', 'MEI_CAMINHONEIRO')),
        valid_from date not null,
        annual_limit_cents bigint not null,
        monthly_proportional_cents bigint not null,
        tolerance_ratio numeric(4, 3) not null,
        primary key (regime, valid_from)
      )`);
    await qr.query(`
      insert into limits.mei_limit_rules values
        ('MEI', '2018-01-01', 8100000, 675000, 0.2),
        ('MEI_CAMINHONEIRO', '2022-01-01', 25160000, 2096667, 0.2)`);
    await qr.query(`
      create table limits.minimum_wages (valid_from date primary key, cents bigint not null)`);
    await qr.query(`insert into limits.minimum_wages values ('2024-01-01', 141200), ('2025-01-01', 151800), ('2026-01-01', 162100)`);
    await qr.query(`
      create table limits.das_rules (
        valid_from date primary key,
        inss_percent numeric(5, 2) not null,
        inss_percent_caminhoneiro numeric(5, 2) not null,
        icms_cents bigint not null,
        iss_cents bigint not null
      )`);
    await qr.query(`insert into limits.das_rules values ('2018-01-01', 5, 12, 100, 500)`);
    for (const t of ['mei_limit_rules', 'minimum_wages', 'das_rules']) await enableSharedReadRls(qr, `limits.${t}`);

    await qr.query(`
      create table limits.fiscal_profiles (
        tenant_id uuid primary key,
        regime text not null default 'MEI' check (regime in ('MEI', 'MEI_CAMINHONEIRO')),
        opening_date date,
        activity text not null default 'SERVICES' check (activity in ('COMMERCE', 'SERVICES', 'BOTH')),
        count_documents boolean not null default true,
        count_finance boolean not null default false,
        count_marketplace boolean not null default false,
        updated_at timestamptz not null default now()
      )`);

    await qr.query(`
      create table limits.ledger_entries (
        tenant_id uuid not null,
        id uuid not null,
        source text not null check (source in ('documents', 'finance', 'marketplace')),
        source_id text not null,
        amount_cents bigint not null,
        occurred_on date not null,
        month char(7) not null,
        description text,
        dedupe_key text,
        shadowed boolean not null default false,
        cancelled boolean not null default false,
        -- The producer's version of the source row: an older event never overwrites a newer one.
        source_version bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, source, source_id)
      )`);
    await qr.query(`create index ledger_month on limits.ledger_entries (tenant_id, month)`);
    await qr.query(`create index ledger_dedupe on limits.ledger_entries (tenant_id, dedupe_key) where dedupe_key is not null`);

    // One row per month, source and shadow flag: counting rules are applied when reading, so a change
    // of the profile's sources needs no rebuild.
    await qr.query(`
      create table limits.monthly_revenue (
        tenant_id uuid not null,
        month char(7) not null,
        source text not null,
        shadowed boolean not null,
        amount_cents bigint not null default 0,
        entries int not null default 0,
        primary key (tenant_id, month, source, shadowed)
      )`);

    await qr.query(`
      create table limits.alerts (
        tenant_id uuid not null,
        year int not null,
        level int not null check (level in (70, 90, 100, 120)),
        revenue_cents bigint not null,
        limit_cents bigint not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, year, level)
      )`);

    await qr.query(`
      create table limits.aggregate_drift (
        id bigserial primary key,
        tenant_id uuid not null,
        month char(7) not null,
        source text not null,
        shadowed boolean not null,
        stored_cents bigint not null,
        rebuilt_cents bigint not null,
        found_at timestamptz not null default now()
      )`);

    for (const t of ['fiscal_profiles', 'ledger_entries', 'monthly_revenue', 'alerts', 'aggregate_drift']) {
      await enableTenantRls(qr, `limits.${t}`);
    }
    // The nightly rebuild walks every account (platform scope).
    await qr.query(`create policy staff_read on limits.ledger_entries for select using (${POLICY.staff})`);

    await createOutboxTables(qr, 'limits');
  }

  async down(): Promise<void> {
    throw new Error('limits migrations are forward-only');
  }
}
