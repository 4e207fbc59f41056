import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import { parseInput, runInTenant, type AccessClaims } from '@prumo/kit';
import { parseBrazilianMobile } from './whatsapp';

const UF = ['AC', 'AL', 'AP', 'AM', 'BA', 'CE', 'DF', 'ES', 'GO', 'MA', 'MT', 'MS', 'MG', 'PA', 'PB', 'PR', 'PE', 'PI', 'RJ', 'RN', 'RS', 'RO', 'RR', 'SC', 'SP', 'SE', 'TO'];

const profileSchema = z.object({
  displayName: z.string().trim().min(2, 'Informe o nome da loja.').max(80, 'Nome longo demais.'),
  whatsapp: z
    .string()
    .trim()
    .nullish()
    .transform((v, ctx) => {
      if (!v) return null;
      const d = parseBrazilianMobile(v);
      if (!d) ctx.addIssue({ code: 'custom', message: 'Celular inválido: use DDD + 9 dígitos, ex. (11) 98765-4321.' });
      return d;
    }),
  city: z.string().trim().max(80, 'Cidade longa demais.').nullish().transform((v) => v || null),
  state: z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => v || null)
    .refine((v) => v === null || UF.includes(v), 'UF inválida.'),
});

/** Seller profiles: the public card of an account (display name, city, WhatsApp for orders). */
export class SellerService {
  constructor(private readonly ds: DataSource) {}

  byTenants(tid: string, tenantIds: readonly string[]) {
    return runInTenant(this.ds, tid, (em) => em.query(`select * from marketplace.seller_profiles where tenant_id = any($1)`, [[...tenantIds]]));
  }

  async update(auth: AccessClaims, raw: unknown) {
    const input = parseInput(profileSchema, raw);
    return runInTenant(this.ds, auth.tid, async (em) => {
      const rows = await em.query(
        `insert into marketplace.seller_profiles (tenant_id, display_name, whatsapp, city, state) values ($1, $2, $3, $4, $5)
         on conflict (tenant_id) do update set display_name = excluded.display_name, whatsapp = excluded.whatsapp, city = excluded.city,
           state = excluded.state, updated_at = now()
         returning *`,
        [auth.tid, input.displayName, input.whatsapp, input.city, input.state],
      );
      return rows[0];
    });
  }

  /** account.created: the company name becomes the default display name. */
  async ensure(em: EntityManager, tenantId: string, name: string): Promise<void> {
    await em.query(`insert into marketplace.seller_profiles (tenant_id, display_name) values ($1, $2) on conflict (tenant_id) do nothing`, [tenantId, name.slice(0, 80)]);
  }
}
