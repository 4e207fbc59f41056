import { Field, ID, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { z } from 'zod';
import { isUuid } from '@prumo/kit';
import { parseIsoDate } from '@prumo/br';
import { TransactionKindEnum } from './transaction.types';

@InputType()
export class TransactionFilter {
  @Field(() => ID, { nullable: true }) bankAccountId?: string;
  @Field(() => TransactionKindEnum, { nullable: true }) kind?: TransactionKindEnum;
  @Field(() => String, { nullable: true, description: 'Categoria exata; "" = sem categoria.' }) category?: string;
  @Field(() => String, { nullable: true, description: 'Data inicial AAAA-MM-DD.' }) from?: string;
  @Field(() => String, { nullable: true, description: 'Data final AAAA-MM-DD.' }) to?: string;
  @Field(() => String, { nullable: true, description: 'Busca na descrição, contraparte ou código (sem acentos).' }) search?: string;
}

@InputType()
export class CreateTransactionInput {
  @Field(() => ID) bankAccountId!: string;
  @Field(() => TransactionKindEnum) kind!: TransactionKindEnum;
  @Field(() => GraphQLSafeInt, { description: 'Valor em centavos (> 0).' }) amountCents!: number;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field({ description: 'AAAA-MM-DD' }) date!: string;
  @Field(() => String, { nullable: true }) counterparty?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field({ nullable: true, description: 'Só para entradas: conta como faturamento do MEI. Padrão false.' }) countsAsRevenue?: boolean;
}

@InputType({ description: 'Só os campos informados mudam; category/counterparty/description null limpam o campo.' })
export class UpdateTransactionInput {
  @Field(() => ID, { nullable: true }) bankAccountId?: string;
  @Field(() => TransactionKindEnum, { nullable: true }) kind?: TransactionKindEnum;
  @Field(() => GraphQLSafeInt, { nullable: true }) amountCents?: number;
  @Field(() => String, { nullable: true }) category?: string | null;
  @Field(() => String, { nullable: true }) date?: string;
  @Field(() => String, { nullable: true }) counterparty?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field({ nullable: true }) countsAsRevenue?: boolean;
}

export const MAX_AMOUNT = 100_000_000_000; // R$ 1 bilhão

const id = (field: string) => z.string().refine(isUuid, `${field} inválido.`);
const date = z
  .string()
  .refine((d) => parseIsoDate(d) !== null, 'Data inválida: use AAAA-MM-DD.')
  .refine((d) => d >= '2000-01-01' && d <= '2100-12-31', 'Data fora do intervalo aceito.');
const amount = z.number().int('Informe centavos inteiros.').positive('O valor deve ser maior que zero.').max(MAX_AMOUNT, 'Valor alto demais.');
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use no máximo ${max} caracteres.`)
    .nullish()
    .transform((v) => (v ? v : null));

export const createTransactionSchema = z
  .object({
    bankAccountId: id('Conta'),
    kind: z.enum(['INCOME', 'EXPENSE']),
    amountCents: amount,
    category: text(60),
    date,
    counterparty: text(200),
    description: text(300),
    countsAsRevenue: z.boolean().nullish().transform((v) => v ?? false),
  })
  .refine((v) => v.kind === 'INCOME' || !v.countsAsRevenue, { path: ['countsAsRevenue'], message: 'Só entradas podem contar como faturamento.' });

export const updateTransactionSchema = z.object({
  bankAccountId: id('Conta').nullish(),
  kind: z.enum(['INCOME', 'EXPENSE']).nullish(),
  amountCents: amount.nullish(),
  category: text(60).optional(),
  date: date.nullish(),
  counterparty: text(200).optional(),
  description: text(300).optional(),
  countsAsRevenue: z.boolean().nullish(),
});
export type UpdateTransaction = z.infer<typeof updateTransactionSchema>;
