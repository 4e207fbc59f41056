import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type InvitationStatus = 'pending' | 'accepted' | 'revoked';

@Entity({ name: 'invitations' })
export class InvitationEntity {
  @Column('uuid', { name: 'tenant_id' }) tenantId!: string;
  @PrimaryColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'email_normalized' }) emailNormalized!: string;
  @Column('text') role!: 'admin' | 'member';
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('uuid', { name: 'invited_by', nullable: true }) invitedBy!: string | null;
  @Column('text') status!: InvitationStatus;
  @Column('text', { name: 'quota_key', nullable: true }) quotaKey!: string | null;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'accepted_at', nullable: true }) acceptedAt!: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
