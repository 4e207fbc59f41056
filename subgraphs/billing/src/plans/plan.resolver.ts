import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireAuth } from '@prumo/kit';
import type { BillingContext } from '../context';
import { Plan, toPlan, UpdatePlanInput } from './plan.types';

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: 'Público: os planos, com preços, módulos e limites.' })
  async plans(@Ctx() ctx: BillingContext): Promise<Plan[]> {
    return (await ctx.services.plans.list()).filter((p) => p.plan.public).map(toPlan);
  }

  @Authorized('staff')
  @Mutation(() => Plan, { description: 'Equipe: edita um plano.' })
  async updatePlan(@Arg('input', () => UpdatePlanInput) input: UpdatePlanInput, @Ctx() ctx: BillingContext): Promise<Plan> {
    return toPlan(await ctx.services.plans.update(requireAuth(ctx), input));
  }
}
