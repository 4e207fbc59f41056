// The one list of Prumo's processes: subgraph names, default ports and the env variables that point
// at them. The router, the schema scripts, `npm start`, compose.yaml's test and the docs all read it.
export interface SubgraphService {
  name: SubgraphName;
  /** Default port; `<NAME>_PORT` overrides it. */
  port: number;
  /** Env variable holding the base URL other processes use, e.g. IDENTITY_URL. */
  urlEnv: string;
  /** Whether the subgraph has queue workers (run with PROCESS_ROLE=worker in compose). */
  hasWorker: boolean;
}

export type SubgraphName = 'identity' | 'billing' | 'documents' | 'limits' | 'marketplace' | 'finance' | 'energy' | 'agents';

/** Subgraphs that exist in the codebase today, in composition order. */
export const SUBGRAPHS: SubgraphService[] = [
  { name: 'identity', port: 4101, urlEnv: 'IDENTITY_URL', hasWorker: true },
  { name: 'billing', port: 4102, urlEnv: 'BILLING_URL', hasWorker: true },
  { name: 'documents', port: 4103, urlEnv: 'DOCUMENTS_URL', hasWorker: true },
  { name: 'limits', port: 4104, urlEnv: 'LIMITS_URL', hasWorker: true },
  { name: 'finance', port: 4106, urlEnv: 'FINANCE_URL', hasWorker: true },
  { name: 'energy', port: 4107, urlEnv: 'ENERGY_URL', hasWorker: true },
  { name: 'marketplace', port: 4105, urlEnv: 'MARKETPLACE_URL', hasWorker: true },
  { name: 'agents', port: 4108, urlEnv: 'AGENTS_URL', hasWorker: true },
];

export const ROUTER_PORT = 4000;

export function subgraphPortEnv(name: SubgraphName): string {
  return `${name.toUpperCase()}_PORT`;
}
