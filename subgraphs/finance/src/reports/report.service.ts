import type { DataSource } from 'typeorm';
import { parseIsoDate } from '@prumo/br';
import { badInput, money, runInTenant } from '@prumo/kit';
import type { CashFlow } from './report.types';
import type { TransactionKindEnum } from '../transactions/transaction.types';

export const UNCATEGORIZED = 'Sem categoria';

/** Validates a date range (AAAA-MM-DD, from <= to, at most `maxDays`). */
export function parseRange(from: string, to: string, maxDays: number): void {
  const fields: Record<string, string> = {};
  if (!parseIsoDate(from)) fields.from = 'Data inválida: use AAAA-MM-DD.';
  if (!parseIsoDate(to)) fields.to = 'Data inválida: use AAAA-MM-DD.';
  if (Object.keys(fields).length) throw badInput(fields);
  if (from > to) throw badInput({ to: 'A data final deve ser depois da inicial.' });
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (days > maxDays) throw badInput({ to: `Período longo demais (máximo ${maxDays + 1} dias).` });
}

export class ReportService {
  constructor(private readonly ds: DataSource) {}

  /** Transaction dates are calendar dates in São Paulo already, so a month is to_char(date). Two statements. */
  async cashFlow(tenantId: string, from: string, to: string): Promise<CashFlow> {
    parseRange(from, to, 3660);
    return runInTenant(this.ds, tenantId, async (em) => {
      const months: Array<{ month: string; income: string; expense: string }> = await em.query(
        `with m as (select to_char(d, 'YYYY-MM') as month from generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') d),
              t as (select to_char(date, 'YYYY-MM') as month,
                           sum(amount_cents) filter (where kind = 'INCOME') as income, sum(amount_cents) filter (where kind = 'EXPENSE') as expense
                      from finance.transactions where date between $1::date and $2::date group by 1)
         select m.month, coalesce(t.income, 0)::text as income, coalesce(t.expense, 0)::text as expense from m left join t using (month) order by m.month`,
        [from, to],
      );
      const cats: Array<{ category: string; kind: string; total: string; n: number }> = await em.query(
        `select coalesce(category, $3) as category, kind, sum(amount_cents)::text as total, count(*)::int as n
           from finance.transactions where date between $1::date and $2::date
          group by 1, 2 order by kind desc, sum(amount_cents) desc, 1`,
        [from, to, UNCATEGORIZED],
      );
      let income = 0;
      let expense = 0;
      const monthRows = months.map((m) => {
        const i = Number(m.income);
        const e = Number(m.expense);
        income += i;
        expense += e;
        return { month: m.month, income: money(i), expense: money(e), net: money(i - e) };
      });
      return {
        from,
        to,
        totalIncome: money(income),
        totalExpense: money(expense),
        net: money(income - expense),
        months: monthRows,
        categories: cats.map((c) => ({ category: c.category, kind: c.kind as TransactionKindEnum, total: money(Number(c.total)), count: c.n })),
      };
    });
  }
}
