import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '@prumo/kit';
import { CatalogResolver } from './catalog/catalog.resolver';
import { InquiryResolver } from './inquiries/inquiry.resolver';
import { OrderResolver } from './orders/order.resolver';
import { productReference } from './products/product.reference';
import { ProductResolver } from './products/product.resolver';
import { SellerResolver } from './sellers/seller.resolver';

export const marketplaceSchemaDefinition = {
  resolvers: [CatalogResolver, ProductResolver, OrderResolver, InquiryResolver, SellerResolver] as [Function, ...Function[]],
  referenceResolvers: { Product: productReference },
};

export function buildMarketplaceSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(marketplaceSchemaDefinition);
}
