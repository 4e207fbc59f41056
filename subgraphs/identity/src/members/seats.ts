import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import type { QuotaClient } from '@prumo/kit';

/**
 * The `users` gauge at billing: members plus pending (unexpired) invitations, since an invitation
 * holds a seat. Identity always sends the true count (set, not increment), so a lost update heals
 * on the next change.
 */
export class Seats {
  constructor(
    private readonly quota: QuotaClient,
    private readonly logger: Logger,
  ) {}

  async count(em: EntityManager): Promise<number> {
    const r: Array<{ n: number }> = await em.query(
      `select (select count(*) from identity.memberships)::int + (select count(*) from identity.invitations where status = 'pending' and expires_at > now())::int as n`,
    );
    return r[0].n;
  }

  /** Inside the transaction that adds a seat: over the plan's limit -> PAYMENT_REQUIRED, rolled back. */
  async claim(em: EntityManager, tenantId: string): Promise<void> {
    // One seat change at a time per account, so two invitations cannot both take the last seat.
    await em.query(`select 1 from identity.accounts where id = $1 for update`, [tenantId]);
    await this.quota.setGauge(tenantId, 'users', await this.count(em));
  }

  /** After a seat is freed (lowering never fails on limits; a billing outage heals next time). */
  async sync(em: EntityManager, tenantId: string): Promise<void> {
    const n = await this.count(em);
    await this.quota.setGauge(tenantId, 'users', n).catch((err) => this.logger.warn({ err, tenantId }, 'users gauge not updated; next change fixes it'));
  }
}
