// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startDocuments as start, startDocuments } from './app';
export { migrations } from './migrations';
export { buildDocumentsSchema, documentsSchemaDefinition as schemaDefinition } from './subgraph';
