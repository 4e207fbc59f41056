import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createOutboxTables, enableTenantRls } from '@prumo/kit';

/**
 * Finance (Lucrum): bank accounts with a maintained balance, transactions (code LC + 8 digits +
 * check letter from a per-account sequence), categorisation rules and pending statement imports.
 * The COMPE bank list is data shipped with the code (src/banks/banks.data.ts), not a table.
 */
export class FinanceInitial1730600000000 implements MigrationInterface {
  name = 'FinanceInitial1730600000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`
      create table finance.bank_accounts (
        tenant_id uuid not null,
        id uuid not null,
        name text not null,
        bank_code char(3) not null,
        agency text not null,
        number text not null,
        kind text not null check (kind in ('CHECKING', 'SAVINGS')),
        opening_balance_cents bigint not null default 0,
        balance_cents bigint not null default 0,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, bank_code, agency, number)
      )`);

    // The next transaction number of each account (tenant): codes are unique per tenant.
    await qr.query(`
      create table finance.code_sequences (
        tenant_id uuid primary key,
        next_value bigint not null default 1
      )`);

    await qr.query(`
      create table finance.transactions (
        tenant_id uuid not null,
        id uuid not null,
        bank_account_id uuid not null,
        code text not null,
        kind text not null check (kind in ('INCOME', 'EXPENSE')),
        amount_cents bigint not null check (amount_cents > 0),
        category text,
        date date not null,
        counterparty text,
        description text,
        counts_as_revenue boolean not null default false,
        fitid text,
        dedupe_hash text,
        import_id uuid,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        primary key (tenant_id, id),
        unique (tenant_id, code),
        check (kind = 'INCOME' or not counts_as_revenue),
        foreign key (tenant_id, bank_account_id) references finance.bank_accounts (tenant_id, id)
      )`);
    await qr.query(`create index transactions_by_date on finance.transactions (tenant_id, date desc, id desc)`);
    await qr.query(`create index transactions_by_account on finance.transactions (tenant_id, bank_account_id, date)`);
    await qr.query(`create unique index transactions_fitid on finance.transactions (tenant_id, bank_account_id, fitid) where fitid is not null`);
    await qr.query(`create index transactions_hash on finance.transactions (tenant_id, bank_account_id, dedupe_hash) where dedupe_hash is not null`);

    await qr.query(`
      create table finance.categorization_rules (
        tenant_id uuid not null,
        id uuid not null,
        match_type text not null check (match_type in ('CONTAINS', 'REGEX')),
        pattern text not null check (length(pattern) between 1 and 200),
        category text not null,
        priority int not null default 100,
        kind text check (kind in ('INCOME', 'EXPENSE')),
        counts_as_revenue boolean not null default false,
        created_at timestamptz not null default now(),
        primary key (tenant_id, id)
      )`);

    // A parsed statement waiting for confirmation (lines as JSON; expires after an hour).
    await qr.query(`
      create table finance.statement_imports (
        tenant_id uuid not null,
        id uuid not null,
        bank_account_id uuid not null,
        format text not null,
        filename text,
        status text not null default 'PENDING' check (status in ('PENDING', 'CONFIRMED')),
        lines jsonb not null,
        line_count int not null,
        imported_count int,
        expires_at timestamptz not null,
        created_at timestamptz not null default now(),
        confirmed_at timestamptz,
        primary key (tenant_id, id),
        foreign key (tenant_id, bank_account_id) references finance.bank_accounts (tenant_id, id)
      )`);
    await qr.query(`create index statement_imports_expiry on finance.statement_imports (tenant_id, expires_at) where status = 'PENDING'`);

    for (const t of ['bank_accounts', 'code_sequences', 'transactions', 'categorization_rules', 'statement_imports']) {
      await enableTenantRls(qr, `finance.${t}`);
    }
    await createOutboxTables(qr, 'finance');
  }

  async down(): Promise<void> {
    throw new Error('finance migrations are forward-only');
  }
}
