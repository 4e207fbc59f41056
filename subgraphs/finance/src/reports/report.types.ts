import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '@prumo/kit';
import { TransactionKindEnum } from '../transactions/transaction.types';

@ObjectType()
export class CashFlowMonth {
  @Field({ description: 'AAAA-MM (calendário de São Paulo).' }) month!: string;
  @Field(() => Money) income!: Money;
  @Field(() => Money) expense!: Money;
  @Field(() => Money) net!: Money;
}

@ObjectType()
export class CategoryTotal {
  @Field({ description: 'Categoria ("Sem categoria" quando vazia).' }) category!: string;
  @Field(() => TransactionKindEnum) kind!: TransactionKindEnum;
  @Field(() => Money) total!: Money;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Fluxo de caixa do período, por mês e por categoria.' })
export class CashFlow {
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => Money) totalIncome!: Money;
  @Field(() => Money) totalExpense!: Money;
  @Field(() => Money) net!: Money;
  @Field(() => [CashFlowMonth]) months!: CashFlowMonth[];
  @Field(() => [CategoryTotal]) categories!: CategoryTotal[];
}

export enum BalanceGranularityEnum {
  DAY = 'DAY',
  MONTH = 'MONTH',
}
registerEnumType(BalanceGranularityEnum, { name: 'BalanceGranularity' });

@ObjectType({ description: 'Saldo no fim do dia (ou do mês).' })
export class BalancePoint {
  @Field({ description: 'AAAA-MM-DD' }) date!: string;
  @Field(() => Money) balance!: Money;
}
