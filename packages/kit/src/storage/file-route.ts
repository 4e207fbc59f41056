import { sendError, sendJson, type Route } from '../http/http';
import { LocalStorage, type StorageDriver } from './storage';

export interface SignedFileRouteOptions {
  /** URL prefix under /files/, e.g. 'energy' serves GET /files/energy/... */
  area: string;
  /** Content type of the stored bytes (sniffed or from the key). */
  contentType(bytes: Buffer, key: string): string;
  /** Download name when the link carries none; absent = no content-disposition header. */
  defaultName?(key: string): string;
  /** `attachment` forces a download; `inline` (default) lets the browser show it. */
  disposition?(key: string): 'inline' | 'attachment';
  maxAgeSeconds?: number;
}

/**
 * GET /files/<area>/... : bytes behind the signed, expiring links of the local storage driver
 * (S3 links go straight to the bucket and never reach this route). A wrong or expired signature: 403.
 */
export function signedFileRoute(storage: StorageDriver, opts: SignedFileRouteOptions): Route {
  return {
    method: 'GET',
    path: `/files/${opts.area}/*`,
    handler: async (_req, res, url) => {
      const key = decodeURIComponent(url.pathname.slice('/files/'.length));
      const name = url.searchParams.get('name');
      if (!(storage instanceof LocalStorage) || !storage.verify(key, url.searchParams.get('exp'), url.searchParams.get('sig'), name)) {
        return sendJson(res, 403, { error: { code: 'FORBIDDEN', message: 'Link expirado ou inválido.' } });
      }
      try {
        const bytes = await storage.get(key);
        const filename = name ?? opts.defaultName?.(key);
        res.writeHead(200, {
          'content-type': opts.contentType(bytes, key),
          'content-length': bytes.length,
          ...(filename ? { 'content-disposition': `${opts.disposition?.(key) ?? 'inline'}; filename="${filename.replace(/[^\w.\- ]/g, '_')}"` } : {}),
          'cache-control': `private, max-age=${opts.maxAgeSeconds ?? 600}`,
          'x-content-type-options': 'nosniff',
        });
        res.end(bytes);
      } catch (err) {
        sendError(res, err);
      }
    },
  };
}
