import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { conflict, newId, notFound, parseInput, runInTenant, runOutsideTenant, unauthenticated, type AccessClaims } from '@prumo/kit';
import { AccountEntity } from '../accounts/account.entity';
import type { AuditService } from '../audit/audit.service';
import type { RequestMeta } from '../auth/auth.service';
import type { TokenIssuer } from '../auth/token-issuer';
import { UserEntity } from '../users/user.entity';
import { ApiKeyEntity } from './api-key.entity';
import { createApiKeySchema } from './api-key.inputs';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
/** Format: `prumo_<prefix 12 hex>_<secret 43 base64url>`; the prefix finds the row, the secret proves it. */
const KEY_RE = /^prumo_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;
/** Tokens exchanged for a key are short: revocation takes effect within this many seconds. */
export const API_KEY_TOKEN_TTL_SECONDS = 300;

export class ApiKeyService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokenIssuer,
  ) {}

  async create(auth: AccessClaims, raw: unknown, meta: RequestMeta) {
    const input = parseInput(createApiKeySchema, raw);
    const prefix = randomBytes(6).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    return runInTenant(this.ds, auth.tid, async (em) => {
      const entity = em.create(ApiKeyEntity, {
        id: newId(),
        tenantId: auth.tid,
        name: input.name,
        prefix,
        secretHash: sha256(secret),
        scopes: input.scopes,
        createdBy: auth.sub,
        lastUsedAt: null,
        revokedAt: null,
      });
      await em.insert(ApiKeyEntity, entity);
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'api_key_created', target: entity.id, ip: meta.ip, userAgent: meta.userAgent, metadata: { name: input.name, scopes: input.scopes } });
      const saved = await em.findOneByOrFail(ApiKeyEntity, { id: entity.id });
      return { apiKey: saved, secret: `prumo_${prefix}_${secret}` };
    });
  }

  async list(tenantId: string): Promise<ApiKeyEntity[]> {
    return runInTenant(this.ds, tenantId, (em) => em.find(ApiKeyEntity, { order: { createdAt: 'DESC' } }));
  }

  async revoke(auth: AccessClaims, id: string, meta: RequestMeta): Promise<ApiKeyEntity> {
    return runInTenant(this.ds, auth.tid, async (em) => {
      const key = await em.findOneBy(ApiKeyEntity, { id });
      if (!key) throw notFound('Chave de API não encontrada.');
      if (key.revokedAt) throw conflict('Esta chave já foi revogada.');
      key.revokedAt = new Date();
      await em.save(key);
      await this.audit.record(em, { tenantId: auth.tid, actorUserId: auth.sub, action: 'api_key_revoked', target: id, ip: meta.ip, userAgent: meta.userAgent });
      return key;
    });
  }

  /**
   * Internal (router only): trades a key for a short-lived access token acting as the key's creator
   * with role member and the key's scopes.
   */
  async exchange(key: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const m = KEY_RE.exec(key.trim());
    if (!m) throw unauthenticated('Chave de API inválida.');
    const [, prefix, secret] = m;
    const found = await runOutsideTenant(
      this.ds,
      async (em) => {
        const row = await em.findOneBy(ApiKeyEntity, { prefix });
        if (!row || row.revokedAt) return null;
        const a = Buffer.from(row.secretHash, 'hex');
        const b = Buffer.from(sha256(secret), 'hex');
        if (a.length !== b.length || !timingSafeEqual(a, b)) return null;
        return row;
      },
      { settings: { 'app.lookup_key': prefix } },
    );
    if (!found) throw unauthenticated('Chave de API inválida ou revogada.');
    return runInTenant(this.ds, found.tenantId, async (em) => {
      const account = await em.findOneByOrFail(AccountEntity, { id: found.tenantId });
      const user = await em.findOneByOrFail(UserEntity, { id: found.createdBy });
      if (account.status !== 'active') throw unauthenticated('A conta desta chave está suspensa.');
      // last_used_at at minute resolution: no write per request.
      await em.query(
        `update identity.api_keys set last_used_at = now() where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')`,
        [found.id],
      );
      const access = this.tokens.issue(user, account, 'member', found.id, { scopes: found.scopes, akid: found.id }, API_KEY_TOKEN_TTL_SECONDS);
      return { accessToken: access.token, expiresAt: access.expiresAt };
    });
  }
}
