// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startLimits as start, startLimits } from './app';
export { migrations } from './migrations';
export { buildLimitsSchema, limitsSchemaDefinition as schemaDefinition } from './subgraph';
export { rebuildAggregates } from './ledger/ledger.job';
