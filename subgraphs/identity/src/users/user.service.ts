import type { DataSource } from 'typeorm';
import { parseInput, runInTenant, type AccessClaims } from '@prumo/kit';
import { UserEntity } from './user.entity';
import { updateProfileSchema } from './user.inputs';

export class UserService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Users the caller may see: themself, people of their current account (memberships visible under
   * the tenant's RLS), or anyone for staff. One query for any number of ids.
   */
  async loadVisible(auth: AccessClaims, ids: readonly string[]): Promise<(UserEntity | null)[]> {
    const rows = await runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, (em) =>
      em
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('u.id = any(:ids)', { ids: [...ids] })
        .andWhere(
          '(u.id = :self or :staff or exists (select 1 from identity.memberships m where m.user_id = u.id and m.tenant_id = :tid))',
          { self: auth.sub, staff: auth.staff, tid: auth.tid },
        )
        .getMany(),
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The signed-in person's own name and WhatsApp number (users are global: no tenant scope). */
  async updateProfile(auth: AccessClaims, raw: unknown): Promise<UserEntity> {
    const input = parseInput(updateProfileSchema, raw);
    const repo = this.ds.getRepository(UserEntity);
    const changes = { ...(input.name !== undefined && { name: input.name }), ...(input.whatsapp !== undefined && { whatsapp: input.whatsapp }) };
    if (Object.keys(changes).length) await repo.update({ id: auth.sub }, changes);
    return repo.findOneByOrFail({ id: auth.sub });
  }
}
