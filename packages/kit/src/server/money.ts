import { GraphQLSafeInt } from 'graphql-scalars';
import { Directive, Field, ObjectType } from 'type-graphql';
import { formatBRL } from '@prumo/br';

/** Money in BRL: integer centavos (safe integer) plus the pt-BR display form. */
@ObjectType({ description: 'Valor em reais: centavos inteiros e o texto formatado (R$ 1.234,56).' })
@Directive('@shareable')
export class Money {
  @Field(() => GraphQLSafeInt) cents!: number;
  @Field() formatted!: string;
}

export const money = (cents: number): Money => ({ cents, formatted: formatBRL(cents) ?? '' });
