// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startAgents as start, startAgents } from './app';
export { migrations } from './migrations';
export { buildAgentsSchema, agentsSchemaDefinition as schemaDefinition } from './subgraph';
