import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A plan (shared data: every account reads it; staff edits it). */
@Entity({ name: 'plans' })
export class PlanEntity {
  @PrimaryColumn('text') code!: string;
  @Column('text') name!: string;
  @Column('text') description!: string;
  @Column('bigint', { name: 'price_monthly_cents', nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } }) priceMonthlyCents!: number | null;
  @Column('bigint', { name: 'price_yearly_cents', nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } }) priceYearlyCents!: number | null;
  @Column('text', { array: true }) modules!: string[];
  @Column('int', { name: 'api_requests_per_minute' }) apiRequestsPerMinute!: number;
  @Column('boolean') public!: boolean;
  @Column('int') sort!: number;
}

@Entity({ name: 'plan_limits' })
export class PlanLimitEntity {
  @PrimaryColumn('text', { name: 'plan_code' }) planCode!: string;
  @PrimaryColumn('text') metric!: string;
  @Column('bigint', { name: 'limit_value', nullable: true, transformer: { to: (v) => v, from: (v) => (v === null ? null : Number(v)) } }) limitValue!: number | null;
  @Column('text') period!: 'day' | 'month' | 'gauge';
}
