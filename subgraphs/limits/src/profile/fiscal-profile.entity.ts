import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'fiscal_profiles' })
export class FiscalProfileEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') regime!: 'MEI' | 'MEI_CAMINHONEIRO' | 'NOT_MEI';
  @Column('date', { name: 'opening_date', nullable: true }) openingDate!: string | null;
  @Column('text') activity!: 'COMMERCE' | 'SERVICES' | 'BOTH';
  @Column('boolean', { name: 'count_documents' }) countDocuments!: boolean;
  @Column('boolean', { name: 'count_finance' }) countFinance!: boolean;
  @Column('boolean', { name: 'count_marketplace' }) countMarketplace!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A profile for accounts that never set one: MEI, opened before this year, fiscal documents only. */
export function defaultProfile(tenantId: string): FiscalProfileEntity {
  return Object.assign(new FiscalProfileEntity(), {
    tenantId,
    regime: 'MEI',
    openingDate: null,
    activity: 'SERVICES',
    countDocuments: true,
    countFinance: false,
    countMarketplace: false,
  });
}
