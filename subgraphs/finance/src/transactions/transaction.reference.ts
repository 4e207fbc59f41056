import { byKey, requireAuth } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { toBankAccount, type BankAccount } from '../accounts/bank-account.types';
import { toTransaction, type Transaction } from './transaction.types';

/** Batched loaders: a page of transactions costs one query for all their bank accounts. */
export function financeLoaders(ctx: FinanceContext) {
  const tid = requireAuth(ctx).tid;
  const s = ctx.services;
  return {
    account: ctx.loaders.get<string, BankAccount | null>('finance-accounts', async (ids) =>
      byKey(ids, await s.accounts.loadMany(tid, ids), (r) => r.id).map((r) => (r ? toBankAccount(r) : null)),
    ),
    transaction: ctx.loaders.get<string, Transaction | null>('finance-transactions', async (ids) =>
      byKey(ids, await s.transactions.loadMany(tid, ids), (r) => r.id).map((r) => (r ? toTransaction(r) : null)),
    ),
  };
}
