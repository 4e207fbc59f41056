import { Column, Entity, PrimaryColumn } from 'typeorm';

export type EnergyClientStatus = 'DISCONNECTED' | 'AWAITING_SMS' | 'CONNECTED' | 'ERROR';

@Entity({ schema: 'energy', name: 'clients' })
export class EnergyClientEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'tax_id' }) taxId!: string;
  @Column('char', { name: 'phone_last_digits', length: 4 }) phoneLastDigits!: string;
  @Column('text') status!: EnergyClientStatus;
  @Column('text', { name: 'status_message', nullable: true }) statusMessage!: string | null;
  @Column('timestamptz', { name: 'last_sync_at', nullable: true }) lastSyncAt!: Date | null;
  @Column('text', { name: 'last_sync_status', nullable: true }) lastSyncStatus!: 'RUNNING' | 'DONE' | 'FAILED' | null;
  @Column('text', { name: 'last_sync_message', nullable: true }) lastSyncMessage!: string | null;
  @Column('jsonb', { name: 'last_sync_errors' }) lastSyncErrors!: Array<{ uc: string; message: string }>;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
}

@Entity({ schema: 'energy', name: 'portal_sessions' })
export class PortalSessionEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid', { name: 'client_id' }) clientId!: string;
  @Column('text') kind!: 'PRE' | 'SESSION';
  @Column('text', { name: 'state_encrypted' }) stateEncrypted!: string;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
