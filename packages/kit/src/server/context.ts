import type { Logger } from 'pino';
import type { AccessClaims } from '../auth/claims';
import type { LoaderRegistry } from '../db/loaders';
import { type AppError, unauthenticated } from '../errors';

/** What every resolver gets. Subgraphs extend it with their own services. */
export interface RequestContext {
  requestId: string;
  /** Verified access-token claims, or null for anonymous requests. */
  auth: AccessClaims | null;
  /** Why a presented token was rejected; raised only when an operation needs auth. */
  authError: AppError | null;
  /** Client IP as seen by the router (x-prumo-client-ip), else the socket's. */
  ip: string;
  userAgent: string;
  loaders: LoaderRegistry;
  log: Logger;
}

/** The caller's claims; throws UNAUTHENTICATED (or the token's own error) for anonymous callers. */
export function requireAuth(ctx: RequestContext): AccessClaims {
  if (ctx.auth) return ctx.auth;
  throw ctx.authError ?? unauthenticated();
}
