import type { EnergyContext } from './context';
import { energyLoaders } from './loaders';

/** Batched __resolveReference for the entities other subgraphs (and the router) may ask for. */
export const energyReferences = {
  EnergyClient: { __resolveReference: (ref: { id: string }, ctx: EnergyContext) => energyLoaders(ctx).client.load(ref.id) },
  ConsumerUnit: { __resolveReference: (ref: { id: string }, ctx: EnergyContext) => energyLoaders(ctx).unit.load(ref.id) },
  EnergyInvoice: { __resolveReference: (ref: { id: string }, ctx: EnergyContext) => energyLoaders(ctx).invoice.load(ref.id) },
};
