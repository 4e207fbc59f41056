import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type SubscriptionStatus = 'trialing' | 'active' | 'past_due' | 'canceled';

/** The account's subscription: its effective plan and, for paid plans, the Stripe mirror. */
@Entity({ name: 'subscriptions' })
export class SubscriptionEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text', { name: 'plan_code' }) planCode!: string;
  @Column('text') status!: SubscriptionStatus;
  @Column('text', { nullable: true }) cycle!: 'MONTHLY' | 'YEARLY' | null;
  @Column('timestamptz', { name: 'current_period_end', nullable: true }) currentPeriodEnd!: Date | null;
  @Column('boolean', { name: 'cancel_at_period_end' }) cancelAtPeriodEnd!: boolean;
  @Column('text', { name: 'billing_email', nullable: true }) billingEmail!: string | null;
  @Column('text', { name: 'stripe_customer_id', nullable: true }) stripeCustomerId!: string | null;
  @Column('text', { name: 'stripe_subscription_id', nullable: true }) stripeSubscriptionId!: string | null;
  @Column('timestamptz', { name: 'past_due_since', nullable: true }) pastDueSince!: Date | null;
  @Column('timestamptz', { name: 'downgraded_at', nullable: true }) downgradedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
