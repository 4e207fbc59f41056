import { Field, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { QUOTA_METRICS } from '@prumo/kit';
import { QuotaPeriodEnum } from '../plans/plan.types';
import type { UsageLine } from './usage.service';

@ObjectType({ description: 'Uso de uma métrica do plano no período atual.' })
export class Usage {
  @Field() metric!: string;
  @Field() label!: string;
  @Field(() => GraphQLSafeInt) used!: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'null = ilimitado.' }) limit!: number | null;
  @Field(() => QuotaPeriodEnum) period!: QuotaPeriodEnum;
  @Field(() => Date, { nullable: true, description: 'Quando o contador zera (meia-noite de Brasília).' }) resetsAt!: Date | null;
}

export const toUsage = (u: UsageLine): Usage => ({
  metric: u.metric,
  label: QUOTA_METRICS[u.metric].label,
  used: u.used,
  limit: u.limit,
  period: u.period as QuotaPeriodEnum,
  resetsAt: u.resetsAt,
});
