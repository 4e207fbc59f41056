import type { DataSource, EntityManager } from 'typeorm';
import { makeLucrumCode } from '@prumo/br';
import { badInput, decodeCursor, encodeCursor, isUuid, newId, pageSize, parseInput, returnedRows, runInTenant, writeOutbox } from '@prumo/kit';
import type { AccessClaims } from '@prumo/kit';
import {
  createTransactionSchema,
  updateTransactionSchema,
  type CreateTransactionInput,
  type UpdateTransactionInput,
} from './transaction.inputs';
import { transactionNotFound, unknownBankAccount } from './transaction.errors';
import { TX_COLUMNS, type TransactionRow } from './transaction.types';
import { parseIsoDate } from '@prumo/br';

export const signed = (kind: string, cents: number | string) => (kind === 'INCOME' ? 1 : -1) * Number(cents);

/** Reserves `n` consecutive transaction numbers of the tenant; returns the first. */
export async function reserveCodes(em: EntityManager, tenantId: string, n: number): Promise<number> {
  const rows: Array<{ first: string }> = await em.query(
    `insert into finance.code_sequences as s (tenant_id, next_value) values ($1, 1 + $2::bigint)
     on conflict (tenant_id) do update set next_value = s.next_value + $2::bigint
     returning (next_value - $2::bigint)::text as first`,
    [tenantId, n],
  );
  const first = Number(rows[0]!.first);
  if (first + n - 1 > 99_999_999) throw badInput({ _: 'Limite de lançamentos da conta atingido.' });
  return first;
}

/** Moves a bank account's balance by `delta` (same transaction as the change); false if the account does not exist. */
export async function moveBalance(em: EntityManager, bankAccountId: string, delta: number): Promise<boolean> {
  const r = returnedRows<{ id: string }>(
    await em.query(`update finance.bank_accounts set balance_cents = balance_cents + $2::bigint, updated_at = now() where id = $1 returning id`, [bankAccountId, delta]),
  );
  return r.length > 0;
}

export function revenuePayload(t: Pick<TransactionRow, 'id' | 'amount_cents' | 'date' | 'description' | 'counterparty' | 'version'>) {
  return {
    source: 'finance' as const,
    sourceId: t.id,
    amountCents: Number(t.amount_cents),
    occurredOn: t.date,
    description: (t.description ?? t.counterparty ?? undefined) || undefined,
    version: t.version,
  };
}

export interface TransactionFilterValues {
  bankAccountId?: string;
  kind?: string;
  category?: string;
  from?: string;
  to?: string;
  search?: string;
}

export class TransactionService {
  constructor(private readonly ds: DataSource) {}

  async loadMany(tenantId: string, ids: readonly string[]): Promise<TransactionRow[]> {
    return runInTenant(this.ds, tenantId, (em) => em.query(`select ${TX_COLUMNS} from finance.transactions where id = any($1::uuid[])`, [[...ids]]));
  }

  async create(auth: AccessClaims, input: CreateTransactionInput): Promise<TransactionRow> {
    const v = parseInput(createTransactionSchema, input);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const id = newId();
      const first = await reserveCodes(em, auth.tid, 1);
      const accountOk = await moveBalance(em, v.bankAccountId, signed(v.kind, v.amountCents));
      if (!accountOk) throw unknownBankAccount();
      const rows: TransactionRow[] = await em.query(
        `insert into finance.transactions (tenant_id, id, bank_account_id, code, kind, amount_cents, category, date, counterparty, description, counts_as_revenue)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${TX_COLUMNS}`,
        [auth.tid, id, v.bankAccountId, makeLucrumCode(first), v.kind, v.amountCents, v.category, v.date, v.counterparty, v.description, v.countsAsRevenue],
      );
      const row = rows[0]!;
      if (row.counts_as_revenue) await writeOutbox(em, 'finance', 'revenue.recorded', auth.tid, revenuePayload(row));
      return row;
    });
  }

  async update(auth: AccessClaims, id: string, input: UpdateTransactionInput): Promise<TransactionRow> {
    const v = parseInput(updateTransactionSchema, input);
    const raw = input as unknown as Record<string, unknown>;
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [before]: TransactionRow[] = await em.query(`select ${TX_COLUMNS} from finance.transactions where id = $1 for update`, [id]);
      if (!before) throw transactionNotFound();
      const kind = v.kind ?? before.kind;
      let counts = v.countsAsRevenue ?? before.counts_as_revenue;
      if (kind === 'EXPENSE' && counts) {
        if (v.countsAsRevenue === true) throw badInput({ countsAsRevenue: 'Só entradas podem contar como faturamento.' });
        counts = false; // turned into an expense: it no longer counts
      }
      const next = {
        bankAccountId: v.bankAccountId ?? before.bank_account_id,
        kind,
        amount: v.amountCents ?? Number(before.amount_cents),
        category: raw.category === undefined ? before.category : (v.category ?? null),
        date: v.date ?? before.date,
        counterparty: raw.counterparty === undefined ? before.counterparty : (v.counterparty ?? null),
        description: raw.description === undefined ? before.description : (v.description ?? null),
        counts,
      };
      const oldSigned = signed(before.kind, before.amount_cents);
      const newSigned = signed(next.kind, next.amount);
      if (next.bankAccountId !== before.bank_account_id) {
        if (!(await moveBalance(em, next.bankAccountId, newSigned))) throw unknownBankAccount();
        await moveBalance(em, before.bank_account_id, -oldSigned);
      } else if (newSigned !== oldSigned) {
        await moveBalance(em, before.bank_account_id, newSigned - oldSigned);
      }
      const [after] = returnedRows<TransactionRow>(
        await em.query(
          `update finance.transactions set bank_account_id = $2, kind = $3, amount_cents = $4, category = $5, date = $6, counterparty = $7, description = $8,
             counts_as_revenue = $9, version = version + 1, updated_at = now()
           where id = $1 returning ${TX_COLUMNS}`,
          [id, next.bankAccountId, next.kind, next.amount, next.category, next.date, next.counterparty, next.description, next.counts],
        ),
      );
      if (after!.counts_as_revenue) await writeOutbox(em, 'finance', 'revenue.recorded', auth.tid, revenuePayload(after!));
      else if (before.counts_as_revenue) await writeOutbox(em, 'finance', 'revenue.voided', auth.tid, { source: 'finance', sourceId: id, version: after!.version });
      return after!;
    });
  }

  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub }, async (em) => {
      const [gone] = returnedRows<TransactionRow>(await em.query(`delete from finance.transactions where id = $1 returning ${TX_COLUMNS}`, [id]));
      if (!gone) throw transactionNotFound();
      await moveBalance(em, gone.bank_account_id, -signed(gone.kind, gone.amount_cents));
      if (gone.counts_as_revenue) await writeOutbox(em, 'finance', 'revenue.voided', auth.tid, { source: 'finance', sourceId: id, version: gone.version + 1 });
      return true;
    });
  }

  /** Keyset page over (date desc, id desc) plus the total with the same filters: three statements per page. */
  async list(tenantId: string, filter: TransactionFilterValues, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    const where: string[] = ['true'];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const fields: Record<string, string> = {};
    if (filter.bankAccountId !== undefined && filter.bankAccountId !== null) {
      if (!isUuid(filter.bankAccountId)) fields.bankAccountId = 'Conta inválida.';
      else where.push(`bank_account_id = ${p(filter.bankAccountId)}`);
    }
    if (filter.kind) where.push(`kind = ${p(filter.kind)}`);
    if (filter.category !== undefined && filter.category !== null) {
      where.push(filter.category === '' ? 'category is null' : `category = ${p(filter.category)}`);
    }
    for (const k of ['from', 'to'] as const) {
      const d = filter[k];
      if (d === undefined || d === null) continue;
      if (!parseIsoDate(d)) fields[k] = 'Data inválida: use AAAA-MM-DD.';
      else where.push(`date ${k === 'from' ? '>=' : '<='} ${p(d)}::date`);
    }
    if (Object.keys(fields).length) throw badInput(fields);
    const q = filter.search?.trim().slice(0, 100);
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push(`search_text like finance.norm(${p(like)})`);
    }
    const filterSql = where.join(' and ');
    const filterParams = [...params];
    if (cursor) where.push(`(date, id) < (${p(cursor.at.slice(0, 10))}::date, ${p(cursor.id)}::uuid)`);
    return runInTenant(this.ds, tenantId, async (em) => {
      const rows: TransactionRow[] = await em.query(
        `select ${TX_COLUMNS} from finance.transactions where ${where.join(' and ')} order by date desc, id desc limit ${limit + 1}`,
        params,
      );
      const [{ n }] = await em.query(`select count(*)::int as n from finance.transactions where ${filterSql}`, filterParams);
      const hasNextPage = rows.length > limit;
      const page = hasNextPage ? rows.slice(0, limit) : rows;
      const cursorOf = (r: TransactionRow) => encodeCursor({ at: r.date, id: r.id });
      return {
        rows: page,
        cursors: page.map(cursorOf),
        pageInfo: { hasNextPage, endCursor: page.length ? cursorOf(page[page.length - 1]!) : null },
        totalCount: Number(n),
      };
    });
  }
}
