import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { EnergyClientResolver } from './clients/energy-client.resolver';
import { GdResolver } from './gd/gd.resolver';
import { EnergyInvoiceResolver } from './invoices/invoice.resolver';
import { energyReferences } from './references';
import { ConsumerUnitResolver } from './units/unit.resolver';

export const energySchemaDefinition = {
  resolvers: [EnergyClientResolver, ConsumerUnitResolver, EnergyInvoiceResolver, GdResolver] as [Function, ...Function[]],
  referenceResolvers: energyReferences,
};

export function buildEnergySchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(energySchemaDefinition);
}
