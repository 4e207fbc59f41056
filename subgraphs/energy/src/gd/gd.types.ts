import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '@prumo/kit';
import { ConsumerUnit, EnergyCredit } from '../units/unit.types';

@ObjectType({ description: 'Unidade beneficiária de uma usina: recebe sua parte do excedente e tem saldo próprio.' })
export class GenerationBeneficiary {
  @Field(() => ConsumerUnit) unit!: ConsumerUnit;
  @Field(() => Float, { description: 'Percentual do rateio.' }) percent!: number;
  @Field(() => Int, { description: 'Saldo de créditos da beneficiária em kWh (como o portal mostra).' }) balanceKwh!: number;
  @Field(() => Int, { nullable: true, description: 'kWh recebidos da usina no mês de referência da usina.' }) receivedKwh!: number | null;
  @Field(() => Int, { nullable: true, description: 'kWh compensados na fatura da beneficiária no mês de referência.' }) compensatedKwh!: number | null;
  @Field(() => [EnergyCredit], { description: 'Créditos da beneficiária por mês de origem.' }) credits!: EnergyCredit[];
  @Field(() => [EnergyCredit], { description: 'Créditos da beneficiária que vencem nos próximos N meses.' }) expiringCredits!: EnergyCredit[];
  @Field(() => Int) expiringKwh!: number;
}

@ObjectType()
export class AllocationShare {
  @Field(() => ID) unitId!: string;
  @Field() uc!: string;
  @Field(() => Float) percent!: number;
}

@ObjectType({ description: 'Pedido de mudança do rateio (guardado aqui; o portal da distribuidora não é alterado).' })
export class AllocationChangeRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID) generatorUnitId!: string;
  @Field(() => [AllocationShare]) allocations!: AllocationShare[];
  @Field(() => Float) totalPercent!: number;
  @Field(() => Float, { description: 'O que fica com a usina geradora.' }) retainedPercent!: number;
  @Field({ description: 'Vigência pedida AAAA-MM-DD (a distribuidora pode levar até 30 dias).' }) effectiveDate!: string;
  @Field({ description: 'PENDING, APPLIED ou CANCELLED.' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Aviso (ex.: soma abaixo de 100%).' }) warning!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'Usina geradora e suas beneficiárias.' })
export class GenerationPlant {
  @Field(() => ConsumerUnit) unit!: ConsumerUnit;
  @Field(() => Int, { description: 'Saldo de créditos da usina em kWh.' }) balanceKwh!: number;
  @Field(() => Int, { description: 'Saldo somado da usina e das beneficiárias.' }) treeBalanceKwh!: number;
  @Field(() => String, { nullable: true, description: 'Mês de referência (AAAA-MM) dos números do mês da usina e das beneficiárias.' }) referenceMonth!: string | null;
  @Field(() => Int, { nullable: true, description: 'kWh injetados na rede no mês de referência.' }) injectedKwh!: number | null;
  @Field(() => Int, { nullable: true, description: 'kWh que ficaram com a usina no mês (consumo próprio compensado e a parte não rateada).' }) receivedKwh!: number | null;
  @Field(() => Int, { nullable: true, description: 'kWh compensados na fatura da usina no mês de referência.' }) compensatedKwh!: number | null;
  @Field(() => String, { nullable: true, description: 'Data (AAAA-MM-DD) da solicitação de acesso da usina à rede.' }) accessRequestedOn!: string | null;
  @Field({ description: 'Isenta do Fio B até 2045 (acesso solicitado até 07/01/2023, Lei 14.300).' }) fioBExempt!: boolean;
  @Field(() => [GenerationBeneficiary]) beneficiaries!: GenerationBeneficiary[];
  @Field(() => Float, { description: 'Soma dos percentuais rateados.' }) allocatedPercent!: number;
  @Field(() => Float, { description: 'Percentual que fica com a usina.' }) retainedPercent!: number;
  @Field(() => [EnergyCredit], { description: 'Créditos por mês de origem.' }) credits!: EnergyCredit[];
  @Field(() => [EnergyCredit], { description: 'Créditos que vencem nos próximos N meses.' }) expiringCredits!: EnergyCredit[];
  @Field(() => Int) expiringKwh!: number;
  @Field(() => Money, { description: 'Preço médio do kWh nas faturas dos últimos 12 meses (arredondado para exibir).' }) averageTariffPerKwh!: Money;
  @Field(() => Float, { description: 'Preço médio do kWh em centavos, com a fração (o que a economia estimada usa).' }) averageTariffCentsPerKwh!: number;
  @Field(() => Int, { description: 'Parcela do Fio B cobrada sobre a energia compensada neste ano (Lei 14.300); 0 se isenta.' }) fioBSharePercent!: number;
  @Field(() => Money, { description: 'Economia estimada do saldo de créditos, já descontado o Fio B.' }) estimatedSavings!: Money;
  @Field(() => [AllocationChangeRequest], { description: 'Pedidos de mudança de rateio.' }) allocationRequests!: AllocationChangeRequest[];
}

@ObjectType()
export class GenerationTree {
  @Field(() => ID) clientId!: string;
  @Field(() => Int, { description: 'Janela (meses) dos créditos a vencer.' }) months!: number;
  @Field(() => [GenerationPlant]) plants!: GenerationPlant[];
  @Field(() => Money) estimatedSavings!: Money;
}

@InputType()
export class AllocationShareInput {
  @Field(() => ID) unitId!: string;
  @Field(() => Float) percent!: number;
}

@InputType()
export class AllocationChangeInput {
  @Field(() => ID) generatorUnitId!: string;
  @Field(() => [AllocationShareInput]) allocations!: AllocationShareInput[];
  @Field(() => String, { nullable: true, description: 'Vigência AAAA-MM-DD (padrão: daqui a 30 dias).' }) effectiveDate?: string;
}
