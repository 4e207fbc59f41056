import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, parseInput, requireAuth } from '@prumo/kit';
import type { BillingContext } from '../context';
import { PaymentConnection } from '../payments/payment.types';
import { toPlan } from '../plans/plan.types';
import { Usage, toUsage } from '../usage/usage.types';
import { checkoutSchema, CheckoutUrl, StartCheckoutInput, Subscription, toSubscription } from './subscription.types';

@Resolver()
export class SubscriptionResolver {
  private async view(ctx: BillingContext, tenantId: string): Promise<Subscription> {
    const sub = await ctx.services.subscriptions.get(tenantId);
    return toSubscription(sub, toPlan(await ctx.services.plans.get(sub.planCode)));
  }

  @Authorized()
  @Query(() => Subscription, { description: 'Assinatura da conta atual.' })
  async subscription(@Ctx() ctx: BillingContext): Promise<Subscription> {
    return this.view(ctx, requireAuth(ctx).tid);
  }

  @Authorized()
  @Query(() => [Usage], { description: 'Uso de cada métrica do plano no período atual.' })
  async usage(@Ctx() ctx: BillingContext): Promise<Usage[]> {
    return (await ctx.services.usage.usage(requireAuth(ctx).tid)).map(toUsage);
  }

  @Authorized('admin')
  @Query(() => PaymentConnection, { description: 'Cobranças da assinatura (donos e administradores).' })
  async paymentHistory(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: BillingContext) {
    return ctx.services.payments.history(requireAuth(ctx).tid, page.first, page.after);
  }

  @Authorized('admin')
  @Mutation(() => CheckoutUrl, { description: 'Inicia o pagamento de um plano; abra a URL devolvida.' })
  async startCheckout(@Arg('input', () => StartCheckoutInput) input: StartCheckoutInput, @Ctx() ctx: BillingContext): Promise<CheckoutUrl> {
    const { planCode, cycle } = parseInput(checkoutSchema, input);
    return ctx.services.subscriptions.startCheckout(requireAuth(ctx), planCode, cycle);
  }

  @Authorized('admin')
  @Mutation(() => CheckoutUrl, { description: 'Portal do cliente: forma de pagamento, faturas, cancelamento.' })
  async openCustomerPortal(@Ctx() ctx: BillingContext): Promise<CheckoutUrl> {
    return ctx.services.subscriptions.openPortal(requireAuth(ctx));
  }

  @Authorized('admin')
  @Mutation(() => Subscription, { description: 'Cancela ao fim do período pago; os dados nunca são apagados.' })
  async cancelSubscription(@Ctx() ctx: BillingContext): Promise<Subscription> {
    const auth = requireAuth(ctx);
    await ctx.services.subscriptions.cancel(auth);
    return this.view(ctx, auth.tid);
  }

  @Authorized('admin')
  @Mutation(() => Subscription, { description: 'Troca de plano ou ciclo com cobrança proporcional (proration).' })
  async changePlan(@Arg('input', () => StartCheckoutInput) input: StartCheckoutInput, @Ctx() ctx: BillingContext): Promise<Subscription> {
    const auth = requireAuth(ctx);
    const { planCode, cycle } = parseInput(checkoutSchema, input);
    await ctx.services.subscriptions.changePlan(auth, planCode, cycle);
    return this.view(ctx, auth.tid);
  }
}
