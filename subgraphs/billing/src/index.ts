// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startBilling as start, startBilling } from './app';
export { migrations } from './migrations';
export { billingSchemaDefinition as schemaDefinition, buildBillingSchema } from './subgraph';
