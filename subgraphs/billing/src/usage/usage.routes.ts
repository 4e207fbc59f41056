import type { IncomingMessage } from 'node:http';
import { bearer, headerValue, isUuid, parseId, readRawBody, sendError, sendJson, unauthenticated, verifyServiceToken, type Route } from '@prumo/kit';
import type { UsageService } from './usage.service';

async function body(req: IncomingMessage): Promise<Record<string, any>> {
  const raw = await readRawBody(req, 16 * 1024);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return {};
  }
}

/**
 * The internal quota API: service tokens only (the router never forwards /internal). The service
 * token must name the same tenant as the call, so one service cannot spend another tenant's quota
 * by mistake.
 */
export function quotaRoutes(usage: UsageService, serviceSecret: string): Route[] {
  const handle = (fn: (b: Record<string, any>) => Promise<unknown>): Route['handler'] => async (req, res) => {
    try {
      const token = bearer(headerValue(req, 'authorization'));
      if (!token) throw unauthenticated('Token de serviço ausente.');
      const claims = verifyServiceToken(serviceSecret, token);
      const b = await body(req);
      if (!isUuid(b.tenantId) || claims.tid !== b.tenantId) throw unauthenticated('Token de serviço não corresponde à conta.');
      b.tenantId = parseId(b.tenantId, 'tenantId');
      sendJson(res, 200, await fn(b));
    } catch (err) {
      sendError(res, err);
    }
  };
  return [
    { method: 'POST', path: '/internal/quota/reserve', handler: handle((b) => usage.reserve(b.tenantId, b.metric, b.amount, b.idempotencyKey)) },
    { method: 'POST', path: '/internal/quota/commit', handler: handle((b) => usage.commit(b.tenantId, String(b.idempotencyKey ?? ''), b.actualAmount ?? undefined)) },
    { method: 'POST', path: '/internal/quota/release', handler: handle((b) => usage.release(b.tenantId, String(b.idempotencyKey ?? ''))) },
    { method: 'POST', path: '/internal/quota/gauge', handler: handle((b) => usage.setGauge(b.tenantId, b.metric, b.value)) },
  ];
}
