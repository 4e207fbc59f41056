import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { PlanResolver } from './plans/plan.resolver';
import { SubscriptionResolver } from './subscriptions/subscription.resolver';

export const billingSchemaDefinition = {
  resolvers: [PlanResolver, SubscriptionResolver] as [Function, ...Function[]],
};

export function buildBillingSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(billingSchemaDefinition);
}
