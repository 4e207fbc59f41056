import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Money, money } from '@prumo/kit';
import { findBank } from '../banks/banks.data';

export enum BankAccountKindEnum {
  CHECKING = 'CHECKING',
  SAVINGS = 'SAVINGS',
}
registerEnumType(BankAccountKindEnum, { name: 'BankAccountKind', description: 'CHECKING = conta corrente; SAVINGS = poupança.' });

export interface BankAccountRow {
  id: string;
  name: string;
  bank_code: string;
  agency: string;
  number: string;
  kind: string;
  opening_balance_cents: string;
  balance_cents: string;
  created_at: Date;
}

export const ACCOUNT_COLUMNS = `id, name, bank_code, agency, number, kind, opening_balance_cents::text, balance_cents::text, created_at`;

@ObjectType({ description: 'Conta bancária da empresa; o saldo é mantido a cada lançamento.' })
export class BankAccount {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() bankCode!: string;
  @Field() bankName!: string;
  @Field() agency!: string;
  @Field() number!: string;
  @Field(() => BankAccountKindEnum) kind!: BankAccountKindEnum;
  @Field(() => Money) openingBalance!: Money;
  @Field(() => Money) balance!: Money;
  @Field() createdAt!: Date;
}

export function toBankAccount(r: BankAccountRow): BankAccount {
  return {
    id: r.id,
    name: r.name,
    bankCode: r.bank_code,
    bankName: findBank(r.bank_code)?.shortName ?? r.bank_code,
    agency: r.agency,
    number: r.number,
    kind: r.kind as BankAccountKindEnum,
    openingBalance: money(Number(r.opening_balance_cents)),
    balance: money(Number(r.balance_cents)),
    createdAt: r.created_at,
  };
}

@ObjectType({ description: 'Prova do saldo: saldo inicial + soma dos lançamentos = saldo mantido.' })
export class BankAccountReconciliation {
  @Field(() => BankAccount) bankAccount!: BankAccount;
  @Field(() => Money) openingBalance!: Money;
  @Field(() => Money, { description: 'Receitas menos despesas da conta.' }) transactionsTotal!: Money;
  @Field(() => Money, { description: 'Saldo inicial + lançamentos.' }) expectedBalance!: Money;
  @Field(() => Money, { description: 'Saldo mantido na conta.' }) balance!: Money;
  @Field(() => GraphQLSafeInt) transactionCount!: number;
  @Field({ description: 'true quando o saldo mantido confere.' }) matches!: boolean;
}
