import { groupByKey, requireAuth } from '@prumo/kit';
import type { EnergyContext } from './context';
import { toEnergyClient, type EnergyClient } from './clients/energy-client.types';
import { connectionOf } from './invoices/invoice.service';
import { toInvoice, type EnergyInvoice } from './invoices/invoice.types';
import { toConsumerUnit, type ConsumerUnit } from './units/unit.types';

/** Batched loaders of the energy subgraph: a list costs one query per field, never one per row. */
export function energyLoaders(ctx: EnergyContext) {
  const tid = requireAuth(ctx).tid;
  const s = ctx.services;
  return {
    client: ctx.loaders.get<string, EnergyClient | null>('energy-client', async (ids) => (await s.clients.loadMany(tid, ids)).map((c) => (c ? toEnergyClient(c) : null))),
    unit: ctx.loaders.get<string, ConsumerUnit | null>('energy-unit', async (ids) => (await s.units.loadMany(tid, ids)).map((u) => (u ? toConsumerUnit(u) : null))),
    unitsOfClient: ctx.loaders.get<string, ConsumerUnit[]>('energy-units-of-client', async (ids) => {
      return groupByKey(ids, (await s.units.ofClients(tid, ids)).map(toConsumerUnit), (u) => u.clientId);
    }),
    invoice: ctx.loaders.get<string, EnergyInvoice | null>('energy-invoice', async (ids) => (await s.invoices.loadMany(tid, ids)).map((i) => (i ? toInvoice(i) : null))),
    /** First page of invoices per unit (one window-function query for every unit of the list). */
    firstInvoicePage: (limit: number) =>
      ctx.loaders.get<string, ReturnType<typeof connectionOf>>(`energy-invoices-first-${limit}`, async (ids) => {
        const map = await s.invoices.firstPages(tid, ids, limit);
        return ids.map((id) => connectionOf(map.get(id) ?? [], limit));
      }),
  };
}
