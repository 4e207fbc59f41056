import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { badInput, money, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { BankAccount } from '../accounts/bank-account.types';
import { financeLoaders } from '../transactions/transaction.reference';
import { TransactionKindEnum } from '../transactions/transaction.types';
import { bankAccountNotFound } from '../transactions/transaction.errors';
import { ConfirmStatementImportInput, PreviewStatementImportInput, StatementImportPreview, StatementImportResult, StatementLine } from './import.types';

@Resolver(() => StatementImportPreview)
export class ImportResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => StatementImportPreview, {
    description: 'Lê um extrato OFX (v1 SGML ou v2 XML) ou CSV e guarda uma prévia com as duplicatas marcadas. Nada é lançado ainda.',
  })
  async previewStatementImport(@Arg('input', () => PreviewStatementImportInput) input: PreviewStatementImportInput, @Ctx() ctx: FinanceContext): Promise<StatementImportPreview> {
    const p = await ctx.services.imports.preview(requireAuth(ctx), input);
    const fresh = p.lines.filter((l) => !l.duplicate);
    const lines: StatementLine[] = p.lines.map((l) => ({
      index: l.index,
      line: l.line,
      date: l.date,
      kind: l.amountCents > 0 ? TransactionKindEnum.INCOME : TransactionKindEnum.EXPENSE,
      amount: money(Math.abs(l.amountCents)),
      description: l.description,
      counterparty: l.counterparty,
      fitid: l.fitid,
      duplicate: l.duplicate,
      duplicateReason: l.duplicateReason,
      category: l.category,
      countsAsRevenue: l.countsAsRevenue,
    }));
    return {
      id: p.id,
      bankAccountId: p.bankAccountId,
      format: p.format,
      encoding: p.encoding,
      expiresAt: p.expiresAt,
      lineCount: p.lines.length,
      newCount: fresh.length,
      duplicateCount: p.lines.length - fresh.length,
      skippedCount: p.skipped,
      totalIncome: money(fresh.filter((l) => l.amountCents > 0).reduce((s, l) => s + l.amountCents, 0)),
      totalExpense: money(-fresh.filter((l) => l.amountCents < 0).reduce((s, l) => s + l.amountCents, 0)),
      warnings: p.warnings,
      allLines: lines,
    };
  }

  @FieldResolver(() => [StatementLine], { description: 'Linhas da prévia (paginadas por offset/limit; padrão as 500 primeiras).' })
  lines(
    @Root() p: StatementImportPreview,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Arg('limit', () => Int, { nullable: true }) limit: number | undefined,
    @Arg('duplicatesOnly', () => Boolean, { nullable: true }) duplicatesOnly: boolean | undefined,
  ): StatementLine[] {
    const o = offset ?? 0;
    const l = limit ?? 500;
    if (!Number.isInteger(o) || o < 0) throw badInput({ offset: 'Deslocamento inválido.' });
    if (!Number.isInteger(l) || l < 1 || l > 5000) throw badInput({ limit: 'Informe entre 1 e 5000 linhas.' });
    const src = duplicatesOnly ? p.allLines.filter((x) => x.duplicate) : p.allLines;
    return src.slice(o, o + l);
  }

  @FieldResolver(() => BankAccount)
  async bankAccount(@Root() p: StatementImportPreview, @Ctx() ctx: FinanceContext): Promise<BankAccount> {
    const a = await financeLoaders(ctx).account.load(p.bankAccountId);
    if (!a) throw bankAccountNotFound();
    return a;
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => StatementImportResult, { description: 'Lança as linhas novas da prévia de uma vez (duplicatas nunca), aplica as regras e atualiza o saldo.' })
  async confirmStatementImport(
    @Arg('importId', () => ID) importId: string,
    @Arg('input', () => ConfirmStatementImportInput, { nullable: true }) input: ConfirmStatementImportInput | undefined,
    @Ctx() ctx: FinanceContext,
  ): Promise<StatementImportResult> {
    return ctx.services.imports.confirm(requireAuth(ctx), parseId(importId, 'importId'), input ?? {});
  }
}

@Resolver(() => StatementImportResult)
export class ImportResultResolver {
  @FieldResolver(() => BankAccount)
  async bankAccount(@Root() r: StatementImportResult, @Ctx() ctx: FinanceContext): Promise<BankAccount> {
    const a = await financeLoaders(ctx).account.load(r.bankAccountId);
    if (!a) throw bankAccountNotFound();
    return a;
  }
}
