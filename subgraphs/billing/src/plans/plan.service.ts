import type { DataSource } from 'typeorm';
import { badInput, isQuotaMetric, MODULES, notFound, parseInput, runOutsideTenant, type AccessClaims } from '@prumo/kit';
import { z } from 'zod';
import { PlanEntity, PlanLimitEntity } from './plan.entity';

export interface PlanWithLimits {
  plan: PlanEntity;
  limits: PlanLimitEntity[];
}

const updatePlanSchema = z.object({
  code: z.string(),
  name: z.string().trim().min(2, 'Nome curto demais.').max(60).optional().nullable(),
  description: z.string().trim().max(300, 'Descrição longa demais.').optional().nullable(),
  priceMonthlyCents: z.number().int('Use centavos inteiros.').min(0, 'Preço não pode ser negativo.').max(100_000_000).optional().nullable(),
  priceYearlyCents: z.number().int('Use centavos inteiros.').min(0, 'Preço não pode ser negativo.').max(1_000_000_000).optional().nullable(),
  modules: z.array(z.string().refine((m) => m in MODULES, 'Módulo desconhecido.')).optional().nullable(),
  limits: z
    .array(z.object({ metric: z.string().refine(isQuotaMetric, 'Métrica desconhecida.'), limit: z.number().int().min(0, 'Limite não pode ser negativo.').nullable() }))
    .optional()
    .nullable(),
});

/** Plans are shared data: read by anyone (RLS read policy), edited only by staff. */
export class PlanService {
  private cache: { at: number; plans: PlanWithLimits[] } | null = null;

  constructor(private readonly ds: DataSource) {}

  async list(): Promise<PlanWithLimits[]> {
    if (this.cache && Date.now() - this.cache.at < 30_000) return this.cache.plans;
    const plans = await runOutsideTenant(this.ds, async (em) => {
      const rows = await em.find(PlanEntity, { order: { sort: 'ASC' } });
      const limits = await em.find(PlanLimitEntity);
      return rows.map((plan) => ({ plan, limits: limits.filter((l) => l.planCode === plan.code) }));
    });
    this.cache = { at: Date.now(), plans };
    return plans;
  }

  async get(code: string): Promise<PlanWithLimits> {
    const found = (await this.list()).find((p) => p.plan.code === code);
    if (!found) throw notFound('Plano não encontrado.');
    return found;
  }

  async modulesOf(code: string): Promise<string[]> {
    return (await this.get(code)).plan.modules;
  }

  async update(auth: AccessClaims, raw: unknown): Promise<PlanWithLimits> {
    const input = parseInput(updatePlanSchema, raw);
    await this.get(input.code);
    await runOutsideTenant(
      this.ds,
      async (em) => {
        const patch: Partial<PlanEntity> = {};
        if (input.name) patch.name = input.name;
        if (input.description) patch.description = input.description;
        if (input.priceMonthlyCents !== undefined) patch.priceMonthlyCents = input.priceMonthlyCents;
        if (input.priceYearlyCents !== undefined) patch.priceYearlyCents = input.priceYearlyCents;
        if (input.modules) {
          if (!input.modules.length) throw badInput({ modules: 'Escolha pelo menos um módulo.' });
          patch.modules = input.modules;
        }
        if (Object.keys(patch).length) await em.update(PlanEntity, { code: input.code }, patch);
        for (const l of input.limits ?? []) {
          await em.update(PlanLimitEntity, { planCode: input.code, metric: l.metric }, { limitValue: l.limit });
        }
      },
      { userId: auth.sub, staff: true },
    );
    this.cache = null;
    return this.get(input.code);
  }
}
