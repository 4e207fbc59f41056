import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'payments' })
export class PaymentEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'stripe_invoice_id' }) stripeInvoiceId!: string;
  @Column('bigint', { name: 'amount_cents', transformer: { to: (v) => v, from: (v) => Number(v) } }) amountCents!: number;
  @Column('text') currency!: string;
  @Column('text') status!: 'paid' | 'failed';
  @Column('text', { nullable: true }) description!: string | null;
  @Column('timestamptz', { name: 'period_start', nullable: true }) periodStart!: Date | null;
  @Column('timestamptz', { name: 'period_end', nullable: true }) periodEnd!: Date | null;
  @Column('text', { name: 'hosted_invoice_url', nullable: true }) hostedInvoiceUrl!: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
