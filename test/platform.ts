// The subgraphs of the platform as tests see them (TypeScript sources). Grows with each subgraph.
import type { BaseConfig, RunningSubgraph, SchemaDefinition, SubgraphMigrations } from '@prumo/kit';
import * as agents from '../subgraphs/agents/src';
import * as billing from '../subgraphs/billing/src';
import * as documents from '../subgraphs/documents/src';
import * as finance from '../subgraphs/finance/src';
import * as energy from '../subgraphs/energy/src';
import * as identity from '../subgraphs/identity/src';
import * as limits from '../subgraphs/limits/src';
import * as marketplace from '../subgraphs/marketplace/src';

export interface SubgraphPackage {
  start(opts: { config?: BaseConfig; port?: number; role?: 'server' | 'worker' | 'all'; env?: NodeJS.ProcessEnv }): Promise<RunningSubgraph>;
  migrations: Function[];
  schemaDefinition: SchemaDefinition;
}

export const SUBGRAPH_MODULES: Record<string, SubgraphPackage> = { identity, billing, documents, limits, marketplace, finance, energy, agents };

export const ALL_MIGRATIONS: SubgraphMigrations[] = Object.entries(SUBGRAPH_MODULES).map(([schema, m]) => ({ schema, migrations: m.migrations }));
