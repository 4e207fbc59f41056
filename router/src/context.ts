import type { AccessClaims } from '@prumo/kit';

/** Per-request context of the router (also what subscriptions execute gateway queries with). */
export interface RouterContext {
  requestId: string;
  traceparent: string;
  ip: string;
  /** The token forwarded to subgraphs (the caller's, or the one exchanged for an API key). */
  token: string | null;
  auth: AccessClaims | null;
  /** Web client asked the router to keep the refresh token in an httpOnly cookie. */
  webClient: boolean;
  /** Set by the cookie plugin; written on the HTTP response. */
  setCookies: string[];
}
