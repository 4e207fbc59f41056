import type { DataSource } from 'typeorm';
import type { RequestContext } from '@prumo/kit';
import type { CatalogService } from './catalog/catalog.service';
import type { InquiryService } from './inquiries/inquiry.service';
import type { OrderService } from './orders/order.service';
import type { ProductService } from './products/product.service';
import type { SellerService } from './sellers/seller.service';

export interface MarketplaceServices {
  ds: DataSource;
  catalog: CatalogService;
  products: ProductService;
  sellers: SellerService;
  orders: OrderService;
  inquiries: InquiryService;
}

export interface MarketplaceContext extends RequestContext {
  services: MarketplaceServices;
}
