import { Arg, Authorized, Ctx, Query, Resolver, UseMiddleware } from 'type-graphql';
import { requireAuth, RequireModule } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { CashFlow } from './report.types';

@Resolver(() => CashFlow)
export class ReportResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => CashFlow, { description: 'Fluxo de caixa entre duas datas (AAAA-MM-DD): por mês e por categoria.' })
  async cashFlow(@Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: FinanceContext): Promise<CashFlow> {
    return ctx.services.reports.cashFlow(requireAuth(ctx).tid, from, to);
  }
}
