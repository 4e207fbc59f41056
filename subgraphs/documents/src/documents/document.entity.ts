import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

const bigint = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

export type DocumentStatus = 'AWAITING_UPLOAD' | 'UPLOADED' | 'QUEUED' | 'PROCESSING' | 'PROCESSED' | 'FAILED';

@Entity({ name: 'documents' })
export class DocumentEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('int') version!: number;
  @Column('text') status!: DocumentStatus;
  @Column('text', { nullable: true }) stage!: string | null;
  @Column('text') filename!: string;
  @Column('text', { name: 'declared_type', nullable: true }) declaredType!: string | null;
  @Column('text', { name: 'file_type', nullable: true }) fileType!: string | null;
  @Column('bigint', { name: 'size_bytes', nullable: true, transformer: bigint }) sizeBytes!: number | null;
  @Column('text', { nullable: true }) sha256!: string | null;
  @Column('text', { name: 'storage_key', nullable: true }) storageKey!: string | null;
  @Column('text', { name: 'quota_key', nullable: true }) quotaKey!: string | null;
  @Column('text', { nullable: true }) kind!: string | null;
  @Column('text', { nullable: true }) direction!: 'ISSUED' | 'RECEIVED' | null;
  @Column('text', { nullable: true }) method!: string | null;
  @Column('real', { name: 'ocr_confidence', nullable: true }) ocrConfidence!: number | null;
  @Column('text', { name: 'access_key', nullable: true }) accessKey!: string | null;
  @Column('text', { nullable: true }) number!: string | null;
  @Column('text', { nullable: true }) series!: string | null;
  @Column('text', { nullable: true }) model!: string | null;
  @Column('text', { name: 'issuer_tax_id', nullable: true }) issuerTaxId!: string | null;
  @Column('text', { name: 'issuer_name', nullable: true }) issuerName!: string | null;
  @Column('text', { name: 'recipient_tax_id', nullable: true }) recipientTaxId!: string | null;
  @Column('text', { name: 'recipient_name', nullable: true }) recipientName!: string | null;
  @Column('timestamptz', { name: 'issued_at', nullable: true }) issuedAt!: Date | null;
  @Column('char', { name: 'competence_month', length: 7, nullable: true }) competenceMonth!: string | null;
  @Column('bigint', { name: 'total_cents', nullable: true, transformer: bigint }) totalCents!: number | null;
  @Column('text', { name: 'authorization_status', nullable: true }) authorizationStatus!: string | null;
  @Column('boolean') cancelled!: boolean;
  @Column('text', { name: 'cancels_key', nullable: true }) cancelsKey!: string | null;
  @Column('boolean', { name: 'revenue_recorded' }) revenueRecorded!: boolean;
  /** The revenue entry this document last fed (`key:<access key>` or `doc:<id>`). */
  @Column('text', { name: 'revenue_source_id', nullable: true }) revenueSourceId!: string | null;
  @Column('text', { name: 'failure_reason', nullable: true }) failureReason!: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'processed_at', nullable: true }) processedAt!: Date | null;
  @Column('timestamptz', { name: 'deleted_at', nullable: true }) deletedAt!: Date | null;
}
