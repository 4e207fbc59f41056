import { signedFileRoute, type Route, type StorageDriver } from '@prumo/kit';
import { sniffImage } from '../products/product.service';

/** GET /files/marketplace/... : product images behind signed, expiring URLs. */
export function fileRoutes(storage: StorageDriver): Route[] {
  return [
    signedFileRoute(storage, {
      area: 'marketplace',
      contentType: (bytes) => sniffImage(bytes)?.contentType ?? 'application/octet-stream',
      maxAgeSeconds: 3600,
    }),
  ];
}
