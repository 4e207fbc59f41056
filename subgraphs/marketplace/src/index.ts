// The contract every subgraph package exports (scripts/platform.js and test/platform.ts rely on it).
export { startMarketplace as start, startMarketplace } from './app';
export { migrations } from './migrations';
export { buildMarketplaceSchema, marketplaceSchemaDefinition as schemaDefinition } from './subgraph';
export { productCode, parseProductCode, productCheckLetter } from './products/product-code';
export { parseBrazilianMobile } from './sellers/whatsapp';
export { buildSearchQuery, CORRECT_QUERY_SQL, withPageRows } from './products/product.service';
