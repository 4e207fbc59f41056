import type { DataSource } from 'typeorm';
import type { MeiLimitRule } from '@prumo/br';
import { runOutsideTenant } from '@prumo/kit';

export type Regime = 'MEI' | 'MEI_CAMINHONEIRO';

interface Dated<T> {
  validFrom: string;
  value: T;
}

/** The value in force on `date` (YYYY-MM-DD): the latest valid_from not after it. */
function inForce<T>(rows: Dated<T>[], date: string): T | null {
  let best: Dated<T> | null = null;
  for (const r of rows) if (r.validFrom <= date && (!best || r.validFrom > best.validFrom)) best = r;
  return best?.value ?? null;
}

/** Dated legal settings (limits, minimum wage, DAS composition), cached briefly: they change by law. */
export class RulesService {
  private cache: { at: number; limits: Record<Regime, Dated<MeiLimitRule>[]>; wages: Dated<number>[]; das: Dated<{ inss: number; inssCaminhoneiro: number; icms: number; iss: number }>[] } | null = null;

  constructor(private readonly ds: DataSource) {}

  private async load() {
    if (this.cache && Date.now() - this.cache.at < 60_000) return this.cache;
    // One connection runs one statement at a time: sequential, not Promise.all.
    const [limits, wages, das] = await runOutsideTenant(this.ds, async (em) => [
      await em.query(`select regime, to_char(valid_from, 'YYYY-MM-DD') as valid_from, annual_limit_cents, monthly_proportional_cents, tolerance_ratio from limits.mei_limit_rules`),
      await em.query(`select to_char(valid_from, 'YYYY-MM-DD') as valid_from, cents from limits.minimum_wages`),
      await em.query(`select to_char(valid_from, 'YYYY-MM-DD') as valid_from, inss_percent, inss_percent_caminhoneiro, icms_cents, iss_cents from limits.das_rules`),
    ]);
    const byRegime: Record<Regime, Dated<MeiLimitRule>[]> = { MEI: [], MEI_CAMINHONEIRO: [] };
    for (const r of limits) {
      byRegime[r.regime as Regime].push({
        validFrom: r.valid_from,
        value: { validFrom: r.valid_from, annualLimitCents: Number(r.annual_limit_cents), monthlyProportionalCents: Number(r.monthly_proportional_cents), toleranceRatio: Number(r.tolerance_ratio) },
      });
    }
    this.cache = {
      at: Date.now(),
      limits: byRegime,
      wages: wages.map((w: any) => ({ validFrom: w.valid_from, value: Number(w.cents) })),
      das: das.map((d: any) => ({ validFrom: d.valid_from, value: { inss: Number(d.inss_percent), inssCaminhoneiro: Number(d.inss_percent_caminhoneiro), icms: Number(d.icms_cents), iss: Number(d.iss_cents) } })),
    };
    return this.cache;
  }

  /** The limit rule for a year: the one in force on 31 December of that year. */
  async limitRule(regime: Regime, year: number): Promise<MeiLimitRule> {
    const rule = inForce((await this.load()).limits[regime], `${year}-12-31`);
    if (!rule) throw new Error(`no ${regime} limit rule for ${year}`);
    return rule;
  }

  async minimumWage(date: string): Promise<number | null> {
    return inForce((await this.load()).wages, date);
  }

  async dasRule(date: string) {
    return inForce((await this.load()).das, date);
  }
}
