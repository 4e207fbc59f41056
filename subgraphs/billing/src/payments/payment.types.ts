import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType, money, Money } from '@prumo/kit';
import type { PaymentEntity } from './payment.entity';

export enum PaymentStatusEnum {
  PAID = 'paid',
  FAILED = 'failed',
}
registerEnumType(PaymentStatusEnum, { name: 'PaymentStatus' });

@ObjectType({ description: 'Uma cobrança da assinatura.' })
export class Payment {
  @Field(() => ID) id!: string;
  @Field(() => Money) amount!: Money;
  @Field(() => PaymentStatusEnum) status!: PaymentStatusEnum;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Date, { nullable: true }) periodStart!: Date | null;
  @Field(() => Date, { nullable: true }) periodEnd!: Date | null;
  @Field(() => String, { nullable: true, description: 'Fatura no Stripe (quando houver).' }) invoiceUrl!: string | null;
  @Field() occurredAt!: Date;
}

export const toPayment = (e: PaymentEntity): Payment => ({
  id: e.id,
  amount: money(e.amountCents),
  status: e.status as PaymentStatusEnum,
  description: e.description,
  periodStart: e.periodStart,
  periodEnd: e.periodEnd,
  invoiceUrl: e.hostedInvoiceUrl,
  occurredAt: e.occurredAt,
});

export const PaymentConnection = ConnectionType(Payment, 'Payment');
