import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A landing-page contact. Platform-level: anyone inserts, only staff read (RLS). */
@Entity({ name: 'leads' })
export class LeadEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') email!: string;
  @Column('text') whatsapp!: string;
  @Column('text') message!: string;
  @Column('text', { nullable: true }) ip!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
