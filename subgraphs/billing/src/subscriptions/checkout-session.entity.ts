import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'checkout_sessions' })
export class CheckoutSessionEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('text') id!: string;
  @Column('text', { name: 'plan_code' }) planCode!: string;
  @Column('text') cycle!: 'MONTHLY' | 'YEARLY';
  @Column('text') status!: 'open' | 'complete' | 'expired';
  @Column('text') url!: string;
  @Column('uuid', { name: 'created_by' }) createdBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
