import type { ApolloServerPlugin } from '@apollo/server';
import { parse as parseCookie, serialize } from 'cookie';
import type { IncomingMessage } from 'node:http';
import type { RouterContext } from './context';

export const REFRESH_COOKIE = 'prumo_rt';
/** The web client sends this header; it also makes cross-site requests preflighted (CSRF). */
export const WEB_CLIENT_HEADER = 'x-prumo-web';

export function refreshCookie(token: string, secure: boolean): string {
  return serialize(REFRESH_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: 'strict',
    path: '/auth',
    maxAge: 30 * 86_400,
  });
}

export function clearRefreshCookie(secure: boolean): string {
  return serialize(REFRESH_COOKIE, '', { httpOnly: true, secure, sameSite: 'strict', path: '/auth', maxAge: 0 });
}

export function readRefreshCookie(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  return header ? parseCookie(header)[REFRESH_COOKIE] : undefined;
}

/**
 * For the web client, the refresh token never reaches page scripts: any auth payload in a response
 * has its `refreshToken` moved into an httpOnly, SameSite=Strict cookie scoped to /auth.
 */
export function refreshCookiePlugin(secure: boolean): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.webClient || response.body.kind !== 'single') return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          for (const value of Object.values(data ?? {})) {
            const payload = value as { refreshToken?: unknown } | null;
            if (payload && typeof payload === 'object' && typeof payload.refreshToken === 'string' && payload.refreshToken) {
              contextValue.setCookies.push(refreshCookie(payload.refreshToken, secure));
              payload.refreshToken = '';
            }
          }
        },
      };
    },
  };
}
