import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

export enum LimitStatusEnum {
  OK = 'OK',
  ATTENTION = 'ATTENTION',
  WARNING = 'WARNING',
  EXCEEDED = 'EXCEEDED',
  EXCEEDED_RETROACTIVE = 'EXCEEDED_RETROACTIVE',
}
registerEnumType(LimitStatusEnum, {
  name: 'LimitStatus',
  description: 'OK (< 70%), ATTENTION (>= 70%), WARNING (>= 90%), EXCEEDED (até 120%), EXCEEDED_RETROACTIVE (> 120%).',
});

@ObjectType()
export class MonthlyRevenue {
  @Field({ description: 'AAAA-MM' }) month!: string;
  @Field(() => GraphQLSafeInt) revenueCents!: number;
  @Field(() => GraphQLSafeInt, { description: 'Acumulado no ano até este mês.' }) cumulativeCents!: number;
}

@ObjectType()
export class LimitAlert {
  @Field(() => Int, { description: '70, 90, 100 ou 120 (% do limite).' }) level!: number;
  @Field() at!: Date;
}

@ObjectType({ description: 'Onde o MEI está em relação ao limite anual de faturamento.' })
export class MeiLimit {
  @Field(() => Int) year!: number;
  @Field() regime!: string;
  @Field({ description: 'Falso quando o perfil fiscal diz que a empresa não é MEI: o faturamento é somado, mas não há limite (limitCents 0).' }) applies!: boolean;
  @Field(() => GraphQLSafeInt, { description: 'Limite do ano (cheio ou proporcional ao ano de abertura).' }) limitCents!: number;
  @Field({ description: 'Limite proporcional (ano de abertura).' }) proportional!: boolean;
  @Field(() => Int, { description: 'Meses considerados no limite.' }) months!: number;
  @Field(() => GraphQLSafeInt) revenueCents!: number;
  @Field(() => GraphQLSafeInt) remainingCents!: number;
  @Field(() => Float, { description: 'Percentual do limite usado (uma casa decimal).' }) percent!: number;
  @Field(() => LimitStatusEnum) status!: LimitStatusEnum;
  @Field({ description: 'O que a situação significa, em português.' }) meaning!: string;
  @Field(() => String, { nullable: true, description: 'Mês (AAAA-MM) em que o limite foi ultrapassado.' }) excessMonth!: string | null;
  @Field(() => String, { nullable: true, description: 'Prazo para comunicar o desenquadramento (AAAA-MM-DD).' }) notificationDeadline!: string | null;
  @Field(() => [MonthlyRevenue]) monthly!: MonthlyRevenue[];
  @Field(() => GraphQLSafeInt, { description: 'Projeção do faturamento no fim do ano, pela média mensal.' }) projectedYearEndCents!: number;
  @Field(() => LimitStatusEnum) projectedStatus!: LimitStatusEnum;
  @Field(() => [LimitAlert]) alertsSent!: LimitAlert[];
}

@ObjectType()
export class RevenueBySource {
  @Field({ description: 'documents, finance ou marketplace' }) source!: string;
  @Field(() => GraphQLSafeInt) cents!: number;
  @Field(() => Int) entries!: number;
}

@ObjectType({ description: 'Faturamento de um mês, pelas fontes contadas no perfil fiscal.' })
export class MonthRevenue {
  @Field() month!: string;
  @Field(() => GraphQLSafeInt) totalCents!: number;
  @Field(() => Int) entries!: number;
  @Field(() => [RevenueBySource]) bySource!: RevenueBySource[];
}

@ObjectType({ description: 'Uma guia DAS-MEI.' })
export class DasPayment {
  @Field({ description: 'Competência AAAA-MM.' }) competence!: string;
  @Field({ description: 'Vencimento: dia 20 do mês seguinte.' }) dueDate!: string;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Valor da guia (INSS + ICMS/ISS conforme a atividade).' }) amountCents!: number | null;
  @Field() overdue!: boolean;
}

@ObjectType()
export class RevenueSummary {
  @Field(() => Int) year!: number;
  @Field(() => GraphQLSafeInt) yearToDateCents!: number;
  @Field(() => GraphQLSafeInt) thisMonthCents!: number;
  @Field(() => GraphQLSafeInt) lastMonthCents!: number;
  @Field(() => GraphQLSafeInt) limitCents!: number;
  @Field(() => Float) percent!: number;
  @Field(() => LimitStatusEnum) status!: LimitStatusEnum;
}

/** limits' view of the Account entity (owned by identity): it adds the revenue summary. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Account {
  @Field(() => ID) id!: string;
}
