import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { AuthChecker } from '../auth/guards';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, { __resolveReference: (ref: any, ctx: any, info: any) => unknown }>;

export interface SchemaDefinition {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  orphanedTypes?: Function[];
  /** Batched `__resolveReference` per entity type (see `<module>.reference.ts`). */
  referenceResolvers?: ReferenceResolvers;
}

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])`;

/**
 * Builds a federation-2 subgraph schema from type-graphql classes: type-graphql prints the SDL with
 * its directives (`@Directive('@key(fields: "id")')`), @apollo/subgraph adds `_entities`/`_service`,
 * and the reference resolvers are merged in.
 */
export async function buildFederatedSchema(def: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: def.resolvers,
    orphanedTypes: def.orphanedTypes,
    authChecker: AuthChecker,
    validate: false,
    skipCheck: true,
    emitSchemaFile: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(def.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...ref };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolvers: resolvers as any,
  });
}
