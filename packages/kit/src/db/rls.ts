import type { QueryRunner } from 'typeorm';

const TENANT = `current_setting('app.tenant_id')::uuid`;

/**
 * Migration helper: turns on row-level security for a tenant-owned table. ENABLE + FORCE (so even
 * the owner is filtered), one policy USING and WITH CHECK on the transaction's tenant. No fallback:
 * with app.tenant_id unset the cast fails and the statement errors loudly.
 */
export async function enableTenantRls(qr: QueryRunner, table: string): Promise<void> {
  await qr.query(`alter table ${table} enable row level security`);
  await qr.query(`alter table ${table} force row level security`);
  await qr.query(
    `create policy tenant_isolation on ${table} using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
  );
}

/** An explicit extra read policy (data shared on purpose), e.g. staff reads or public listings. */
export async function addReadPolicy(qr: QueryRunner, table: string, name: string, using: string): Promise<void> {
  await qr.query(`create policy ${name} on ${table} for select using (${using})`);
}

/** SQL fragments for policies. */
export const POLICY = {
  staff: `current_setting('app.staff', true) = 'on'`,
  currentUser: `nullif(current_setting('app.user_id', true), '')::uuid`,
  currentTenant: TENANT,
};

/**
 * Reference data shared on purpose (plans, legal rules, bank codes): every account reads it, only
 * platform staff writes it. RLS is still on, so the rule is explicit in the database.
 */
export async function enableSharedReadRls(qr: QueryRunner, table: string): Promise<void> {
  await qr.query(`alter table ${table} enable row level security`);
  await qr.query(`alter table ${table} force row level security`);
  await qr.query(`create policy public_read on ${table} for select using (true)`);
  await qr.query(`create policy staff_write on ${table} for all using (${POLICY.staff}) with check (${POLICY.staff})`);
}

/**
 * Migration helper: grants EXECUTE on a (SECURITY DEFINER) function to the roles that hold
 * `privilege` on `schema.table` — the app role, whatever it is called in this database — and takes
 * it from PUBLIC. New functions normally get EXECUTE through the schema's default privileges (kit
 * bootstrap); this makes it explicit for databases whose defaults differ.
 */
export async function grantExecuteLikeTable(qr: QueryRunner, fn: string, schema: string, table: string, privilege: 'SELECT' | 'INSERT' | 'UPDATE' = 'SELECT'): Promise<void> {
  await qr.query(`revoke all on function ${fn} from public`);
  const rows: Array<{ grantee: string }> = await qr.query(
    `select distinct grantee from information_schema.role_table_grants
      where table_schema = $1 and table_name = $2 and privilege_type = $3 and grantee <> current_user`,
    [schema, table, privilege],
  );
  for (const r of rows) await qr.query(`grant execute on function ${fn} to "${r.grantee.replace(/"/g, '""')}"`);
}
