import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Banco ou instituição de pagamento (código COMPE).' })
export class Bank {
  @Field({ description: 'Código COMPE de 3 dígitos (ex.: 341).' }) code!: string;
  @Field() name!: string;
  @Field() shortName!: string;
}
