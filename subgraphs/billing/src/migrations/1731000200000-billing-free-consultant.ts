import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Free plan gets the executive consultant module with the limits it already had (10 analyses a
 * month, 1 at a time): the consultant's concurrency rule (Free 1, Pro 5) needs Free to have it.
 * Existing Free accounts are told through plan.changed (identity mirrors the modules into tokens);
 * new accounts get it from their first plan.changed and from identity's sign-up defaults.
 */
export class BillingFreeConsultant1731000200000 implements MigrationInterface {
  name = 'BillingFreeConsultant1731000200000';

  async up(qr: QueryRunner): Promise<void> {
    // Plans are written by staff only and subscriptions read across accounts by staff (RLS): this
    // transaction acts as staff, in no tenant.
    await qr.query(`select set_config('app.staff', 'on', true), set_config('app.tenant_id', '00000000-0000-0000-0000-000000000000', true)`);
    await qr.query(
      `update billing.plans set modules = array_append(modules, 'consultant'),
         description = 'Para começar: documentos fiscais, limite do MEI, financeiro e 10 análises do consultor por mês.', updated_at = now()
       where code = 'free' and not ('consultant' = any (modules))`,
    );
    await qr.query(
      `insert into billing.outbox (id, tenant_id, type, payload, created_at)
       select gen_random_uuid(), s.tenant_id, 'plan.changed',
              jsonb_build_object('accountId', s.tenant_id, 'planCode', 'free', 'modules', to_jsonb(p.modules), 'status', s.status), now()
         from billing.subscriptions s join billing.plans p on p.code = s.plan_code
        where s.plan_code = 'free'`,
    );
  }

  async down(): Promise<void> {
    throw new Error('billing migrations are forward-only');
  }
}
