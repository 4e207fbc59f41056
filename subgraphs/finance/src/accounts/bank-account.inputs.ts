import { Field, InputType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { z } from 'zod';
import { findBank } from '../banks/banks.data';
import { BankAccountKindEnum } from './bank-account.types';

@InputType()
export class CreateBankAccountInput {
  @Field({ description: 'Apelido da conta (ex.: "Conta PJ Itaú").' }) name!: string;
  @Field({ description: 'Código COMPE do banco (ex.: 341).' }) bankCode!: string;
  @Field({ description: 'Agência (com dígito, se houver).' }) agency!: string;
  @Field({ description: 'Número da conta com dígito.' }) number!: string;
  @Field(() => BankAccountKindEnum) kind!: BankAccountKindEnum;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Saldo inicial em centavos (pode ser negativo); padrão 0.' }) openingBalanceCents?: number;
}

export const createBankAccountSchema = z.object({
  name: z.string().trim().min(1, 'Informe um nome para a conta.').max(80, 'Use no máximo 80 caracteres.'),
  bankCode: z
    .string()
    .trim()
    .refine((c) => findBank(c) !== null, 'Banco desconhecido: informe um código COMPE válido (ex.: 341).')
    .transform((c) => findBank(c)!.code),
  agency: z.string().trim().regex(/^\d{1,6}(-[\dxX])?$/, 'Agência inválida: use só números (ex.: 1234 ou 1234-5).'),
  number: z.string().trim().regex(/^\d{1,13}(-?[\dxX])?$/, 'Número de conta inválido: use números e o dígito (ex.: 12345-6).'),
  kind: z.enum(['CHECKING', 'SAVINGS'], { message: 'Tipo de conta inválido.' }),
  openingBalanceCents: z
    .number()
    .int('Informe centavos inteiros.')
    .min(-100_000_000_000, 'Valor fora do limite.')
    .max(100_000_000_000, 'Valor fora do limite.')
    .nullish()
    .transform((v) => v ?? 0),
});
