import { Column, Entity, PrimaryColumn, VirtualColumn } from 'typeorm';

const bigint = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ schema: 'energy', name: 'invoices' })
export class EnergyInvoiceEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'unit_id' }) unitId!: string;
  @Column('text', { name: 'portal_id' }) portalId!: string;
  @Column('char', { name: 'reference_month', length: 7 }) referenceMonth!: string;
  @Column('date', { name: 'due_date' }) dueDate!: string;
  @Column('bigint', { name: 'amount_cents', transformer: bigint }) amountCents!: number;
  @Column('int') kwh!: number;
  /**
   * Read through `energy.invoice_status` (migration 1733000000000): an OPEN invoice whose due date has
   * passed in São Paulo reads as OVERDUE, whatever the last sync stored. Writes go to the `status`
   * column in raw SQL (the robot's upsert); SQL that filters or sums by status calls the same function.
   */
  @VirtualColumn({ type: 'text', query: (alias) => `energy.invoice_status(${alias}.status, ${alias}.due_date)` })
  status!: 'OPEN' | 'PAID' | 'OVERDUE';
  @Column('text', { name: 'barcode_line' }) barcodeLine!: string;
  @Column('boolean', { name: 'barcode_valid' }) barcodeValid!: boolean;
  @Column('text', { name: 'pix_copy_paste', nullable: true }) pixCopyPaste!: string | null;
  @Column('boolean', { name: 'pix_valid', nullable: true }) pixValid!: boolean | null;
  @Column('jsonb') items!: Array<{ description: string; amountCents: number }>;
  @Column('text', { name: 'pdf_storage_key', nullable: true }) pdfStorageKey!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
