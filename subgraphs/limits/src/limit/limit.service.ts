import type { DataSource } from 'typeorm';
import {
  applicableLimit,
  dasDueDate,
  dasMonthlyCents,
  formatBRL,
  limitStatus,
  notificationDeadline,
  saoPauloDate,
  type LimitStatus,
} from '@prumo/br';
import { badInput, runInTenant } from '@prumo/kit';
import { countedFilter, countedParams } from '../ledger/counting';
import type { LedgerService } from '../ledger/ledger.service';
import type { FiscalProfileEntity } from '../profile/fiscal-profile.entity';
import type { RulesService } from '../rules/rules.service';

export interface MonthRevenue {
  month: string;
  revenueCents: number;
  cumulativeCents: number;
}

export interface MeiLimitView {
  year: number;
  regime: string;
  /** False for a company that is not a MEI: revenue is summed, the limit does not apply (limit 0). */
  applies: boolean;
  limitCents: number;
  proportional: boolean;
  months: number;
  revenueCents: number;
  remainingCents: number;
  percent: number;
  status: LimitStatus;
  meaning: string;
  excessMonth: string | null;
  notificationDeadline: string | null;
  monthly: MonthRevenue[];
  projectedYearEndCents: number;
  projectedStatus: LimitStatus;
  alertsSent: Array<{ level: number; at: Date }>;
}

/** The 12 months of a year with their revenue and the running total. */
function monthlySeries(byMonth: Map<string, number>, year: number): MonthRevenue[] {
  let cumulative = 0;
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const revenueCents = byMonth.get(month) ?? 0;
    cumulative += revenueCents;
    return { month, revenueCents, cumulativeCents: cumulative };
  });
}

const pct = (revenue: number, limit: number) => (limit === 0 ? 0 : Math.round((revenue * 1000) / limit) / 10);

function meaning(status: LimitStatus, v: { limitCents: number; revenueCents: number; deadline: string | null; year: number; tolerance: number }): string {
  const limit = formatBRL(v.limitCents);
  const deadline = v.deadline ? v.deadline.split('-').reverse().join('/') : null;
  switch (status) {
    case 'OK':
      return `Tudo certo: seu faturamento está abaixo de 70% do limite de ${limit}.`;
    case 'ATTENTION':
      return `Atenção: você já usou mais de 70% do limite de ${limit}. Acompanhe as próximas notas.`;
    case 'WARNING':
      return `Cuidado: você está acima de 90% do limite de ${limit}. Passar dele traz impostos de ME sobre o excesso.`;
    case 'EXCEEDED':
      return `Você passou do limite de ${limit}, mas por até ${Math.round(v.tolerance * 100)}%: continua MEI até 31/12/${v.year}, o excesso é tributado como ME e você deve comunicar o desenquadramento até ${deadline} (último dia útil do mês seguinte ao excesso).`;
    case 'EXCEEDED_RETROACTIVE':
      return `Você passou do limite de ${limit} em mais de ${Math.round(v.tolerance * 100)}%: o desenquadramento é retroativo a 1º de janeiro de ${v.year} (ou à abertura, no ano de abertura). Comunique até ${deadline} e procure um contador.`;
  }
}

/** Reads built on the monthly aggregates (12 rows a year), never on the ledger itself. */
export class LimitService {
  constructor(
    private readonly ds: DataSource,
    private readonly rules: RulesService,
    private readonly ledger: LedgerService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async monthlyCounted(em: { query: DataSource['query'] }, profile: FiscalProfileEntity, year: number): Promise<Map<string, number>> {
    const rows: Array<{ month: string; cents: string }> = await em.query(
      `select month, sum(amount_cents) as cents from limits.monthly_revenue where month like $1 and ${countedFilter(2)} group by month`,
      [`${year}-%`, ...countedParams(profile)],
    );
    return new Map(rows.map((r) => [r.month, Number(r.cents)]));
  }

  async meiLimit(tenantId: string, year: number): Promise<MeiLimitView> {
    if (!Number.isInteger(year) || year < 2009 || year > 2100) throw badInput({ year: 'Ano inválido.' });
    return runInTenant(this.ds, tenantId, async (em) => {
      const profile = await this.ledger.profile(em, tenantId);
      if (profile.regime === 'NOT_MEI') return this.notMei(em, profile, year);
      const rule = await this.rules.limitRule(profile.regime, year);
      const limit = applicableLimit({ rule, year, openingDate: profile.openingDate });
      if (!limit.ok) throw badInput({ year: limit.message });
      const byMonth = await this.monthlyCounted(em, profile, year);
      const alerts: Array<{ level: number; created_at: Date }> = await em.query(`select level, created_at from limits.alerts where year = $1 order by level`, [year]);
      const monthly = monthlySeries(byMonth, year);
      const cumulative = monthly[11]!.cumulativeCents;
      const excessMonth = monthly.find((m) => m.cumulativeCents > limit.limitCents)?.month ?? null;
      const status = limitStatus({ revenueCents: cumulative, limitCents: limit.limitCents, toleranceRatio: rule.toleranceRatio })!;
      const deadline = excessMonth ? notificationDeadline(`${excessMonth}-01`) : null;

      // Projection: the average of the months elapsed so far (from opening, or January) over the
      // months the year has for this account.
      const today = saoPauloDate(this.now())!;
      const firstMonth = 12 - limit.months + 1;
      let projected = cumulative;
      if (year === today.year) {
        const elapsed = Math.max(1, today.month - firstMonth + 1);
        projected = Math.round((cumulative / elapsed) * limit.months);
      } else if (year > today.year) projected = 0;
      return {
        year,
        regime: profile.regime,
        applies: true,
        limitCents: limit.limitCents,
        proportional: limit.proportional,
        months: limit.months,
        revenueCents: cumulative,
        remainingCents: Math.max(0, limit.limitCents - cumulative),
        percent: pct(cumulative, limit.limitCents),
        status,
        meaning: meaning(status, { limitCents: limit.limitCents, revenueCents: cumulative, deadline, year, tolerance: rule.toleranceRatio }),
        excessMonth,
        notificationDeadline: deadline,
        monthly,
        projectedYearEndCents: projected,
        projectedStatus: limitStatus({ revenueCents: projected, limitCents: limit.limitCents, toleranceRatio: rule.toleranceRatio })!,
        alertsSent: alerts.map((a) => ({ level: a.level, at: a.created_at })),
      };
    });
  }

  /** A company that is not a MEI: the year's revenue by month, and no limit (nothing to exceed). */
  private async notMei(em: { query: DataSource['query'] }, profile: FiscalProfileEntity, year: number): Promise<MeiLimitView> {
    const monthly = monthlySeries(await this.monthlyCounted(em, profile, year), year);
    const cumulative = monthly[11]!.cumulativeCents;
    return {
      year,
      regime: profile.regime,
      applies: false,
      limitCents: 0,
      proportional: false,
      months: 12,
      revenueCents: cumulative,
      remainingCents: 0,
      percent: 0,
      status: 'OK',
      meaning: 'Sua empresa não é MEI (perfil fiscal): o limite anual do MEI, seus alertas e o DAS-MEI não se aplicam.',
      excessMonth: null,
      notificationDeadline: null,
      monthly,
      projectedYearEndCents: cumulative,
      projectedStatus: 'OK',
      alertsSent: [],
    };
  }

  /** "Quanto faturei em <mês>": exact, by source, under the account's counting rules. */
  async revenue(tenantId: string, month: string) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput({ month: 'Mês inválido: use AAAA-MM.' });
    return runInTenant(this.ds, tenantId, async (em) => {
      const profile = await this.ledger.profile(em, tenantId);
      const rows: Array<{ source: string; cents: string; entries: number }> = await em.query(
        `select source, sum(amount_cents) as cents, sum(entries)::int as entries from limits.monthly_revenue where month = $1 and ${countedFilter(2)} group by source order by source`,
        [month, ...countedParams(profile)],
      );
      const bySource = rows.map((r) => ({ source: r.source, cents: Number(r.cents), entries: r.entries }));
      return { month, totalCents: bySource.reduce((s, r) => s + r.cents, 0), entries: bySource.reduce((s, r) => s + r.entries, 0), bySource };
    });
  }

  /** The DAS-MEI of each competence month of the year, with the rules in force for that month. */
  async dasCalendar(tenantId: string, year: number) {
    if (!Number.isInteger(year) || year < 2009 || year > 2100) throw badInput({ year: 'Ano inválido.' });
    const profile = await runInTenant(this.ds, tenantId, (em) => this.ledger.profile(em, tenantId));
    if (profile.regime === 'NOT_MEI') return []; // no DAS-MEI for a company that is not a MEI
    const opening = profile.openingDate;
    const today = saoPauloDate(this.now())!;
    const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    const out = [];
    for (let m = 1; m <= 12; m++) {
      const competence = `${year}-${String(m).padStart(2, '0')}`;
      if (opening && competence < opening.slice(0, 7)) continue;
      const wage = await this.rules.minimumWage(`${competence}-01`);
      const amount = wage === null ? null : dasMonthlyCents({ minimumWageCents: wage, activity: profile.activity, caminhoneiro: profile.regime === 'MEI_CAMINHONEIRO' });
      const due = dasDueDate(year, m)!;
      out.push({ competence, dueDate: due, amountCents: amount, overdue: due < todayIso });
    }
    return out;
  }

  async summary(tenantId: string) {
    const today = saoPauloDate(this.now())!;
    const thisMonth = `${today.year}-${String(today.month).padStart(2, '0')}`;
    const last = today.month === 1 ? `${today.year - 1}-12` : `${today.year}-${String(today.month - 1).padStart(2, '0')}`;
    const [limit, lastMonth] = await Promise.all([this.meiLimit(tenantId, today.year), this.revenue(tenantId, last)]);
    return {
      year: today.year,
      yearToDateCents: limit.revenueCents,
      thisMonthCents: limit.monthly.find((m) => m.month === thisMonth)?.revenueCents ?? 0,
      lastMonthCents: lastMonth.totalCents,
      limitCents: limit.limitCents,
      percent: limit.percent,
      status: limit.status,
    };
  }
}
