import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import { money, parseId, requireAuth, RequireModule } from '@prumo/kit';
import type { EnergyContext } from '../context';
import { toConsumerUnit } from '../units/unit.types';
import type { AllocationRequestEntity } from '../units/unit.entity';
import { AllocationChangeInput, AllocationChangeRequest, GenerationTree } from './gd.types';

export function toAllocationRequest(r: AllocationRequestEntity, warning: string | null = null): AllocationChangeRequest {
  const total = Number(r.totalPercent);
  return {
    id: r.id,
    generatorUnitId: r.generatorUnitId,
    allocations: r.allocations,
    totalPercent: total,
    retainedPercent: Math.round((100 - total) * 100) / 100,
    effectiveDate: typeof r.effectiveDate === 'string' ? r.effectiveDate : new Date(r.effectiveDate).toISOString().slice(0, 10),
    status: r.status,
    warning,
    createdAt: r.createdAt,
  };
}

@Resolver()
export class GdResolver {
  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Query(() => GenerationTree, { description: 'Usinas do titular -> beneficiárias com percentuais, saldos, créditos a vencer e economia estimada (descontado o Fio B).' })
  async generationTree(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('months', () => Int, { defaultValue: 12, description: 'Janela dos créditos a vencer (1 a 60 meses).' }) months: number,
    @Ctx() ctx: EnergyContext,
  ): Promise<GenerationTree> {
    const tid = requireAuth(ctx).tid;
    const id = parseId(clientId, 'clientId');
    const plants = await ctx.services.gd.tree(tid, id, months);
    const requests = plants.length ? await ctx.services.gd.requestsOf(tid, plants.map((p) => p.unit.id)) : [];
    return {
      clientId: id,
      months,
      estimatedSavings: money(plants.reduce((s, p) => s + p.estimatedSavingsCents, 0)),
      plants: plants.map((p) => ({
        unit: toConsumerUnit(p.unit),
        balanceKwh: p.balanceKwh,
        treeBalanceKwh: p.treeBalanceKwh,
        referenceMonth: p.unit.gdReferenceMonth,
        injectedKwh: p.unit.injectedKwh,
        receivedKwh: p.unit.receivedKwh,
        compensatedKwh: p.unit.compensatedKwh,
        accessRequestedOn: p.unit.accessRequestedOn,
        fioBExempt: p.fioBExempt,
        beneficiaries: p.beneficiaries.map((b) => ({
          unit: toConsumerUnit(b.unit),
          percent: b.percent,
          balanceKwh: b.unit.creditBalanceKwh,
          receivedKwh: b.unit.receivedKwh,
          compensatedKwh: b.unit.compensatedKwh,
          credits: b.credits,
          expiringCredits: b.expiringCredits,
          expiringKwh: b.expiringKwh,
        })),
        allocatedPercent: p.allocatedPercent,
        retainedPercent: p.retainedPercent,
        credits: p.credits,
        expiringCredits: p.expiringCredits,
        expiringKwh: p.expiringKwh,
        averageTariffPerKwh: money(p.tariff.kwh > 0 ? Math.round(p.tariff.cents / p.tariff.kwh) : 0),
        averageTariffCentsPerKwh: p.tariff.kwh > 0 ? p.tariff.cents / p.tariff.kwh : 0,
        fioBSharePercent: p.fioBSharePercent,
        estimatedSavings: money(p.estimatedSavingsCents),
        allocationRequests: requests.filter((r) => r.generatorUnitId === p.unit.id).map((r) => toAllocationRequest(r)),
      })),
    };
  }

  @Authorized()
  @UseMiddleware(RequireModule('energy'))
  @Mutation(() => AllocationChangeRequest, { description: 'Pede a mudança do rateio de uma usina (soma até 100%; abaixo disso o resto fica com a usina). Fica registrado; o portal não é alterado.' })
  async requestAllocationChange(@Arg('input', () => AllocationChangeInput) input: AllocationChangeInput, @Ctx() ctx: EnergyContext): Promise<AllocationChangeRequest> {
    const { request, warning } = await ctx.services.gd.requestAllocationChange(requireAuth(ctx), input);
    return toAllocationRequest(request, warning);
  }
}
