import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { PageArgs, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { BankAccount } from '../accounts/bank-account.types';
import { CreateTransactionInput, TransactionFilter, UpdateTransactionInput } from './transaction.inputs';
import { financeLoaders } from './transaction.reference';
import { toTransaction, Transaction, TransactionConnection } from './transaction.types';
import { bankAccountNotFound } from './transaction.errors';

@Resolver(() => Transaction)
export class TransactionResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => TransactionConnection, { description: 'Lançamentos (mais recentes primeiro), com filtros.' })
  async transactions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => TransactionFilter, { nullable: true }) filter: TransactionFilter | undefined,
    @Ctx() ctx: FinanceContext,
  ): Promise<TransactionConnection> {
    const r = await ctx.services.transactions.list(requireAuth(ctx).tid, filter ?? {}, page.first, page.after);
    const nodes = r.rows.map(toTransaction);
    return { nodes, edges: nodes.map((node, i) => ({ node, cursor: r.cursors[i]! })), pageInfo: r.pageInfo, totalCount: r.totalCount };
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => Transaction, { nullable: true })
  async transaction(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<Transaction | null> {
    return financeLoaders(ctx).transaction.load(parseId(id));
  }

  @FieldResolver(() => BankAccount)
  async bankAccount(@Root() t: Transaction, @Ctx() ctx: FinanceContext): Promise<BankAccount> {
    const a = await financeLoaders(ctx).account.load(t.bankAccountId);
    if (!a) throw bankAccountNotFound();
    return a;
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => Transaction, { description: 'Cria um lançamento; o saldo da conta muda na mesma transação.' })
  async createTransaction(@Arg('input', () => CreateTransactionInput) input: CreateTransactionInput, @Ctx() ctx: FinanceContext): Promise<Transaction> {
    return toTransaction(await ctx.services.transactions.create(requireAuth(ctx), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => Transaction, { description: 'Altera um lançamento (saldo e faturamento acompanham).' })
  async updateTransaction(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTransactionInput) input: UpdateTransactionInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<Transaction> {
    return toTransaction(await ctx.services.transactions.update(requireAuth(ctx), parseId(id), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => Boolean, { description: 'Exclui um lançamento (o saldo volta; o faturamento é anulado).' })
  async deleteTransaction(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<boolean> {
    return ctx.services.transactions.delete(requireAuth(ctx), parseId(id));
  }
}
