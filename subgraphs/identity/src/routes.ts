import {
  bearer,
  headerValue,
  isUuid,
  publicJwk,
  readRawBody,
  sendError,
  sendJson,
  unauthenticated,
  verifyServiceToken,
  type Route,
} from '@prumo/kit';
import type { IncomingMessage } from 'node:http';
import type { IdentityServices } from './context';

/** Internal routes accept only service tokens; the router never forwards /internal. */
function requireService(req: IncomingMessage, secret: string) {
  const token = bearer(headerValue(req, 'authorization'));
  if (!token) throw unauthenticated('Token de serviço ausente.');
  return verifyServiceToken(secret, token);
}

async function jsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const raw = await readRawBody(req, 16 * 1024);
  try {
    return JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function identityRoutes(services: IdentityServices, privateKey: string, serviceSecret: string): Route[] {
  const jwks = { keys: [publicJwk(privateKey)] };
  return [
    {
      method: 'GET',
      path: '/.well-known/jwks.json',
      handler: (_req, res) => sendJson(res, 200, jwks, { 'cache-control': 'public, max-age=300' }),
    },
    {
      method: 'POST',
      path: '/internal/api-keys/exchange',
      handler: async (req, res) => {
        try {
          requireService(req, serviceSecret);
          const body = await jsonBody(req);
          const result = await services.apiKeys.exchange(String(body.key ?? ''));
          sendJson(res, 200, { accessToken: result.accessToken, expiresAt: result.expiresAt.toISOString() });
        } catch (err) {
          sendError(res, err);
        }
      },
    },
    {
      // Other subgraphs read an account's tax id (documents tells issued from received by it).
      method: 'GET',
      path: '/internal/accounts/*',
      handler: async (req, res, url) => {
        try {
          const claims = requireService(req, serviceSecret);
          const id = url.pathname.split('/')[3] ?? '';
          if (!isUuid(id) || claims.tid !== id) throw unauthenticated('Token de serviço não corresponde à conta.');
          const account = await services.accounts.getInternal(id);
          sendJson(res, 200, { id: account.id, taxId: account.taxId, name: account.name, status: account.status });
        } catch (err) {
          sendError(res, err);
        }
      },
    },
    {
      // Agents' tools and background jobs call the supergraph as the user (5-minute token).
      method: 'POST',
      path: '/internal/tokens/delegate',
      handler: async (req, res) => {
        try {
          const claims = requireService(req, serviceSecret);
          const body = await jsonBody(req);
          const userId = String(body.userId ?? '');
          const tenantId = String(body.tenantId ?? '');
          if (!isUuid(userId) || !isUuid(tenantId) || claims.tid !== tenantId) throw unauthenticated('Token de serviço não corresponde à conta.');
          const result = await services.auth.delegatedToken(userId, tenantId);
          sendJson(res, 200, { accessToken: result.accessToken, expiresAt: result.expiresAt.toISOString() });
        } catch (err) {
          sendError(res, err);
        }
      },
    },
    {
      method: 'POST',
      path: '/internal/sessions/sign-out',
      handler: async (req, res) => {
        try {
          requireService(req, serviceSecret);
          const body = await jsonBody(req);
          sendJson(res, 200, { signedOut: await services.auth.signOutByRefreshToken(String(body.refreshToken ?? '')) });
        } catch (err) {
          sendError(res, err);
        }
      },
    },
  ];
}
