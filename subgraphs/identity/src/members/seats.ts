import type { EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { AppError, overLimit, type QuotaClient, type QuotaMetric } from '@prumo/kit';

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
    const n = await this.count(em);
    try {
      await this.quota.setGauge(tenantId, 'users', n);
    } catch (err) {
      // Billing reports its counter, which lags a brand-new account (its owner is counted when
      // billing reads account.created): the seats taken here are n - 1, whatever billing saw.
      if (!(err instanceof AppError) || err.code !== 'PAYMENT_REQUIRED') throw err;
      const e = err.extensions as { plan: string; metric: QuotaMetric; limit: number; upgradeUrl: string };
      throw overLimit({ plan: e.plan, metric: e.metric, used: n - 1, limit: e.limit, resetsAt: null, upgradeUrl: e.upgradeUrl });
    }
  }

  /** After a seat is freed (lowering never fails on limits; a billing outage heals next time). */
  async sync(em: EntityManager, tenantId: string): Promise<void> {
    const n = await this.count(em);
    await this.quota.setGauge(tenantId, 'users', n).catch((err) => this.logger.warn({ err, tenantId }, 'users gauge not updated; next change fixes it'));
  }
}
