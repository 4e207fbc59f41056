import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ConsumerUnitEntity } from './unit.entity';

@ObjectType({ description: 'Unidade consumidora (UC) de um titular.' })
@Directive('@key(fields: "id")')
export class ConsumerUnit {
  @Field(() => ID) id!: string;
  @Field({ description: 'Código da UC.' }) uc!: string;
  @Field(() => String, { nullable: true, description: 'Código do consumidor na distribuidora.' }) cdc!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'Classe tarifária.' }) tariffClass!: string | null;
  @Field({ description: 'Usina de geração distribuída (geradora).' }) generator!: boolean;
  @Field(() => Int, { description: 'Saldo de créditos em kWh.' }) creditBalanceKwh!: number;
  @Field(() => String, { nullable: true, description: 'UC da usina que rateia créditos para esta unidade.' }) parentUc!: string | null;
  @Field(() => Float, { nullable: true, description: 'Percentual do rateio recebido da usina.' }) allocationPercent!: number | null;
  @Field(() => String, { nullable: true, description: 'Erro da última sincronização desta unidade.' }) lastError!: string | null;
  @Field(() => Date, { nullable: true }) syncedAt!: Date | null;
  clientId!: string;
  parentUnitId!: string | null;
}

export function toConsumerUnit(e: ConsumerUnitEntity): ConsumerUnit {
  return {
    id: e.id,
    uc: e.uc,
    cdc: e.cdc,
    address: e.address,
    tariffClass: e.tariffClass,
    generator: e.generator,
    creditBalanceKwh: e.creditBalanceKwh,
    parentUc: e.parentUc,
    allocationPercent: e.allocationPercent === null ? null : Number(e.allocationPercent),
    lastError: e.lastError,
    syncedAt: e.syncedAt,
    clientId: e.clientId,
    parentUnitId: e.parentUnitId,
  };
}

@ObjectType({ description: 'Créditos de energia por mês de origem (vencem 60 meses depois).' })
export class EnergyCredit {
  @Field({ description: 'Mês de origem AAAA-MM.' }) originMonth!: string;
  @Field(() => Int) kwh!: number;
  @Field({ description: 'Mês de validade AAAA-MM.' }) expiresMonth!: string;
}
