import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves the built client (production and `npm start`): hashed assets cached for a year, every
 * other path falls back to index.html (client-side routes).
 */
export function staticClient(dir: string | undefined) {
  const root = dir ? resolve(dir) : undefined;
  const index = root ? join(root, 'index.html') : undefined;
  const available = () => !!index && existsSync(index);
  return {
    available,
    serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean {
      if (!root || !available() || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
      const file = normalize(join(root, decodeURIComponent(pathname)));
      let target = index!;
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) target = file;
      const hashed = target.includes(`${root}/assets/`);
      res.writeHead(200, {
        'content-type': TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(target).pipe(res);
      return true;
    },
  };
}
