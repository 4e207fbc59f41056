import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { documentReference } from './documents/document.reference';
import { DocumentResolver } from './documents/document.resolver';

export const documentsSchemaDefinition = {
  resolvers: [DocumentResolver] as [Function, ...Function[]],
  referenceResolvers: { Document: documentReference },
};

export function buildDocumentsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(documentsSchemaDefinition);
}
