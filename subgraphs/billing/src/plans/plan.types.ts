import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { money, Money, QUOTA_METRICS, type QuotaMetric } from '@prumo/kit';
import type { PlanWithLimits } from './plan.service';

export enum QuotaPeriodEnum {
  DAY = 'day',
  MONTH = 'month',
  GAUGE = 'gauge',
}
registerEnumType(QuotaPeriodEnum, { name: 'QuotaPeriod', description: 'DAY e MONTH zeram à meia-noite de Brasília; GAUGE é a quantidade atual.' });

export enum BillingCycleEnum {
  MONTHLY = 'MONTHLY',
  YEARLY = 'YEARLY',
}
registerEnumType(BillingCycleEnum, { name: 'BillingCycle' });

@ObjectType()
export class PlanLimit {
  @Field({ description: 'agent_executions, llm_tokens, document_uploads, products, users, energy_units, concurrent_agent_executions' }) metric!: string;
  @Field({ description: 'Nome da métrica em português.' }) label!: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'null = ilimitado.' }) limit!: number | null;
  @Field(() => QuotaPeriodEnum) period!: QuotaPeriodEnum;
}

@ObjectType({ description: 'Plano do Prumo.' })
export class Plan {
  @Field(() => ID) code!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => Money, { nullable: true, description: 'null = sob consulta.' }) priceMonthly!: Money | null;
  @Field(() => Money, { nullable: true }) priceYearly!: Money | null;
  @Field(() => [String]) modules!: string[];
  @Field(() => Int) apiRequestsPerMinute!: number;
  @Field(() => [PlanLimit]) limits!: PlanLimit[];
}

export const toPlan = ({ plan, limits }: PlanWithLimits): Plan => ({
  code: plan.code,
  name: plan.name,
  description: plan.description,
  priceMonthly: plan.priceMonthlyCents === null ? null : money(plan.priceMonthlyCents),
  priceYearly: plan.priceYearlyCents === null ? null : money(plan.priceYearlyCents),
  modules: plan.modules,
  apiRequestsPerMinute: plan.apiRequestsPerMinute,
  limits: limits
    .filter((l) => l.metric in QUOTA_METRICS)
    .map((l) => ({ metric: l.metric, label: QUOTA_METRICS[l.metric as QuotaMetric].label, limit: l.limitValue, period: l.period as QuotaPeriodEnum }))
    .sort((a, b) => a.metric.localeCompare(b.metric)),
});

@InputType()
export class PlanLimitInput {
  @Field() metric!: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) limit!: number | null;
}

@InputType({ description: 'Equipe: edita preço exibido, módulos e limites de um plano.' })
export class UpdatePlanInput {
  @Field(() => ID) code!: string;
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) priceMonthlyCents?: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) priceYearlyCents?: number;
  @Field(() => [String], { nullable: true }) modules?: string[];
  @Field(() => [PlanLimitInput], { nullable: true }) limits?: PlanLimitInput[];
}
