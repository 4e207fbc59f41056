import type { EntityManager } from 'typeorm';
import { signServiceToken } from '@prumo/kit';

/**
 * The account's own CNPJ/CPF, to tell issued from received documents. Filled by account.created;
 * for accounts created before documents existed it is fetched once from identity.
 */
export class AccountProfileService {
  constructor(
    private readonly identityUrl: string,
    private readonly serviceSecret: string,
  ) {}

  async save(em: EntityManager, tenantId: string, taxId: string): Promise<void> {
    await em.query(
      `insert into documents.account_profiles (tenant_id, tax_id) values ($1, $2) on conflict (tenant_id) do update set tax_id = excluded.tax_id, updated_at = now()`,
      [tenantId, taxId],
    );
  }

  async taxId(em: EntityManager, tenantId: string): Promise<string | null> {
    const rows = await em.query(`select tax_id from documents.account_profiles where tenant_id = $1`, [tenantId]);
    if (rows.length) return rows[0].tax_id;
    const res = await fetch(`${this.identityUrl}/internal/accounts/${tenantId}`, {
      headers: { authorization: `Bearer ${signServiceToken(this.serviceSecret, { svc: 'documents', tid: tenantId })}` },
      signal: AbortSignal.timeout(3000),
    }).catch(() => null);
    if (!res?.ok) return null;
    const body = (await res.json()) as { taxId?: string };
    if (!body.taxId) return null;
    await this.save(em, tenantId, body.taxId);
    return body.taxId;
  }
}

