import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, HTTP_STATUS } from '../errors';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | '*';
  /** Exact path, or a prefix ending in `*` (e.g. `/uploads/*`). */
  path: string;
  handler: Handler;
}

export function matchRoute(routes: Route[], method: string, pathname: string): Route | undefined {
  return routes.find(
    (r) =>
      (r.method === '*' || r.method === method) &&
      (r.path.endsWith('*') ? pathname.startsWith(r.path.slice(0, -1)) : pathname === r.path),
  );
}

export class BodyTooLargeError extends Error {}

/** Reads the raw body, refusing more than `limit` bytes (413 before buffering the rest). */
export async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload), ...headers });
  res.end(payload);
}

/** Errors of REST-style routes: the same codes and pt-BR messages as GraphQL errors. */
export function sendError(res: ServerResponse, err: unknown, requestId?: string): void {
  if (err instanceof BodyTooLargeError) {
    sendJson(res, 413, { error: { code: 'BAD_USER_INPUT', message: 'A requisição é grande demais.' } });
    return;
  }
  if (err instanceof AppError) {
    sendJson(res, HTTP_STATUS[err.code], { error: { ...err.extensions, message: err.message } });
    return;
  }
  sendJson(res, 500, { error: { code: 'INTERNAL', message: 'Ocorreu um erro inesperado. Tente novamente em instantes.', requestId } });
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
