import { Column, Entity, PrimaryColumn } from 'typeorm';

const isoDay = {
  to: (v: string | null) => v,
  from: (v: string | Date | null) => (v === null ? null : typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10)),
};
const num = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

@Entity({ schema: 'energy', name: 'units' })
export class ConsumerUnitEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'client_id' }) clientId!: string;
  @Column('text') uc!: string;
  @Column('text', { nullable: true }) cdc!: string | null;
  @Column('text', { nullable: true }) address!: string | null;
  @Column('text', { name: 'tariff_class', nullable: true }) tariffClass!: string | null;
  @Column('boolean') generator!: boolean;
  @Column('int', { name: 'credit_balance_kwh' }) creditBalanceKwh!: number;
  @Column('text', { name: 'parent_uc', nullable: true }) parentUc!: string | null;
  @Column('uuid', { name: 'parent_unit_id', nullable: true }) parentUnitId!: string | null;
  @Column('numeric', { name: 'allocation_percent', nullable: true, transformer: num }) allocationPercent!: number | null;
  /** GD figures of the portal's GD page (plants and beneficiaries), for `gdReferenceMonth`. */
  @Column('char', { name: 'gd_reference_month', length: 7, nullable: true }) gdReferenceMonth!: string | null;
  @Column('int', { name: 'injected_kwh', nullable: true }) injectedKwh!: number | null;
  @Column('int', { name: 'received_kwh', nullable: true }) receivedKwh!: number | null;
  @Column('int', { name: 'compensated_kwh', nullable: true }) compensatedKwh!: number | null;
  /** Plants: the grid-access request day (Fio B exemption), 'AAAA-MM-DD'. */
  @Column('date', { name: 'access_requested_on', nullable: true, transformer: isoDay }) accessRequestedOn!: string | null;
  @Column('text', { name: 'last_error', nullable: true }) lastError!: string | null;
  @Column('timestamptz', { name: 'synced_at', nullable: true }) syncedAt!: Date | null;
}

@Entity({ schema: 'energy', name: 'credits' })
export class CreditEntity {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('char', { name: 'origin_month', length: 7 }) originMonth!: string;
  @Column('int') kwh!: number;
  @Column('char', { name: 'expires_month', length: 7 }) expiresMonth!: string;
}

@Entity({ schema: 'energy', name: 'allocation_requests' })
export class AllocationRequestEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'client_id' }) clientId!: string;
  @Column('uuid', { name: 'generator_unit_id' }) generatorUnitId!: string;
  @Column('jsonb') allocations!: Array<{ unitId: string; uc: string; percent: number }>;
  @Column('numeric', { name: 'total_percent', transformer: num }) totalPercent!: number;
  @Column('date', { name: 'effective_date' }) effectiveDate!: string;
  @Column('text') status!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}
