import { randomUUID } from 'node:crypto';
import { signAccessToken } from '../auth/tokens';
import type { AccessClaims, Role } from '../auth/claims';
import { loadConfig } from '../config';
import { statementRequestId } from '../db/statements';

/** Mints an access token the way identity does, for tests of other subgraphs and the router. */
export function mintToken(opts: Partial<Omit<AccessClaims, 'exp' | 'iat'>> & { role?: Role; ttlSeconds?: number } = {}): string {
  const config = loadConfig();
  const { ttlSeconds, ...claims } = opts;
  return signAccessToken(
    {
      sub: claims.sub ?? randomUUID(),
      tid: claims.tid ?? randomUUID(),
      role: claims.role ?? 'owner',
      staff: claims.staff ?? false,
      mods: claims.mods ?? ['fiscal', 'finance'],
      plan: claims.plan ?? 'free',
      sid: claims.sid ?? randomUUID(),
      ...(claims.scopes ? { scopes: claims.scopes } : {}),
      ...(claims.akid ? { akid: claims.akid } : {}),
    },
    config.jwtPrivateKey,
    ttlSeconds ?? 900,
    { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
  ).token;
}

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
  headers: Headers;
}

/** A minimal GraphQL-over-HTTP client for tests. */
export async function gql<T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<GqlResult<T>> {
  // Inside `countStatements`, the request carries the scope so in-process servers count into it.
  const statementScope = statementRequestId();
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(statementScope ? { 'x-request-id': statementScope } : {}),
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T; errors?: GqlResult['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text, extensions: { code: `HTTP_${res.status}` } }] };
  }
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
}

/** Polls until `fn` returns a truthy value (or throws after `timeoutMs`). */
/** `gql` for a step a test relies on (setup, an action before a wait): its errors fail the test at once, readably. */
export async function gqlOk<T = Record<string, any>>(...args: Parameters<typeof gql>): Promise<T> {
  const r = await gql<T>(...args);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors (HTTP ${r.status}): ${JSON.stringify(r.errors)}`);
  return r.data;
}

export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 10_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`condition not met in ${timeoutMs} ms${lastErr ? `: ${String(lastErr)}` : ''}`);
}
