import { createStorage, loadConfig, QuotaClient, startSubgraph, type AccessTokenVerifier, type BaseConfig, type RunningSubgraph } from '@prumo/kit';
import { CatalogService } from './catalog/catalog.service';
import type { MarketplaceContext, MarketplaceServices } from './context';
import { entities } from './entities';
import { fileRoutes } from './files/file.routes';
import { InquiryService } from './inquiries/inquiry.service';
import { OrderService } from './orders/order.service';
import { ProductService } from './products/product.service';
import { SellerService } from './sellers/seller.service';
import { marketplaceSchemaDefinition } from './subgraph';

export interface StartMarketplaceOptions {
  config?: BaseConfig;
  port?: number;
  role?: 'server' | 'worker' | 'all';
  env?: NodeJS.ProcessEnv;
  verifier?: AccessTokenVerifier;
}

export async function startMarketplace(opts: StartMarketplaceOptions = {}): Promise<RunningSubgraph & { services: MarketplaceServices }> {
  const config = opts.config ?? loadConfig();
  let services!: MarketplaceServices;
  const running = await startSubgraph<MarketplaceContext>({
    name: 'marketplace',
    config,
    entities,
    port: opts.port ?? config.MARKETPLACE_PORT,
    role: opts.role,
    verifier: opts.verifier,
    setup: ({ ds }) => {
      const storage = createStorage(config);
      const quota = new QuotaClient({ billingUrl: config.BILLING_URL, serviceSecret: config.serviceTokenSecret, service: 'marketplace' });
      const sellers = new SellerService(ds);
      services = {
        ds,
        catalog: new CatalogService(ds),
        products: new ProductService(ds, quota, storage),
        sellers,
        orders: new OrderService(ds),
        inquiries: new InquiryService(ds),
      };
      return {
        schema: marketplaceSchemaDefinition,
        context: (base) => ({ ...base, services }),
        routes: fileRoutes(storage),
        eventHandlers: {
          'account.created': async (event, em) => sellers.ensure(em, event.payload.accountId, event.payload.name),
        },
      };
    },
  });
  return Object.assign(running, { services });
}
