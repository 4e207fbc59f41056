import { createPublicKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { AccessClaims } from './claims';
import { type Jwk, tokenError, type TokenSettings, verifyWithKey } from './tokens';

export interface AccessTokenVerifier {
  verify(token: string): Promise<AccessClaims>;
}

/**
 * Verifies access tokens against identity's JWKS. Keys are cached by `kid`; an unknown `kid`
 * triggers one refetch (at most every `minRefetchMs`), so a key rotation is picked up without
 * hammering identity.
 */
export function createJwksVerifier(
  jwksUrl: string,
  settings: TokenSettings,
  opts: { minRefetchMs?: number; fetchImpl?: typeof fetch } = {},
): AccessTokenVerifier {
  const keys = new Map<string, KeyObject>();
  let lastFetch = 0;
  let inflight: Promise<void> | null = null;
  const minRefetchMs = opts.minRefetchMs ?? 30_000;
  const doFetch = opts.fetchImpl ?? fetch;

  async function refresh(): Promise<void> {
    if (inflight) return inflight;
    if (Date.now() - lastFetch < minRefetchMs && keys.size > 0) return;
    inflight = (async () => {
      try {
        const res = await doFetch(jwksUrl, { signal: AbortSignal.timeout(5000) });
        if (!res.ok) throw new Error(`JWKS ${res.status}`);
        const body = (await res.json()) as { keys: Jwk[] };
        for (const jwk of body.keys) keys.set(jwk.kid, createPublicKey({ key: jwk, format: 'jwk' }));
        lastFetch = Date.now();
      } finally {
        inflight = null;
      }
    })();
    return inflight;
  }

  return {
    async verify(token: string): Promise<AccessClaims> {
      const decoded = jwt.decode(token, { complete: true });
      const kid = decoded?.header.kid;
      if (!kid) throw tokenError(new Error('no kid'));
      let key = keys.get(kid);
      if (!key) {
        await refresh().catch(() => undefined);
        key = keys.get(kid);
      }
      if (!key) throw tokenError(new Error('unknown kid'));
      return verifyWithKey(token, key, settings);
    },
  };
}

/** Identity verifies its own tokens with its own key, no network hop. */
export function createLocalVerifier(privateKeyPem: string, settings: TokenSettings): AccessTokenVerifier {
  const key = createPublicKey(privateKeyPem);
  return { verify: async (token) => verifyWithKey(token, key, settings) };
}
