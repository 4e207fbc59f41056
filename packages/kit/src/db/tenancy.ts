import type { DataSource, EntityManager } from 'typeorm';

/** Who a transaction runs for. The tenant is the Account; RLS reads these settings. */
export interface TenantScope {
  tenantId: string;
  userId?: string;
  /** Platform staff: only policies that explicitly allow staff read across tenants honour it. */
  staff?: boolean;
  /**
   * Extra transaction-local settings read by explicit lookup policies, e.g.
   * `{ 'app.lookup_prefix': 'ab12cd34' }` lets a cross-tenant lookup see exactly one row.
   */
  settings?: Record<string, string>;
}

/** A tenant id that matches no account: for work that must see only rows shared on purpose. */
export const NO_TENANT = '00000000-0000-0000-0000-000000000000';

/**
 * Runs `fn` in a transaction whose first statement sets the tenant (transaction-local:
 * `set_config(..., true)`, never session-level SET, so a pooled connection cannot leak it).
 */
export async function runInTenant<T>(
  ds: DataSource,
  scope: TenantScope | string,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const s = typeof scope === 'string' ? { tenantId: scope } : scope;
  if (!s.tenantId) throw new Error('runInTenant needs a tenant id');
  const names = ['app.tenant_id', 'app.user_id', 'app.staff', ...Object.keys(s.settings ?? {})];
  const values = [s.tenantId, s.userId ?? '', s.staff ? 'on' : 'off', ...Object.values(s.settings ?? {})];
  for (const n of names) if (!/^app\.[a-z_]+$/.test(n)) throw new Error(`bad setting name ${n}`);
  const sql = `select ${names.map((n, i) => `set_config('${n}', $${i + 1}, true)`).join(', ')}`;
  return ds.transaction(async (em) => {
    await em.query(sql, values);
    return fn(em);
  });
}

/** Work that belongs to no tenant (global tables such as users): RLS-protected rows stay invisible. */
export function runOutsideTenant<T>(
  ds: DataSource,
  fn: (em: EntityManager) => Promise<T>,
  opts: Omit<TenantScope, 'tenantId'> = {},
): Promise<T> {
  return runInTenant(ds, { tenantId: NO_TENANT, ...opts }, fn);
}

/**
 * Rows of an UPDATE/DELETE ... RETURNING run through `em.query`: TypeORM's postgres driver answers
 * those commands with `[rows, rowCount]` (and plain rows for SELECT/INSERT). Accepts both.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
