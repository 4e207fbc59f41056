// The subgraphs of the platform as tests see them (TypeScript sources). Grows with each subgraph.
import type { BaseConfig, RunningSubgraph, SchemaDefinition, SubgraphMigrations } from '@prumo/kit';
import * as billing from '../subgraphs/billing/src';
import * as documents from '../subgraphs/documents/src';
import * as identity from '../subgraphs/identity/src';
import * as limits from '../subgraphs/limits/src';

export interface SubgraphPackage {
  start(opts: { config?: BaseConfig; port?: number; role?: 'server' | 'worker' | 'all'; env?: NodeJS.ProcessEnv }): Promise<RunningSubgraph>;
  migrations: Function[];
  schemaDefinition: SchemaDefinition;
}

export const SUBGRAPH_MODULES: Record<string, SubgraphPackage> = { identity, billing, documents, limits };

export const ALL_MIGRATIONS: SubgraphMigrations[] = Object.entries(SUBGRAPH_MODULES).map(([schema, m]) => ({ schema, migrations: m.migrations }));
