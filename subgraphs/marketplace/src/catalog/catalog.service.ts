import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { plural } from '@prumo/br';
import { badInput, conflict, isUuid, newId, notFound, parseInput, returnedRows, runInTenant, type AccessClaims } from '@prumo/kit';

const categorySchema = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Use letras minúsculas, números e hífens (2 a 60).'),
  name: z.string().trim().min(2, 'Nome curto demais.').max(80, 'Nome longo demais.'),
  parentId: z.string().refine(isUuid, 'Categoria-mãe inválida.').nullish(),
  position: z.number().int().min(0, 'Posição inválida.').max(10_000, 'Posição inválida.').nullish(),
});
const brandSchema = z.object({ name: z.string().trim().min(1, 'Informe o nome da marca.').max(80, 'Nome longo demais.') });
const categoryUpdateSchema = categorySchema.pick({ slug: true, name: true, position: true }).partial();

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

  /**
   * Renames (or re-slugs, re-orders) a category. Its name is in the search vector of every listing
   * under it, in every seller's tenant: those are re-computed in the same transaction. Other
   * processes see the new name within their 30 s reference cache.
   */
  async updateCategory(auth: AccessClaims, id: string, raw: unknown) {
    const input = parseInput(categoryUpdateSchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      const [current] = await em.query(`select * from marketplace.categories where id = $1 for update`, [id]);
      if (!current) throw notFound('Categoria não encontrada.');
      if (input.slug && input.slug !== current.slug && (await em.query(`select 1 from marketplace.categories where slug = $1`, [input.slug])).length) {
        throw conflict('Já existe uma categoria com este identificador.');
      }
      const [row] = returnedRows<any>(
        await em.query(
          `update marketplace.categories set slug = coalesce($2, slug), name = coalesce($3, name), position = coalesce($4, position) where id = $1 returning *`,
          [id, input.slug ?? null, input.name ?? null, input.position ?? null],
        ),
      );
      if (row.name !== current.name) await em.query(`select marketplace.refresh_listings($1, null)`, [id]);
      this.cache = null;
      return row;
    });
  }

  /** Deletes an unused category: one with subcategories or products (even deleted ones, kept for orders) stays. */
  async deleteCategory(auth: AccessClaims, id: string): Promise<boolean> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      const [c] = await em.query(`select id from marketplace.categories where id = $1 for update`, [id]);
      if (!c) throw notFound('Categoria não encontrada.');
      const [use] = await em.query(
        `select (select count(*) from marketplace.categories where parent_id = $1)::int as children,
                (select count(*) from marketplace.products where category_id = $1)::int as products`,
        [id],
      );
      if (use.children) throw conflict(`A categoria tem ${plural(use.children, 'subcategoria', 'subcategorias')}: exclua ou mova-as antes.`);
      if (use.products) throw conflict(`A categoria está em uso por ${plural(use.products, 'produto', 'produtos')}.`);
      await em.query(`delete from marketplace.categories where id = $1`, [id]);
      this.cache = null;
      return true;
    });
  }

  /** Renames a brand; its listings' search vectors follow (see updateCategory). */
  async updateBrand(auth: AccessClaims, id: string, raw: unknown) {
    const input = parseInput(brandSchema, raw);
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      const [current] = await em.query(`select id, name from marketplace.brands where id = $1 for update`, [id]);
      if (!current) throw notFound('Marca não encontrada.');
      const dup = await em.query(`select 1 from marketplace.brands where marketplace.norm(name) = marketplace.norm($1) and id <> $2`, [input.name, id]);
      if (dup.length) throw conflict('Esta marca já está cadastrada.');
      const [row] = returnedRows<{ id: string; name: string }>(await em.query(`update marketplace.brands set name = $2 where id = $1 returning id, name`, [id, input.name]));
      if (row.name !== current.name) await em.query(`select marketplace.refresh_listings(null, $1)`, [id]);
      this.cache = null;
      return row;
    });
  }

  /** Deletes a brand no product uses (even deleted ones). */
  async deleteBrand(auth: AccessClaims, id: string): Promise<boolean> {
    return runInTenant(this.ds, { tenantId: auth.tid, userId: auth.sub, staff: auth.staff }, async (em) => {
      const [b] = await em.query(`select id from marketplace.brands where id = $1 for update`, [id]);
      if (!b) throw notFound('Marca não encontrada.');
      const [{ products }] = await em.query(`select count(*)::int as products from marketplace.products where brand_id = $1`, [id]);
      if (products) throw conflict(`A marca está em uso por ${plural(products, 'produto', 'produtos')}.`);
      await em.query(`delete from marketplace.brands where id = $1`, [id]);
      this.cache = null;
      return true;
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
