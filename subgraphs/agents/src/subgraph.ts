import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { AssistantResolver } from './assistant/assistant.resolver';
import { StatusResolver } from './status/status.resolver';
import { executionReference } from './executions/execution.reference';
import { ExecutionResolver } from './executions/execution.resolver';

export const agentsSchemaDefinition = {
  resolvers: [StatusResolver, AssistantResolver, ExecutionResolver] as [Function, ...Function[]],
  orphanedTypes: [] as Function[],
  referenceResolvers: { Execution: executionReference },
};

export function buildAgentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(agentsSchemaDefinition);
}
