import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { accountReference, LimitResolver } from './limit/limit.resolver';
import { Account } from './limit/limit.types';
import { FiscalProfileResolver } from './profile/fiscal-profile.resolver';

export const limitsSchemaDefinition = {
  resolvers: [LimitResolver, FiscalProfileResolver] as [Function, ...Function[]],
  orphanedTypes: [Account],
  referenceResolvers: { Account: accountReference },
};

export function buildLimitsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(limitsSchemaDefinition);
}
