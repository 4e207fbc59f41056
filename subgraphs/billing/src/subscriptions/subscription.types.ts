import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { BillingCycleEnum, Plan } from '../plans/plan.types';
import { GRACE_DAYS } from './subscription.service';
import type { SubscriptionEntity } from './subscription.entity';

export enum SubscriptionStatusEnum {
  TRIALING = 'trialing',
  ACTIVE = 'active',
  PAST_DUE = 'past_due',
  CANCELED = 'canceled',
}
registerEnumType(SubscriptionStatusEnum, { name: 'SubscriptionStatus' });

@ObjectType('AccountSubscription', { description: 'A assinatura da conta atual.' })
export class Subscription {
  @Field() planCode!: string;
  @Field(() => Plan) plan!: Plan;
  @Field(() => SubscriptionStatusEnum) status!: SubscriptionStatusEnum;
  @Field(() => BillingCycleEnum, { nullable: true }) cycle!: BillingCycleEnum | null;
  @Field(() => Date, { nullable: true, description: 'Fim do período pago atual.' }) currentPeriodEnd!: Date | null;
  @Field({ description: 'Cancela ao fim do período (acesso mantido até lá).' }) cancelAtPeriodEnd!: boolean;
  @Field(() => Date, { nullable: true, description: 'Com pagamento pendente: até quando os módulos continuam ativos.' }) graceEndsAt!: Date | null;
  @Field({ description: 'Há forma de pagamento cadastrada (portal do cliente disponível).' }) hasPaymentMethod!: boolean;
}

export const toSubscription = (e: SubscriptionEntity, plan: Plan): Subscription => ({
  planCode: e.planCode,
  plan,
  status: e.status as SubscriptionStatusEnum,
  cycle: (e.cycle as BillingCycleEnum | null) ?? null,
  currentPeriodEnd: e.currentPeriodEnd,
  cancelAtPeriodEnd: e.cancelAtPeriodEnd,
  graceEndsAt: e.status === 'past_due' && e.pastDueSince && !e.downgradedAt ? new Date(e.pastDueSince.getTime() + GRACE_DAYS * 86_400_000) : null,
  hasPaymentMethod: !!e.stripeCustomerId,
});

@ObjectType()
export class CheckoutUrl {
  @Field({ description: 'Abra esta URL para pagar (Stripe ou sandbox).' }) url!: string;
}

@InputType()
export class StartCheckoutInput {
  @Field() planCode!: string;
  @Field(() => BillingCycleEnum) cycle!: BillingCycleEnum;
}

export const checkoutSchema = z.object({
  planCode: z.string().trim().toLowerCase().min(1, 'Escolha um plano.').max(40),
  cycle: z.enum(['MONTHLY', 'YEARLY'], { message: 'Ciclo inválido.' }),
});
