import { authExchange } from '@urql/exchange-auth';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange, type Operation } from 'urql';
import { getAccessToken, refreshSession, tokenExpiring, WEB_HEADERS } from './auth';
import { emitUpgradeNeeded } from './events';

function hasBearer(operation: Operation): boolean {
  const fo = operation.context.fetchOptions;
  const options = typeof fo === 'function' ? fo() : fo;
  const headers = (options?.headers ?? {}) as Record<string, string>;
  return !!(headers.Authorization ?? headers.authorization);
}

/** A fresh token for a request or a WebSocket (re)connection; null when signed out. */
async function freshToken(): Promise<string | null> {
  if (getAccessToken() && tokenExpiring(30_000)) await refreshSession().catch(() => null);
  return getAccessToken();
}

function wsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/**
 * graphql-ws on the router's /graphql. Lazy (connects on the first subscription). The router closes
 * with 4403 when the token is invalid or expires; every reconnection asks connectionParams again,
 * which refreshes the token first, so retrying forever (with backoff) is safe.
 */
export function createSubscriptionClient(): WsClient {
  return createWsClient({
    url: wsUrl(),
    lazy: true,
    connectionParams: async () => {
      const token = await freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    shouldRetry: () => true,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    retryWait: async (retries) => {
      const base = Math.min(30_000, 500 * 2 ** Math.min(retries, 6));
      await new Promise((r) => setTimeout(r, base / 2 + Math.random() * (base / 2)));
    },
    keepAlive: 20_000,
  });
}

/** One urql client per session (a new one on sign-in, account switch and sign-out: no stale cache). */
export function createApiClient(ws: WsClient): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { headers: { ...WEB_HEADERS }, credentials: 'same-origin' },
    requestPolicy: 'cache-and-network',
    exchanges: [
      cacheExchange,
      mapExchange({
        onResult(result) {
          for (const e of result.error?.graphQLErrors ?? []) {
            const ext = (e.extensions ?? {}) as Record<string, unknown>;
            if (ext.code === 'PAYMENT_REQUIRED' || ext.code === 'MODULE_DISABLED') {
              emitUpgradeNeeded({ ...(ext as object), code: ext.code, message: e.message });
              break;
            }
          }
          return result;
        },
      }),
      authExchange(async (utils) => ({
        addAuthToOperation(operation) {
          const token = getAccessToken();
          return token ? utils.appendHeaders(operation, { Authorization: `Bearer ${token}` }) : operation;
        },
        willAuthError() {
          return tokenExpiring(30_000);
        },
        didAuthError(error, operation) {
          // Anonymous calls (a wrong password at sign-in) are not a reason to refresh.
          return hasBearer(operation) && error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
        },
        async refreshAuth() {
          await refreshSession().catch(() => null);
        },
      })),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
