// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startIdentity as start, startIdentity } from './app';
export { migrations } from './migrations';
export { buildIdentitySchema, identitySchemaDefinition as schemaDefinition } from './subgraph';
