import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type AccountStatus = 'active' | 'suspended';

/** The tenant: a company (CNPJ) or an MEI/person (CPF). tenant_id = id. */
@Entity({ name: 'accounts' })
export class AccountEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'tax_id' }) taxId!: string;
  @Column('text', { name: 'tax_id_kind' }) taxIdKind!: 'CNPJ' | 'CPF';
  @Column('text') status!: AccountStatus;
  @Column('text', { name: 'plan_code' }) planCode!: string;
  @Column('text', { array: true }) modules!: string[];
  @Column('timestamptz', { name: 'plan_changed_at', nullable: true }) planChangedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
