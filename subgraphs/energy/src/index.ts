// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startEnergy as start, startEnergy } from './app';
export { migrations } from './migrations';
export { buildEnergySchema, energySchemaDefinition as schemaDefinition } from './subgraph';
