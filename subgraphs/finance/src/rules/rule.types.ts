import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { TransactionKindEnum } from '../transactions/transaction.types';
import { MAX_PATTERN, regexProblem, type RuleRow } from './rule.matcher';

export enum RuleMatchTypeEnum {
  CONTAINS = 'CONTAINS',
  REGEX = 'REGEX',
}
registerEnumType(RuleMatchTypeEnum, { name: 'RuleMatchType', description: 'CONTAINS = contém o texto (sem acentos, sem maiúsculas); REGEX = expressão regular.' });

@ObjectType({ description: 'Regra de categorização: descrição/contraparte que casa -> categoria (menor prioridade primeiro).' })
export class CategorizationRule {
  @Field(() => ID) id!: string;
  @Field(() => RuleMatchTypeEnum) matchType!: RuleMatchTypeEnum;
  @Field() pattern!: string;
  @Field() category!: string;
  @Field(() => Int) priority!: number;
  @Field(() => TransactionKindEnum, { nullable: true, description: 'Só entradas ou só saídas (vazio = ambas).' }) kind!: TransactionKindEnum | null;
  @Field({ description: 'Entradas importadas que casam contam como faturamento.' }) countsAsRevenue!: boolean;
}

export const toRule = (r: RuleRow): CategorizationRule => ({
  id: r.id,
  matchType: r.match_type as RuleMatchTypeEnum,
  pattern: r.pattern,
  category: r.category,
  priority: r.priority,
  kind: r.kind as TransactionKindEnum | null,
  countsAsRevenue: r.counts_as_revenue,
});

@InputType()
export class CategorizationRuleInput {
  @Field(() => RuleMatchTypeEnum) matchType!: RuleMatchTypeEnum;
  @Field() pattern!: string;
  @Field() category!: string;
  @Field(() => Int, { nullable: true, description: 'Menor = aplicada primeiro (padrão 100).' }) priority?: number;
  @Field(() => TransactionKindEnum, { nullable: true }) kind?: TransactionKindEnum | null;
  @Field({ nullable: true }) countsAsRevenue?: boolean;
}

export const ruleSchema = z
  .object({
    matchType: z.enum(['CONTAINS', 'REGEX']),
    pattern: z.string().trim().min(1, 'Informe o texto ou a expressão.').max(MAX_PATTERN, `Use no máximo ${MAX_PATTERN} caracteres.`),
    category: z.string().trim().min(1, 'Informe a categoria.').max(60, 'Use no máximo 60 caracteres.'),
    priority: z.number().int().min(0, 'Prioridade entre 0 e 10000.').max(10_000, 'Prioridade entre 0 e 10000.').nullish().transform((v) => v ?? 100),
    kind: z.enum(['INCOME', 'EXPENSE']).nullish().transform((v) => v ?? null),
    countsAsRevenue: z.boolean().nullish().transform((v) => v ?? false),
  })
  .superRefine((v, ctx) => {
    if (v.matchType === 'REGEX') {
      const problem = regexProblem(v.pattern);
      if (problem) ctx.addIssue({ code: 'custom', path: ['pattern'], message: problem });
    }
    if (v.countsAsRevenue && v.kind === 'EXPENSE') ctx.addIssue({ code: 'custom', path: ['countsAsRevenue'], message: 'Só entradas podem contar como faturamento.' });
  });
