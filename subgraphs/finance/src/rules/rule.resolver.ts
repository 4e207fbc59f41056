import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { FinanceContext } from '../context';
import { CategorizationRule, CategorizationRuleInput, toRule } from './rule.types';

@Resolver(() => CategorizationRule)
export class RuleResolver {
  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Query(() => [CategorizationRule], { description: 'Regras de categorização, na ordem em que são aplicadas.' })
  async categorizationRules(@Ctx() ctx: FinanceContext): Promise<CategorizationRule[]> {
    return (await ctx.services.rules.list(requireAuth(ctx).tid)).map(toRule);
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => CategorizationRule)
  async createCategorizationRule(@Arg('input', () => CategorizationRuleInput) input: CategorizationRuleInput, @Ctx() ctx: FinanceContext): Promise<CategorizationRule> {
    return toRule(await ctx.services.rules.create(requireAuth(ctx), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => CategorizationRule)
  async updateCategorizationRule(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CategorizationRuleInput) input: CategorizationRuleInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<CategorizationRule> {
    return toRule(await ctx.services.rules.update(requireAuth(ctx), parseId(id), input));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => Boolean)
  async deleteCategorizationRule(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<boolean> {
    return ctx.services.rules.delete(requireAuth(ctx), parseId(id));
  }

  @Authorized()
  @UseMiddleware(RequireModule('finance'))
  @Mutation(() => Int, { description: 'Aplica as regras aos lançamentos sem categoria (ou a todos, com overwrite); devolve quantos mudaram.' })
  async applyCategorizationRules(
    @Arg('bankAccountId', () => ID, { nullable: true }) bankAccountId: string | undefined,
    @Arg('overwrite', () => Boolean, { nullable: true }) overwrite: boolean | undefined,
    @Ctx() ctx: FinanceContext,
  ): Promise<number> {
    return ctx.services.rules.apply(requireAuth(ctx), bankAccountId ? parseId(bankAccountId, 'bankAccountId') : null, overwrite ?? false);
  }
}
