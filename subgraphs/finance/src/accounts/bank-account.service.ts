import type { DataSource } from 'typeorm';
import { conflict, newId, parseInput, runInTenant, type AccessClaims } from '@prumo/kit';
import { bankAccountNotFound } from '../transactions/transaction.errors';
import { createBankAccountSchema, type CreateBankAccountInput } from './bank-account.inputs';
import { ACCOUNT_COLUMNS, type BankAccountRow } from './bank-account.types';

export interface ReconciliationRow {
  account: BankAccountRow;
  transactionsTotal: number;
  transactionCount: number;
}

export class BankAccountService {
  constructor(private readonly ds: DataSource) {}

  list(tenantId: string): Promise<BankAccountRow[]> {
    return runInTenant(this.ds, tenantId, (em) => em.query(`select ${ACCOUNT_COLUMNS} from finance.bank_accounts order by name, id`));
  }

  loadMany(tenantId: string, ids: readonly string[]): Promise<BankAccountRow[]> {
    return runInTenant(this.ds, tenantId, (em) => em.query(`select ${ACCOUNT_COLUMNS} from finance.bank_accounts where id = any($1::uuid[])`, [[...ids]]));
  }

  async create(auth: AccessClaims, input: CreateBankAccountInput): Promise<BankAccountRow> {
    const v = parseInput(createBankAccountSchema, input);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const rows: BankAccountRow[] = await em.query(
        `insert into finance.bank_accounts (tenant_id, id, name, bank_code, agency, number, kind, opening_balance_cents, balance_cents)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         on conflict (tenant_id, bank_code, agency, number) do nothing
         returning ${ACCOUNT_COLUMNS}`,
        [auth.tid, newId(), v.name, v.bankCode, v.agency, v.number, v.kind, v.openingBalanceCents],
      );
      if (!rows.length) throw conflict('Esta conta (banco, agência e número) já está cadastrada.', { fields: { number: 'Conta já cadastrada.' } });
      return rows[0]!;
    });
  }

  /** Recomputes opening + sum(transactions) and compares it with the maintained balance. */
  async reconcile(tenantId: string, id: string): Promise<ReconciliationRow> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const [row] = await em.query(
        `select ${ACCOUNT_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')},
                coalesce(sum(case t.kind when 'INCOME' then t.amount_cents else -t.amount_cents end), 0)::text as total, count(t.id)::int as n
           from finance.bank_accounts a left join finance.transactions t on t.bank_account_id = a.id and t.tenant_id = a.tenant_id
          where a.id = $1 group by a.tenant_id, a.id`,
        [id],
      );
      if (!row) throw bankAccountNotFound();
      return { account: row, transactionsTotal: Number(row.total), transactionCount: row.n };
    });
  }

  /** End-of-day (or end-of-month) balances between two dates: one statement. */
  async balanceHistory(tenantId: string, id: string, from: string, to: string, monthly: boolean): Promise<Array<{ date: string; balance: number }>> {
    return runInTenant(this.ds, tenantId, async (em) => {
      const rows: Array<{ date: string; balance: string }> = await em.query(
        `with acc as (select opening_balance_cents from finance.bank_accounts where id = $1),
              base as (select coalesce(sum(case kind when 'INCOME' then amount_cents else -amount_cents end), 0) as before
                         from finance.transactions where bank_account_id = $1 and date < $2::date),
              days as (select d::date as day from generate_series($2::date, $3::date, interval '1 day') d),
              daily as (select date, sum(case kind when 'INCOME' then amount_cents else -amount_cents end) as net
                          from finance.transactions where bank_account_id = $1 and date between $2::date and $3::date group by date),
              series as (select days.day, (select opening_balance_cents from acc) + (select before from base)
                                  + sum(coalesce(daily.net, 0)) over (order by days.day) as balance
                           from days left join daily on daily.date = days.day)
         select to_char(day, 'YYYY-MM-DD') as date, balance::text from series
          where exists (select 1 from acc) and ($4::boolean is false or day = least((date_trunc('month', day) + interval '1 month - 1 day')::date, $3::date))
          order by day`,
        [id, from, to, monthly],
      );
      if (!rows.length) {
        const exists = await em.query(`select 1 from finance.bank_accounts where id = $1`, [id]);
        if (!exists.length) throw bankAccountNotFound();
      }
      return rows.map((r) => ({ date: r.date, balance: Number(r.balance) }));
    });
  }
}
