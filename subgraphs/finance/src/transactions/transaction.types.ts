import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, money, PageInfo } from '@prumo/kit';

export enum TransactionKindEnum {
  INCOME = 'INCOME',
  EXPENSE = 'EXPENSE',
}
registerEnumType(TransactionKindEnum, { name: 'TransactionKind', description: 'INCOME = entrada; EXPENSE = saída.' });

export interface TransactionRow {
  id: string;
  bank_account_id: string;
  code: string;
  kind: 'INCOME' | 'EXPENSE';
  amount_cents: string;
  category: string | null;
  date: string;
  counterparty: string | null;
  description: string | null;
  counts_as_revenue: boolean;
  version: number;
  created_at: Date;
}

export const TX_COLUMNS = `id, bank_account_id, code, kind, amount_cents::text, category, to_char(date, 'YYYY-MM-DD') as date, counterparty, description, counts_as_revenue, version, created_at`;

@ObjectType({ description: 'Lançamento financeiro (entrada ou saída) de uma conta bancária.' })
export class Transaction {
  @Field(() => ID) id!: string;
  @Field({ description: 'Código LC + 8 dígitos + letra de controle.' }) code!: string;
  @Field(() => TransactionKindEnum) kind!: TransactionKindEnum;
  @Field(() => Money, { description: 'Valor (sempre positivo; o tipo diz se entra ou sai).' }) amount!: Money;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field({ description: 'AAAA-MM-DD' }) date!: string;
  @Field(() => String, { nullable: true }) counterparty!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field({ description: 'Entrada que conta como faturamento (limite do MEI).' }) countsAsRevenue!: boolean;
  @Field() createdAt!: Date;
  bankAccountId!: string;
}

export function toTransaction(r: TransactionRow): Transaction {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind as TransactionKindEnum,
    amount: money(Number(r.amount_cents)),
    category: r.category,
    date: r.date,
    counterparty: r.counterparty,
    description: r.description,
    countsAsRevenue: r.counts_as_revenue,
    createdAt: r.created_at,
    bankAccountId: r.bank_account_id,
  };
}

@ObjectType()
export class TransactionEdge {
  @Field() cursor!: string;
  @Field(() => Transaction) node!: Transaction;
}

@ObjectType()
export class TransactionConnection {
  @Field(() => [TransactionEdge]) edges!: TransactionEdge[];
  @Field(() => [Transaction]) nodes!: Transaction[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Total de lançamentos com os filtros (todas as páginas).' }) totalCount!: number;
}
