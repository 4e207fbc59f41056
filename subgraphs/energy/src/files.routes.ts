import { signedFileRoute, type Route, type StorageDriver } from '@prumo/kit';

/** GET /files/energy/... : signed, expiring links to cached invoice PDFs. */
export function fileRoutes(storage: StorageDriver): Route[] {
  return [signedFileRoute(storage, { area: 'energy', contentType: () => 'application/pdf', defaultName: () => 'fatura.pdf' })];
}
