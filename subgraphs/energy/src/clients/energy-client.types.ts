import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { formatTaxId } from '@prumo/br';
import type { EnergyClientEntity } from './energy-client.entity';

export enum EnergyClientStatusEnum {
  DISCONNECTED = 'DISCONNECTED',
  AWAITING_SMS = 'AWAITING_SMS',
  CONNECTED = 'CONNECTED',
  ERROR = 'ERROR',
}
registerEnumType(EnergyClientStatusEnum, { name: 'EnergyClientStatus', description: 'Conexão com o portal da distribuidora.' });

@ObjectType({ description: 'Falha de uma unidade numa sincronização (as demais seguem).' })
export class EnergyUnitError {
  @Field() uc!: string;
  @Field() message!: string;
}

@ObjectType({ description: 'Titular (CPF/CNPJ) cujas contas de energia o robô acompanha no portal da distribuidora.' })
@Directive('@key(fields: "id")')
export class EnergyClient {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'CPF/CNPJ do titular, formatado.' }) taxId!: string;
  @Field({ description: 'Últimos 4 dígitos do celular cadastrado no portal.' }) phoneLastDigits!: string;
  @Field(() => EnergyClientStatusEnum) status!: EnergyClientStatusEnum;
  @Field(() => String, { nullable: true, description: 'Detalhe da conexão (ex.: "Sessão expirada, conecte novamente").' }) statusMessage!: string | null;
  @Field(() => Date, { nullable: true }) lastSyncAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'RUNNING, DONE ou FAILED.' }) lastSyncStatus!: string | null;
  @Field(() => String, { nullable: true }) lastSyncMessage!: string | null;
  @Field(() => [EnergyUnitError]) lastSyncErrors!: EnergyUnitError[];
  @Field() createdAt!: Date;
}

export function toEnergyClient(e: EnergyClientEntity): EnergyClient {
  return {
    id: e.id,
    name: e.name,
    taxId: formatTaxId(e.taxId) ?? e.taxId,
    phoneLastDigits: e.phoneLastDigits,
    status: e.status as EnergyClientStatusEnum,
    statusMessage: e.statusMessage,
    lastSyncAt: e.lastSyncAt,
    lastSyncStatus: e.lastSyncStatus,
    lastSyncMessage: e.lastSyncMessage,
    lastSyncErrors: e.lastSyncErrors ?? [],
    createdAt: e.createdAt,
  };
}

@InputType()
export class CreateEnergyClientInput {
  @Field() name!: string;
  @Field({ description: 'CPF ou CNPJ do titular (com ou sem máscara).' }) taxId!: string;
  @Field() phoneLastDigits!: string;
}
