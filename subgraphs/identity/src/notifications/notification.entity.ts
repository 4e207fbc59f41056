import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One inbox row: a notification for one recipient user (tenant = the recipient account; NO_TENANT for staff). */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') key!: string;
  @Column('text') kind!: string;
  @Column('text') title!: string;
  @Column('text') body!: string;
  @Column('text', { nullable: true }) link!: string | null;
  @Column('uuid', { name: 'event_id' }) eventId!: string;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export type DeliveryChannel = 'in_app' | 'whatsapp' | 'log';
export type DeliveryStatus = 'pending' | 'sent' | 'failed';

/** One channel of one notification for one user: status, attempts, last error, provider id. */
@Entity({ name: 'notification_deliveries' })
export class NotificationDeliveryEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'notification_id' }) notificationId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') key!: string;
  @Column('text') channel!: DeliveryChannel;
  @Column('text', { nullable: true }) recipient!: string | null;
  @Column('text') status!: DeliveryStatus;
  @Column('int') attempts!: number;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('text', { name: 'provider_message_id', nullable: true }) providerMessageId!: string | null;
  @Column('timestamptz', { name: 'queued_at', nullable: true }) queuedAt!: Date | null;
  @Column('timestamptz', { name: 'sent_at', nullable: true }) sentAt!: Date | null;
  /** WhatsApp: when the Cloud API reported the message delivered / read (status webhooks). */
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt!: Date | null;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
