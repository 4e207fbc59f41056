import { Arg, Authorized, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { parseInput, requireAuth, RequireModule, runInTenant } from '@prumo/kit';
import type { LimitsContext } from '../context';
import { FiscalProfile, FiscalProfileInput, fiscalProfileSchema, type ActivityEnum, type RegimeEnum } from './fiscal-profile.types';
import { FiscalProfileEntity } from './fiscal-profile.entity';

const toView = (p: FiscalProfileEntity): FiscalProfile => ({
  regime: p.regime as RegimeEnum,
  openingDate: p.openingDate,
  activity: p.activity as ActivityEnum,
  countDocuments: p.countDocuments,
  countFinance: p.countFinance,
  countMarketplace: p.countMarketplace,
});

@Resolver(() => FiscalProfile)
export class FiscalProfileResolver {
  @Authorized()
  @UseMiddleware(RequireModule('fiscal'))
  @Query(() => FiscalProfile)
  async fiscalProfile(@Ctx() ctx: LimitsContext): Promise<FiscalProfile> {
    const tid = requireAuth(ctx).tid;
    return toView(await runInTenant(ctx.services.ds, tid, (em) => ctx.services.ledger.profile(em, tid)));
  }

  @Authorized('admin')
  @UseMiddleware(RequireModule('fiscal'))
  @Mutation(() => FiscalProfile, { description: 'Atualiza o perfil fiscal; alertas são reavaliados.' })
  async updateFiscalProfile(@Arg('input', () => FiscalProfileInput) input: FiscalProfileInput, @Ctx() ctx: LimitsContext): Promise<FiscalProfile> {
    const patch = parseInput(fiscalProfileSchema, input);
    const tid = requireAuth(ctx).tid;
    const saved = await runInTenant(ctx.services.ds, tid, async (em) => {
      const next = Object.assign(await ctx.services.ledger.profile(em, tid), Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      await em.save(FiscalProfileEntity, next);
      await ctx.services.ledger.checkAlerts(em, tid, ctx.services.currentYear());
      return em.findOneByOrFail(FiscalProfileEntity, { tenantId: tid });
    });
    return toView(saved);
  }
}
