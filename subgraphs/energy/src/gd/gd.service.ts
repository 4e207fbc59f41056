import type { DataSource } from 'typeorm';
import { fioBChargedSharePercent, isFioBExempt, parseIsoDate, saoPauloDate, type FioBRule } from '@prumo/br';
import { badInput, newId, parseInput, runInTenant, type AccessClaims } from '@prumo/kit';
import { z } from 'zod';
import { clientNotFound, unitNotFound } from '../clients/energy-client.errors';
import { AllocationRequestEntity, ConsumerUnitEntity } from '../units/unit.entity';

export interface CreditRow {
  originMonth: string;
  kwh: number;
  expiresMonth: string;
}

/** Credits of one unit, the ones expiring in the window, and their sum. */
export interface UnitCredits {
  credits: CreditRow[];
  expiringCredits: CreditRow[];
  expiringKwh: number;
}

export interface BeneficiaryNode extends UnitCredits {
  unit: ConsumerUnitEntity;
  percent: number;
}

export interface PlantTree extends UnitCredits {
  unit: ConsumerUnitEntity;
  beneficiaries: BeneficiaryNode[];
  allocatedPercent: number;
  retainedPercent: number;
  balanceKwh: number;
  treeBalanceKwh: number;
  /** Average price of a kWh on the tree's bills of the last 12 months, as the exact fraction cents / kWh. */
  tariff: { cents: number; kwh: number };
  fioBExempt: boolean;
  fioBSharePercent: number;
  fioBTariffPercent: number;
  estimatedSavingsCents: number;
}

const monthKey = (y: number, m: number) => {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};

/**
 * What the tree's credit balance is worth, net of the Fio B share: balance x (cents / kWh) x
 * (1 - share% x fioB%), rounded half up to whole centavos once, at the end (integer arithmetic: the
 * average tariff is never rounded to whole centavos per kWh first).
 */
export function estimatedSavingsCents(args: { balanceKwh: number; tariffCents: number; tariffKwh: number; sharePercent: number; fioBTariffPercent: number }): number {
  const { balanceKwh, tariffCents, tariffKwh, sharePercent, fioBTariffPercent } = args;
  if (tariffKwh <= 0 || balanceKwh <= 0 || tariffCents <= 0) return 0;
  const num = BigInt(balanceKwh) * BigInt(tariffCents) * BigInt(10_000 - sharePercent * fioBTariffPercent);
  const den = BigInt(tariffKwh) * 10_000n;
  return Number((2n * num + den) / (2n * den));
}

const allocationSchema = z.object({
  generatorUnitId: z.string().uuid('Usina inválida.'),
  allocations: z
    .array(
      z.object({
        unitId: z.string().uuid('Unidade inválida.'),
        percent: z.number().gt(0, 'O percentual deve ser maior que zero.').max(100, 'O percentual não pode passar de 100%.')
          .refine((p) => Math.abs(Math.round(p * 100) - p * 100) < 1e-6, 'Use no máximo duas casas decimais.'),
      }),
    )
    .min(1, 'Informe ao menos uma unidade beneficiária.')
    .max(200, 'Unidades demais.'),
  effectiveDate: z.string().optional().nullable(),
});

/**
 * Distributed generation (DOMAIN.md): the plant -> beneficiaries tree with balances, credits that
 * expire soon, and savings estimated net of the Fio B share. Allocation changes are stored requests:
 * the portal is never written.
 */
export class GdService {
  constructor(private readonly ds: DataSource) {}

  async tree(tenantId: string, clientId: string, months: number, now = new Date()): Promise<PlantTree[]> {
    if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput({ months: 'Informe de 1 a 60 meses.' });
    const today = saoPauloDate(now)!;
    const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    const fromMonth = monthKey(today.year, today.month);
    const toMonth = monthKey(today.year, today.month + months - 1);
    const last12 = monthKey(today.year, today.month - 11);
    return runInTenant(this.ds, tenantId, async (em) => {
      const client = await em.query(`select 1 from energy.clients where id = $1`, [clientId]);
      if (!client.length) throw clientNotFound();
      const units = await em.getRepository(ConsumerUnitEntity).find({ where: { clientId }, order: { uc: 'ASC' } });
      const plants = units.filter((u) => u.generator);
      if (!plants.length) return [];
      const ids = units.map((u) => u.id);
      const credits: Array<{ unit_id: string; origin_month: string; kwh: number; expires_month: string }> = await em.query(
        `select unit_id, origin_month, kwh, expires_month from energy.credits where unit_id = any($1) order by origin_month`,
        [ids],
      );
      // Average price of a kWh on this client's recent bills (what a compensated kWh saves, gross).
      const tariffRows: Array<{ unit_id: string; cents: string; kwh: string }> = await em.query(
        `select unit_id, sum(amount_cents) as cents, sum(kwh) as kwh from energy.invoices where unit_id = any($1) and reference_month >= $2 and kwh > 0 group by unit_id`,
        [ids, last12],
      );
      // Lei 14.300 as dated settings: the yearly share of the Fio B and the exemption of older plants.
      const schedule: Array<{ valid_from: string; share_percent: number; fio_b_tariff_percent: number }> = await em.query(
        `select to_char(valid_from, 'YYYY-MM-DD') as valid_from, share_percent, fio_b_tariff_percent from energy.fio_b_schedule order by valid_from`,
      );
      const [exemption]: Array<{ requested_on_or_before: string; exempt_through: string }> = await em.query(
        `select to_char(requested_on_or_before, 'YYYY-MM-DD') as requested_on_or_before, to_char(exempt_through, 'YYYY-MM-DD') as exempt_through
           from energy.fio_b_exemption where valid_from <= $1::date order by valid_from desc limit 1`,
        [todayIso],
      );
      const rule: FioBRule = {
        schedule: schedule.map((r) => ({ validFrom: r.valid_from, sharePercent: Number(r.share_percent) })),
        exemptRequestedOnOrBefore: exemption?.requested_on_or_before ?? '0001-01-01',
        exemptThrough: exemption?.exempt_through ?? '0001-01-01',
      };
      const inForce = schedule.filter((r) => r.valid_from <= todayIso).at(-1);
      const fioBTariff = inForce ? Number(inForce.fio_b_tariff_percent) : 0;
      const creditsOf = (unitId: string): UnitCredits => {
        const own = credits
          .filter((c) => c.unit_id === unitId)
          .map((c) => ({ originMonth: c.origin_month, kwh: Number(c.kwh), expiresMonth: c.expires_month }));
        const expiring = own.filter((c) => c.expiresMonth >= fromMonth && c.expiresMonth <= toMonth);
        return { credits: own, expiringCredits: expiring, expiringKwh: expiring.reduce((s, c) => s + c.kwh, 0) };
      };
      return plants.map((plant) => {
        const beneficiaries = units
          .filter((u) => u.parentUnitId === plant.id)
          .map((unit) => ({ unit, percent: Number(unit.allocationPercent ?? 0), ...creditsOf(unit.id) }));
        const allocated = Math.round(beneficiaries.reduce((s, b) => s + b.percent * 100, 0)) / 100;
        const treeIds = new Set([plant.id, ...beneficiaries.map((b) => b.unit.id)]);
        const tRows = tariffRows.filter((r) => treeIds.has(r.unit_id));
        const cents = tRows.reduce((s, r) => s + Number(r.cents), 0);
        const kwh = tRows.reduce((s, r) => s + Number(r.kwh), 0);
        const treeBalance = plant.creditBalanceKwh + beneficiaries.reduce((s, b) => s + b.unit.creditBalanceKwh, 0);
        const exempt = isFioBExempt({ accessRequestedOn: plant.accessRequestedOn, on: todayIso, rule }) === true;
        const share = fioBChargedSharePercent({ accessRequestedOn: plant.accessRequestedOn, on: todayIso, rule }) ?? 0;
        return {
          unit: plant,
          beneficiaries,
          allocatedPercent: allocated,
          retainedPercent: Math.round((100 - allocated) * 100) / 100,
          balanceKwh: plant.creditBalanceKwh,
          treeBalanceKwh: treeBalance,
          ...creditsOf(plant.id),
          tariff: { cents, kwh },
          fioBExempt: exempt,
          fioBSharePercent: share,
          fioBTariffPercent: fioBTariff,
          // Each compensated kWh saves the tariff minus the Fio B share charged on it (none while exempt).
          estimatedSavingsCents: estimatedSavingsCents({ balanceKwh: treeBalance, tariffCents: cents, tariffKwh: kwh, sharePercent: share, fioBTariffPercent: fioBTariff }),
        };
      });
    });
  }

  async requestsOf(tenantId: string, generatorIds: readonly string[]): Promise<AllocationRequestEntity[]> {
    return runInTenant(this.ds, tenantId, (em) =>
      em
        .getRepository(AllocationRequestEntity)
        .createQueryBuilder('r')
        .where('r.generator_unit_id = any(:ids)', { ids: [...generatorIds] })
        .orderBy('r.created_at', 'DESC')
        .getMany(),
    );
  }

  async requestAllocationChange(auth: AccessClaims, raw: unknown, now = new Date()): Promise<{ request: AllocationRequestEntity; warning: string | null }> {
    const input = parseInput(allocationSchema, raw);
    const today = saoPauloDate(now)!;
    const todayIso = `${today.year}-${String(today.month).padStart(2, '0')}-${String(today.day).padStart(2, '0')}`;
    let effective: string;
    if (input.effectiveDate) {
      const d = parseIsoDate(input.effectiveDate);
      if (!d) throw badInput({ effectiveDate: 'Data inválida: use AAAA-MM-DD.' });
      effective = input.effectiveDate;
      if (effective < todayIso) throw badInput({ effectiveDate: 'A data de vigência não pode estar no passado.' });
    } else {
      const d = new Date(Date.UTC(today.year, today.month - 1, today.day + 30));
      effective = d.toISOString().slice(0, 10);
    }
    const ids = input.allocations.map((a) => a.unitId);
    if (new Set(ids).size !== ids.length) throw badInput({ allocations: 'Cada unidade pode aparecer uma só vez.' });
    const totalHundredths = input.allocations.reduce((s, a) => s + Math.round(a.percent * 100), 0);
    const total = totalHundredths / 100;
    if (totalHundredths > 10_000) {
      throw badInput({ allocations: `A soma dos percentuais (${total.toFixed(2).replace('.', ',')}%) passa de 100%.` });
    }
    return runInTenant(this.ds, auth.tid, async (em) => {
      const gen = await em.findOneBy(ConsumerUnitEntity, { id: input.generatorUnitId });
      if (!gen) throw unitNotFound();
      if (!gen.generator) throw badInput({ generatorUnitId: 'Esta unidade não é uma usina geradora.' });
      const units = await em.getRepository(ConsumerUnitEntity).createQueryBuilder('u').where('u.id = any(:ids)', { ids }).getMany();
      const byId = new Map(units.map((u) => [u.id, u]));
      const fields: Record<string, string> = {};
      input.allocations.forEach((a, i) => {
        const u = byId.get(a.unitId);
        if (!u || u.clientId !== gen.clientId) fields[`allocations.${i}.unitId`] = 'A unidade precisa ser do mesmo titular da usina.';
        else if (u.id === gen.id) fields[`allocations.${i}.unitId`] = 'A própria usina não entra no rateio: o restante fica com ela.';
      });
      if (Object.keys(fields).length) throw badInput(fields);
      const allocations = input.allocations.map((a) => ({ unitId: a.unitId, uc: byId.get(a.unitId)!.uc, percent: Math.round(a.percent * 100) / 100 }));
      const id = newId();
      await em.query(
        `insert into energy.allocation_requests (tenant_id, id, client_id, generator_unit_id, allocations, total_percent, effective_date, requested_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [auth.tid, id, gen.clientId, gen.id, JSON.stringify(allocations), total, effective, auth.sub],
      );
      const request = await em.findOneByOrFail(AllocationRequestEntity, { id });
      const warning =
        totalHundredths < 10_000
          ? `A soma é ${total.toFixed(2).replace('.', ',')}%: os ${((10_000 - totalHundredths) / 100).toFixed(2).replace('.', ',')}% restantes ficam com a usina geradora.`
          : null;
      return { request, warning };
    });
  }
}
