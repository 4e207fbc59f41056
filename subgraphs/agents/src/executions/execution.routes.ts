import { signedFileRoute, type Route, type StorageDriver } from '@prumo/kit';

const isPdf = (key: string) => key.endsWith('.pdf');

/** GET /files/agents/... : exported reports behind signed, expiring links. */
export function executionFileRoutes(storage: StorageDriver): Route[] {
  return [
    signedFileRoute(storage, {
      area: 'agents',
      contentType: (_bytes, key) => (isPdf(key) ? 'application/pdf' : 'text/markdown; charset=utf-8'),
      defaultName: (key) => (isPdf(key) ? 'analise.pdf' : 'analise.md'),
      disposition: (key) => (isPdf(key) ? 'inline' : 'attachment'),
    }),
  ];
}
