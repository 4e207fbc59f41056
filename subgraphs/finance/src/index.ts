// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startFinance as start, startFinance } from './app';
export { migrations } from './migrations';
export { buildFinanceSchema, financeSchemaDefinition as schemaDefinition } from './subgraph';
export { BANKS, findBank } from './banks/banks.data';
