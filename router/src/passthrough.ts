import type { IncomingMessage, ServerResponse } from 'node:http';
import { request as httpRequest } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { SubgraphName } from '@prumo/kit';

/** REST paths the router hands to the subgraph that owns them, streaming bodies both ways. */
export interface PassthroughRule {
  prefix: `/webhooks/${string}` | `/uploads/${string}` | `/files/${string}` | `/checkout/${string}`;
  subgraph: SubgraphName;
}

/** Grows as subgraphs arrive (documents' uploads and files, ...). */
export const PASSTHROUGH_RULES: PassthroughRule[] = [
  { prefix: '/webhooks/stripe', subgraph: 'billing' },
  // WhatsApp Cloud API delivery statuses (signed with the app secret; identity owns notifications).
  { prefix: '/webhooks/whatsapp', subgraph: 'identity' },
  // The offline sandbox checkout and customer portal (only answered when Stripe is not configured).
  { prefix: '/checkout/', subgraph: 'billing' },
  // One-time upload URLs and signed file downloads of fiscal documents.
  { prefix: '/uploads/', subgraph: 'documents' },
  { prefix: '/files/documents/', subgraph: 'documents' },
  // Signed links to cached energy invoice PDFs.
  { prefix: '/files/energy/', subgraph: 'energy' },
  // Signed downloads of marketplace product images.
  { prefix: '/files/marketplace/', subgraph: 'marketplace' },
  // Exported consultant reports (Markdown/PDF) behind signed, expiring links.
  { prefix: '/files/agents/', subgraph: 'agents' },
];

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host']);

export function findPassthrough(rules: PassthroughRule[], pathname: string): PassthroughRule | undefined {
  return rules.find((r) => pathname.startsWith(r.prefix));
}

/**
 * Proxies the request unchanged (raw body: webhook signatures are computed over it), adding the
 * request id and client IP. Internal headers sent by the client are dropped.
 */
export async function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  targetBase: string,
  extraHeaders: Record<string, string>,
): Promise<void> {
  const target = new URL(req.url ?? '/', targetBase);
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    // Internal headers are the router's to set; traceparent is re-issued for this hop.
    if (v === undefined || HOP_BY_HOP.has(k) || k.startsWith('x-prumo-') || k === 'traceparent') continue;
    headers[k] = v;
  }
  Object.assign(headers, extraHeaders);
  await new Promise<void>((resolve, reject) => {
    const upstream = httpRequest(target, { method: req.method, headers }, (up) => {
      const out: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(up.headers)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = v;
      res.writeHead(up.statusCode ?? 502, out);
      pipeline(up, res).then(resolve, reject);
    });
    upstream.on('error', reject);
    pipeline(req, upstream).catch(reject);
  });
}
