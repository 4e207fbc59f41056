import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { money, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { BalanceGranularityEnum, BalancePoint } from '../reports/report.types';
import { parseRange } from '../reports/report.service';
import { CreateBankAccountInput } from './bank-account.inputs';
import { BankAccount, BankAccountReconciliation, toBankAccount } from './bank-account.types';

@Resolver(() => BankAccount)
export class BankAccountResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => [BankAccount], { description: 'Contas bancárias da empresa, com saldo.' })
  async bankAccounts(@Ctx() ctx: FinanceContext): Promise<BankAccount[]> {
    return (await ctx.services.accounts.list(requireAuth(ctx).tid)).map(toBankAccount);
  }

  @Authorized('admin')
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => BankAccount, { description: 'Cadastra uma conta bancária (banco pelo código COMPE).' })
  async createBankAccount(@Arg('input', () => CreateBankAccountInput) input: CreateBankAccountInput, @Ctx() ctx: FinanceContext): Promise<BankAccount> {
    return toBankAccount(await ctx.services.accounts.create(requireAuth(ctx), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => BankAccountReconciliation, { description: 'Confere o saldo: saldo inicial + soma dos lançamentos = saldo mantido.' })
  async reconcileBankAccount(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<BankAccountReconciliation> {
    const r = await ctx.services.accounts.reconcile(requireAuth(ctx).tid, parseId(id));
    const account = toBankAccount(r.account);
    const expected = account.openingBalance.cents + r.transactionsTotal;
    return {
      bankAccount: account,
      openingBalance: account.openingBalance,
      transactionsTotal: money(r.transactionsTotal),
      expectedBalance: money(expected),
      balance: account.balance,
      transactionCount: r.transactionCount,
      matches: expected === account.balance.cents,
    };
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => [BalancePoint], { description: 'Saldo ao longo do tempo (fim de cada dia, ou de cada mês).' })
  async balanceHistory(
    @Arg('bankAccountId', () => ID) bankAccountId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('granularity', () => BalanceGranularityEnum, { nullable: true }) granularity: BalanceGranularityEnum | undefined,
    @Ctx() ctx: FinanceContext,
  ): Promise<BalancePoint[]> {
    const monthly = granularity === BalanceGranularityEnum.MONTH;
    parseRange(from, to, monthly ? 3660 : 731);
    const points = await ctx.services.accounts.balanceHistory(requireAuth(ctx).tid, parseId(bankAccountId, 'bankAccountId'), from, to, monthly);
    return points.map((p) => ({ date: p.date, balance: money(p.balance) }));
  }
}
