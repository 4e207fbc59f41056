import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { newId } from '@prumo/kit';
import { RefreshTokenEntity, SessionEntity } from './session.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

/**
 * Sessions and their refresh-token families. Tokens are opaque, stored hashed, single use: each
 * refresh rotates; presenting a rotated token again revokes the whole family (token theft).
 */
export class SessionService {
  constructor(private readonly refreshTtlDays: number) {}

  async create(em: EntityManager, userId: string, accountId: string, meta: { ip?: string; userAgent?: string }) {
    const session = em.create(SessionEntity, {
      id: newId(),
      userId,
      accountId,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      lastUsedAt: new Date(),
      revokedAt: null,
      revokedReason: null,
    });
    await em.insert(SessionEntity, session);
    const refreshToken = await this.issueRefresh(em, session.id);
    return { session, refreshToken };
  }

  async issueRefresh(em: EntityManager, sessionId: string): Promise<string> {
    const token = randomToken();
    await em.insert(RefreshTokenEntity, {
      id: newId(),
      sessionId,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + this.refreshTtlDays * 86_400_000),
      rotatedAt: null,
    });
    return token;
  }

  /** Locks the token row: two concurrent refreshes with one token cannot both rotate it. */
  async findForRefresh(em: EntityManager, token: string) {
    const rows: Array<{ id: string; session_id: string; expires_at: Date; rotated_at: Date | null }> = await em.query(
      `select id, session_id, expires_at, rotated_at from identity.refresh_tokens where token_hash = $1 for update`,
      [hashToken(token)],
    );
    if (!rows.length) return null;
    const session = await em.findOneBy(SessionEntity, { id: rows[0].session_id });
    return session ? { token: rows[0], session } : null;
  }

  async rotate(em: EntityManager, tokenId: string, sessionId: string): Promise<string> {
    await em.update(RefreshTokenEntity, { id: tokenId }, { rotatedAt: new Date() });
    await em.update(SessionEntity, { id: sessionId }, { lastUsedAt: new Date() });
    return this.issueRefresh(em, sessionId);
  }

  /** Rotates every live token of the session (switching accounts hands out a fresh one). */
  async rotateAll(em: EntityManager, sessionId: string): Promise<string> {
    await em.query(`update identity.refresh_tokens set rotated_at = now() where session_id = $1 and rotated_at is null`, [sessionId]);
    return this.issueRefresh(em, sessionId);
  }

  async revoke(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    await em.query(`update identity.sessions set revoked_at = now(), revoked_reason = $2 where id = $1 and revoked_at is null`, [
      sessionId,
      reason,
    ]);
  }

  async isActive(em: EntityManager, sessionId: string): Promise<boolean> {
    const rows = await em.query(`select 1 from identity.sessions where id = $1 and revoked_at is null`, [sessionId]);
    return rows.length > 0;
  }
}
