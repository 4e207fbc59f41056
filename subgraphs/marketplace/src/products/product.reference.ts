import { byKey, requireAuth } from '@prumo/kit';
import { toBrand, toCategory, type Brand, type Category } from '../catalog/catalog.types';
import type { MarketplaceContext } from '../context';
import { toSeller, type Seller } from '../sellers/seller.types';
import { toProduct, type Product } from './product.types';

/** Request-scoped batched loaders: a page costs one query per referenced kind, not one per row. */
export function marketplaceLoaders(ctx: MarketplaceContext) {
  const tid = requireAuth(ctx).tid;
  const s = ctx.services;
  return {
    product: ctx.loaders.get<string, Product | null>('products', async (ids) =>
      byKey(ids, await s.products.loadMany(tid, ids), (r: any) => r.id).map((r) => (r ? toProduct(r, tid) : null)),
    ),
    ownProduct: ctx.loaders.get<string, Product | null>('own-products', async (ids) =>
      byKey(ids, await s.products.loadOwn(tid, ids), (r: any) => r.id).map((r) => (r ? toProduct(r, tid) : null)),
    ),
    category: ctx.loaders.get<string, Category | null>('categories', async (ids) =>
      byKey(ids, await s.catalog.categoriesByIds(tid, ids), (r: any) => r.id).map((r) => (r ? toCategory(r) : null)),
    ),
    brand: ctx.loaders.get<string, Brand | null>('brands', async (ids) =>
      byKey(ids, await s.catalog.brandsByIds(tid, ids), (r: any) => r.id).map((r) => (r ? toBrand(r) : null)),
    ),
    seller: ctx.loaders.get<string, Seller>('sellers', async (ids) =>
      byKey(ids, await s.sellers.byTenants(tid, ids), (r: any) => r.tenant_id).map((r, i) => toSeller(ids[i], r)),
    ),
  };
}

export const productReference = {
  __resolveReference: (ref: { id: string }, ctx: MarketplaceContext) => marketplaceLoaders(ctx).product.load(ref.id),
};
