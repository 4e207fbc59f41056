import type { DataSource, EntityManager } from 'typeorm';
import { decodeCursor, notFound, pageSize, runInTenant, runOutsideTenant, toConnection, type AccessClaims, type Role } from '@prumo/kit';
import { MembershipEntity } from '../members/membership.entity';
import { AccountEntity } from './account.entity';
import { toAccount } from './account.types';

export interface MembershipWithAccount {
  membership: MembershipEntity;
  account: AccountEntity;
}

export class AccountService {
  constructor(private readonly ds: DataSource) {}

  /**
   * The accounts a user belongs to, oldest first. Needs `app.user_id` set in the transaction: the
   * self-read policies of memberships and accounts make exactly these rows visible.
   */
  async membershipsOfUser(em: EntityManager, userId: string): Promise<MembershipWithAccount[]> {
    const memberships = await em.find(MembershipEntity, { where: { userId }, order: { createdAt: 'ASC' } });
    if (!memberships.length) return [];
    const accounts = await em
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('a.id = any(:ids)', { ids: memberships.map((m) => m.tenantId) })
      .getMany();
    const byId = new Map(accounts.map((a) => [a.id, a]));
    return memberships.filter((m) => byId.has(m.tenantId)).map((m) => ({ membership: m, account: byId.get(m.tenantId)! }));
  }

  async membershipsForUser(userId: string): Promise<MembershipWithAccount[]> {
    return runOutsideTenant(this.ds, (em) => this.membershipsOfUser(em, userId), { userId });
  }

  /** Accounts by id as the caller may see them (own account, accounts they belong to, or staff). */
  async loadVisible(auth: AccessClaims, ids: readonly string[]): Promise<(AccountEntity | null)[]> {
    const rows = await runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, (em) =>
      em.getRepository(AccountEntity).createQueryBuilder('a').where('a.id = any(:ids)', { ids: [...ids] }).getMany(),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async get(auth: AccessClaims, id: string): Promise<AccountEntity> {
    const [account] = await this.loadVisible(auth, [id]);
    if (!account) throw notFound('Conta não encontrada.');
    return account;
  }

  /** Service-to-service read of one account (the caller's service token names it). */
  async getInternal(id: string): Promise<AccountEntity> {
    const account = await runInTenant(this.ds, id, (em) => em.findOneBy(AccountEntity, { id }));
    if (!account) throw notFound('Conta não encontrada.');
    return account;
  }

  /** Mirrors billing's plan onto the account (consumer of plan.changed). */
  async applyPlan(em: EntityManager, accountId: string, planCode: string, modules: string[], at: string): Promise<void> {
    // Events may arrive out of order: only a newer change overwrites.
    await em.query(
      `update identity.accounts set plan_code = $2, modules = $3, plan_changed_at = $4, updated_at = now()
        where id = $1 and (plan_changed_at is null or plan_changed_at <= $4)`,
      [accountId, planCode, modules, at],
    );
  }

  /** Staff: every account, newest first, optional search by name or tax id. */
  async adminList(staffUserId: string, search: string | undefined, first?: number, after?: string) {
    const limit = pageSize(first);
    const cursor = decodeCursor(after);
    return runOutsideTenant(
      this.ds,
      async (em) => {
        const qb = em.getRepository(AccountEntity).createQueryBuilder('a').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(limit + 1);
        if (search?.trim()) {
          const term = search.trim();
          qb.andWhere('(a.name ilike :q or a.tax_id like :digits)', { q: `%${term}%`, digits: `%${term.replace(/[^0-9A-Za-z]/g, '').toUpperCase()}%` });
        }
        if (cursor) qb.andWhere('(a.created_at, a.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
        const rows = await qb.getMany();
        return toConnection(rows, limit, toAccount, (r) => ({ at: r.createdAt.toISOString(), id: r.id }));
      },
      { userId: staffUserId, staff: true },
    );
  }
}

export type { Role };
