import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { formatBoletoLine } from '@prumo/br';
import { ConnectionType, money, Money } from '@prumo/kit';
import type { EnergyInvoiceEntity } from './invoice.entity';

export enum EnergyInvoiceStatusEnum {
  OPEN = 'OPEN',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
}
registerEnumType(EnergyInvoiceStatusEnum, { name: 'EnergyInvoiceStatus' });

@ObjectType()
export class EnergyInvoiceItem {
  @Field() description!: string;
  @Field(() => Money) amount!: Money;
}

@ObjectType({ description: 'Fatura de energia (NF3e) de uma unidade consumidora.' })
@Directive('@key(fields: "id")')
export class EnergyInvoice {
  @Field(() => ID) id!: string;
  @Field({ description: 'Identificador da fatura no portal.' }) portalId!: string;
  @Field({ description: 'Mês de referência AAAA-MM.' }) referenceMonth!: string;
  @Field(() => Money) amount!: Money;
  @Field({ description: 'Vencimento AAAA-MM-DD.' }) dueDate!: string;
  @Field(() => EnergyInvoiceStatusEnum, { description: 'PAID (paga), OPEN (em aberto) ou OVERDUE (não paga e com o vencimento já passado no dia de Brasília, mesmo antes da próxima sincronização).' }) status!: EnergyInvoiceStatusEnum;
  @Field(() => Int) kwh!: number;
  @Field({ description: 'Linha digitável (48 dígitos, arrecadação segmento 3).' }) barcodeLine!: string;
  @Field({ description: 'Linha digitável formatada em blocos.' }) formattedBarcodeLine!: string;
  @Field({ description: 'A linha confere (dígitos verificadores, segmento energia).' }) barcodeValid!: boolean;
  @Field(() => String, { nullable: true, description: 'PIX copia e cola (BR Code).' }) pixCopyPaste!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'O PIX confere (CRC e campos obrigatórios).' }) pixValid!: boolean | null;
  @Field(() => [EnergyInvoiceItem], { description: 'Itens da fatura (energia, bandeiras, tributos...).' }) items!: EnergyInvoiceItem[];
  @Field({ description: 'O PDF já foi baixado do portal e está guardado.' }) pdfCached!: boolean;
  unitId!: string;
}

export function toInvoice(e: EnergyInvoiceEntity): EnergyInvoice {
  return {
    id: e.id,
    portalId: e.portalId,
    referenceMonth: e.referenceMonth,
    amount: money(e.amountCents),
    dueDate: typeof e.dueDate === 'string' ? e.dueDate : new Date(e.dueDate).toISOString().slice(0, 10),
    status: e.status as EnergyInvoiceStatusEnum,
    kwh: e.kwh,
    barcodeLine: e.barcodeLine,
    formattedBarcodeLine: formatBoletoLine(e.barcodeLine) ?? e.barcodeLine,
    barcodeValid: e.barcodeValid,
    pixCopyPaste: e.pixCopyPaste,
    pixValid: e.pixValid,
    items: (e.items ?? []).map((i) => ({ description: i.description, amount: money(i.amountCents) })),
    pdfCached: !!e.pdfStorageKey,
    unitId: e.unitId,
  };
}

export const EnergyInvoiceConnection = ConnectionType(EnergyInvoice, 'EnergyInvoice');

@ObjectType({ description: 'Link do PDF da fatura (expira).' })
export class EnergyInvoicePdf {
  @Field() url!: string;
  @Field() expiresAt!: Date;
}

@ObjectType({ description: 'Resumo de energia da conta.' })
export class EnergyOverview {
  @Field(() => Int) clients!: number;
  @Field(() => Int) units!: number;
  @Field(() => [EnergyInvoice], { description: 'Faturas não pagas (em aberto e vencidas), por vencimento.' }) openInvoices!: EnergyInvoice[];
  @Field(() => Money, { description: 'Soma das faturas não pagas (em aberto e vencidas).' }) openAmount!: Money;
  @Field(() => Int, { description: 'Faturas vencidas e não pagas (vencimento antes de hoje, horário de Brasília).' }) overdueCount!: number;
  @Field(() => Money, { description: 'Soma das faturas vencidas e não pagas.' }) overdueAmount!: Money;
  @Field(() => Money, { description: 'Soma das faturas dos últimos 12 meses de referência (inclui o atual).' }) last12MonthsCost!: Money;
  @Field(() => Int) last12MonthsKwh!: number;
}
