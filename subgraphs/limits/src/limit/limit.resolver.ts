import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import { forbidden, requireAuth, RequireModule } from '@prumo/kit';
import type { LimitsContext } from '../context';
import { Account, DasPayment, MeiLimit, MonthRevenue, RevenueSummary, type LimitStatusEnum } from './limit.types';

@Resolver(() => Account)
export class LimitResolver {
  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => MeiLimit, { description: 'Situação do limite do MEI no ano (padrão: o ano atual em Brasília).' })
  async meiLimit(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: LimitsContext): Promise<MeiLimit> {
    const v = await ctx.services.limits.meiLimit(requireAuth(ctx).tid, year ?? ctx.services.currentYear());
    return { ...v, status: v.status as LimitStatusEnum, projectedStatus: v.projectedStatus as LimitStatusEnum };
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => MonthRevenue, { description: 'Faturamento exato de um mês (AAAA-MM).' })
  async revenue(@Arg('month', () => String) month: string, @Ctx() ctx: LimitsContext): Promise<MonthRevenue> {
    return ctx.services.limits.revenue(requireAuth(ctx).tid, month);
  }

  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => [DasPayment], { description: 'Calendário do DAS-MEI do ano, com valores pelas regras vigentes.' })
  async dasCalendar(@Arg('year', () => Int, { nullable: true }) year: number | undefined, @Ctx() ctx: LimitsContext): Promise<DasPayment[]> {
    return ctx.services.limits.dasCalendar(requireAuth(ctx).tid, year ?? ctx.services.currentYear());
  }

  @FieldResolver(() => RevenueSummary, { nullable: true, description: 'Resumo do faturamento (só da conta em que você está).' })
  async revenueSummary(@Root() account: Account, @Ctx() ctx: LimitsContext): Promise<RevenueSummary | null> {
    const auth = requireAuth(ctx);
    if (account.id !== auth.tid) throw forbidden('Troque para esta conta para ver o faturamento.');
    const s = await ctx.services.limits.summary(auth.tid);
    return { ...s, status: s.status as LimitStatusEnum };
  }
}

export const accountReference = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
};
