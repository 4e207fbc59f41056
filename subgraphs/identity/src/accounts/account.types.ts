import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { formatTaxId } from '@prumo/br';
import type { AccountEntity } from './account.entity';

export enum AccountStatusEnum {
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
}
registerEnumType(AccountStatusEnum, { name: 'AccountStatus' });

export enum TaxIdKindEnum {
  CNPJ = 'CNPJ',
  CPF = 'CPF',
}
registerEnumType(TaxIdKindEnum, { name: 'TaxIdKind' });

@ObjectType({ description: 'Uma conta (empresa ou MEI): o inquilino de todos os dados.' })
@Directive('@key(fields: "id")')
export class Account {
  @Field(() => ID) id!: string;
  @Field({ description: 'Nome da empresa.' }) name!: string;
  @Field({ description: 'CNPJ ou CPF formatado.' }) taxId!: string;
  @Field(() => TaxIdKindEnum) taxIdKind!: TaxIdKindEnum;
  @Field(() => AccountStatusEnum) status!: AccountStatusEnum;
  @Field({ description: 'Plano atual (espelhado do faturamento).' }) planCode!: string;
  @Field(() => [String], { description: 'Módulos habilitados pelo plano.' }) modules!: string[];
  @Field() createdAt!: Date;
}

export function toAccount(e: AccountEntity): Account {
  return {
    id: e.id,
    name: e.name,
    taxId: formatTaxId(e.taxId) ?? e.taxId,
    taxIdKind: e.taxIdKind as TaxIdKindEnum,
    status: e.status as AccountStatusEnum,
    planCode: e.planCode,
    modules: e.modules,
    createdAt: e.createdAt,
  };
}
