import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { badInput, conflict, isUuid, newId, notFound, parseInput, runInTenant, type AccessClaims } from '@prumo/kit';

const categorySchema = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Use letras minúsculas, números e hífens (2 a 60).'),
  name: z.string().trim().min(2, 'Nome curto demais.').max(80, 'Nome longo demais.'),
  parentId: z.string().refine(isUuid, 'Categoria-mãe inválida.').nullish(),
  position: z.number().int().min(0, 'Posição inválida.').max(10_000, 'Posição inválida.').nullish(),
});
const brandSchema = z.object({ name: z.string().trim().min(1, 'Informe o nome da marca.').max(80, 'Nome longo demais.') });

const CACHE_MS = 30_000;

interface Reference {
  at: number;
  categories: Map<string, any>;
  brands: Map<string, any>;
}

/**
 * Categories and brands: shared reference data; every account reads, platform staff writes (RLS).
 * Both are small: references resolve from a per-process copy refreshed every 30 s (and at once in
 * the process that changed them), so a catalogue page costs no query for them.
 */
export class CatalogService {
  private cache: Reference | null = null;
  private loading: Promise<Reference> | null = null;

  constructor(private readonly ds: DataSource) {}

  private async reference(tid: string): Promise<Reference> {
    if (this.cache && Date.now() - this.cache.at < CACHE_MS) return this.cache;
    this.loading ??= runInTenant(this.ds, tid, async (em) => {
      const [categories, brands] = [await em.query(`select * from marketplace.categories`), await em.query(`select id, name from marketplace.brands`)];
      return {
        at: Date.now(),
        categories: new Map<string, any>(categories.map((c: any) => [c.id, c])),
        brands: new Map<string, any>(brands.map((b: any) => [b.id, b])),
      };
    }).finally(() => {
      this.loading = null;
    });
    const loaded = await this.loading;
    this.cache = loaded;
    return loaded;
  }

  categories(auth: AccessClaims) {
    return runInTenant(this.ds, auth.tid, (em) => em.query(`select * from marketplace.categories order by parent_id nulls first, position, name`));
  }

  brands(auth: AccessClaims) {
    return runInTenant(this.ds, auth.tid, (em) => em.query(`select id, name from marketplace.brands order by marketplace.norm(name)`));
  }

  async categoriesByIds(tid: string, ids: readonly string[]) {
    const c = await this.reference(tid);
    if (ids.some((id) => !c.categories.has(id))) this.cache = null; // created elsewhere since: reload once
    const fresh = await this.reference(tid);
    return ids.map((id) => fresh.categories.get(id)).filter(Boolean);
  }

  async brandsByIds(tid: string, ids: readonly string[]) {
    const c = await this.reference(tid);
    if (ids.some((id) => !c.brands.has(id))) this.cache = null;
    const fresh = await this.reference(tid);
    return ids.map((id) => fresh.brands.get(id)).filter(Boolean);
  }

  async createCategory(auth: AccessClaims, raw: unknown) {
    const input = parseInput(categorySchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      if (input.parentId) {
        const parent = await em.query(`select parent_id from marketplace.categories where id = $1`, [input.parentId]);
        if (!parent.length) throw notFound('Categoria-mãe não encontrada.');
        if (parent[0].parent_id) throw badInput({ parentId: 'A árvore tem dois níveis: escolha uma categoria principal.' });
      }
      const dup = await em.query(`select 1 from marketplace.categories where slug = $1`, [input.slug]);
      if (dup.length) throw conflict('Já existe uma categoria com este identificador.');
      const rows = await em.query(
        `insert into marketplace.categories (id, slug, name, parent_id, position) values ($1, $2, $3, $4, $5) returning *`,
        [newId(), input.slug, input.name, input.parentId ?? null, input.position ?? 0],
      );
      this.cache = null;
      return rows[0];
    });
  }

  async createBrand(auth: AccessClaims, raw: unknown) {
    const input = parseInput(brandSchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      const dup = await em.query(`select 1 from marketplace.brands where marketplace.norm(name) = marketplace.norm($1)`, [input.name]);
      if (dup.length) throw conflict('Esta marca já está cadastrada.');
      this.cache = null;
      return (await em.query(`insert into marketplace.brands (id, name) values ($1, $2) returning id, name`, [newId(), input.name]))[0];
    });
  }
}
