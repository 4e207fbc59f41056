import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, enableSharedReadRls, enableTenantRls } from '@prumo/kit';

/**
 * Energy clients (portal holders), their encrypted portal sessions, consumer units, invoices, solar
 * credits by origin month, allocation change requests, and the dated Fio B schedule (Lei 14.300/2022).
 */
export class EnergyInitial1730600000000 implements MigrationInterface {
  name = 'EnergyInitial1730600000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table energy.clients (
        tenant_id uuid not null,
        id uuid primary key,
        name text not null,
        tax_id text not null,
        phone_last_digits char(4) not null,
        status text not null default 'DISCONNECTED' check (status in ('DISCONNECTED', 'AWAITING_SMS', 'CONNECTED', 'ERROR')),
        status_message text,
        last_sync_at timestamptz,
        last_sync_status text check (last_sync_status in ('RUNNING', 'DONE', 'FAILED')),
        last_sync_message text,
        last_sync_errors jsonb not null default '[]',
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index clients_tax_id on energy.clients (tenant_id, tax_id)`);
    await qr.query(`create index clients_list on energy.clients (tenant_id, created_at, id)`);

    await qr.query(`
      create table energy.portal_sessions (
        tenant_id uuid not null,
        client_id uuid primary key references energy.clients (id),
        kind text not null check (kind in ('PRE', 'SESSION')),
        state_encrypted text not null,
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`create index portal_sessions_tenant on energy.portal_sessions (tenant_id, client_id)`);

    await qr.query(`
      create table energy.units (
        tenant_id uuid not null,
        id uuid primary key,
        client_id uuid not null references energy.clients (id),
        uc text not null,
        cdc text,
        address text,
        tariff_class text,
        generator boolean not null default false,
        credit_balance_kwh int not null default 0,
        parent_uc text,
        parent_unit_id uuid references energy.units (id),
        allocation_percent numeric(5, 2),
        last_error text,
        synced_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index units_uc on energy.units (tenant_id, client_id, uc)`);

    await qr.query(`
      create table energy.invoices (
        tenant_id uuid not null,
        id uuid primary key,
        unit_id uuid not null references energy.units (id),
        portal_id text not null,
        reference_month char(7) not null,
        due_date date not null,
        amount_cents bigint not null,
        kwh int not null,
        status text not null check (status in ('OPEN', 'PAID', 'OVERDUE')),
        barcode_line text not null,
        barcode_valid boolean not null,
        pix_copy_paste text,
        pix_valid boolean,
        items jsonb not null default '[]',
        pdf_storage_key text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index invoices_portal on energy.invoices (tenant_id, unit_id, portal_id)`);
    await qr.query(`create index invoices_by_unit on energy.invoices (tenant_id, unit_id, reference_month desc, id)`);
    await qr.query(`create index invoices_open on energy.invoices (tenant_id, status, due_date) where status <> 'PAID'`);

    await qr.query(`
      create table energy.credits (
        tenant_id uuid not null,
        unit_id uuid not null references energy.units (id),
        origin_month char(7) not null,
        kwh int not null,
        expires_month char(7) not null,
        primary key (tenant_id, unit_id, origin_month)
      )`);

    await qr.query(`
      create table energy.allocation_requests (
        tenant_id uuid not null,
        id uuid primary key,
        client_id uuid not null references energy.clients (id),
        generator_unit_id uuid not null references energy.units (id),
        allocations jsonb not null,
        total_percent numeric(6, 2) not null,
        effective_date date not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'APPLIED', 'CANCELLED')),
        requested_by uuid,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create index allocation_requests_list on energy.allocation_requests (tenant_id, generator_unit_id, created_at desc)`);

    // Share of the Fio B tariff charged on compensated energy (systems that requested access after
    // 2023-01-07), by year; dated because the law may change it. `fio_b_tariff_percent` is the Fio B
    // component's weight in the energy tariff used by the savings estimate (typical B1 tariffs: ~28%).
    await qr.query(`create table energy.fio_b_schedule (valid_from date primary key, share_percent int not null, fio_b_tariff_percent int not null)`);
    await qr.query(`insert into energy.fio_b_schedule (valid_from, share_percent, fio_b_tariff_percent) values
      ('2023-01-01', 15, 28), ('2024-01-01', 30, 28), ('2025-01-01', 45, 28), ('2026-01-01', 60, 28), ('2027-01-01', 75, 28), ('2028-01-01', 90, 28)`);
    await enableSharedReadRls(qr, 'energy.fio_b_schedule');

    for (const t of ['clients', 'portal_sessions', 'units', 'invoices', 'credits', 'allocation_requests']) {
      await enableTenantRls(qr, `energy.${t}`);
    }
    await createOutboxTables(qr, 'energy');
  }

  async down(): Promise<void> {
    throw new Error('energy migrations are forward-only');
  }
}
