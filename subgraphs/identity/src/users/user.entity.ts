import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A person. Global (not tenant-owned): one user may belong to several accounts. */
@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') email!: string;
  @Column('text', { name: 'email_normalized' }) emailNormalized!: string;
  @Column('text', { nullable: true }) cpf!: string | null;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) whatsapp!: string | null;
  @Column('text', { name: 'password_hash', select: true }) passwordHash!: string;
  @Column('boolean') staff!: boolean;
  @Column('uuid', { name: 'last_account_id', nullable: true }) lastAccountId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
