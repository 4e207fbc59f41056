import { createHash } from 'node:crypto';
import { AppError, signServiceToken, unauthenticated, type AccessClaims, type AccessTokenVerifier } from '@prumo/kit';
import { keepAliveFetch } from './gateway';

/**
 * Trades `x-api-key` for a short-lived access token at identity, cached by the key's hash so a
 * partner's steady traffic costs one exchange per minute, and a revoked key stops within a minute.
 */
export class ApiKeyExchanger {
  private readonly cache = new Map<string, { token: string; claims: AccessClaims; until: number }>();

  constructor(
    private readonly identityUrl: string,
    private readonly serviceSecret: string,
    private readonly verifier: AccessTokenVerifier,
    private readonly cacheMs = 60_000,
  ) {}

  async exchange(key: string): Promise<{ token: string; claims: AccessClaims }> {
    const id = createHash('sha256').update(key).digest('hex');
    const hit = this.cache.get(id);
    if (hit && hit.until > Date.now()) return hit;
    const res = await keepAliveFetch(`${this.identityUrl}/internal/api-keys/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signServiceToken(this.serviceSecret, { svc: 'router' })}` },
      body: JSON.stringify({ key }),
    });
    const body = (await res.json()) as { accessToken?: string; error?: { message?: string } };
    if (res.status === 401) {
      this.cache.delete(id);
      throw unauthenticated(body.error?.message ?? 'Chave de API inválida.');
    }
    if (!res.ok || !body.accessToken) throw new AppError('INTERNAL');
    const claims = await this.verifier.verify(body.accessToken);
    const entry = { token: body.accessToken, claims, until: Math.min(Date.now() + this.cacheMs, claims.exp * 1000 - 30_000) };
    this.cache.set(id, entry);
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return entry;
  }
}
