import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, newId, pageSize, runInTenant, toConnection } from '@prumo/kit';
import { AuditEventEntity } from './audit-event.entity';
import { toAuditEvent } from './audit.types';

export interface AuditEntry {
  tenantId: string;
  actorUserId: string | null;
  action: string;
  target?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  metadata?: Record<string, unknown>;
}

/** The account's security log: who did what, from where. Append-only. */
export class AuditService {
  constructor(private readonly ds: DataSource) {}

  /** Records inside the caller's transaction (same tenant): the entry commits with the change. */
  async record(em: EntityManager, entry: AuditEntry): Promise<void> {
    await em.query(
      `insert into identity.audit_events (tenant_id, id, actor_user_id, action, target, ip, user_agent, metadata)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [entry.tenantId, newId(), entry.actorUserId, entry.action, entry.target ?? null, entry.ip ?? null, entry.userAgent?.slice(0, 300) ?? null, JSON.stringify(entry.metadata ?? {})],
    );
  }

  /** Records in its own transaction (for events whose main work failed or ran in another scope). */
  async recordAlone(entry: AuditEntry): Promise<void> {
    await runInTenant(this.ds, entry.tenantId, (em) => this.record(em, entry));
  }

  async list(tenantId: string, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runInTenant(this.ds, tenantId, async (em) => {
      const qb = em
        .getRepository(AuditEventEntity)
        .createQueryBuilder('a')
        .orderBy('a.created_at', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .limit(limit + 1);
      if (cursor) qb.where('(a.created_at, a.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
      const rows = await qb.getMany();
      return toConnection(rows, limit, toAuditEvent, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
    });
  }
}
