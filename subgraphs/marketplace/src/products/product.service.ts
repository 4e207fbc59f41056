import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  badInput,
  conflict,
  decodeCursor,
  isUuid,
  newId,
  notFound,
  pageSize,
  parseInput,
  QuotaClient,
  returnedRows,
  runInTenant,
  toConnection,
  type AccessClaims,
  type StorageDriver,
} from '@prumo/kit';
import { productCode } from './product-code';

export const MAX_IMAGE_BYTES = 700 * 1024;
const MAX_IMAGES = 8;

const spec = z.object({
  key: z.string().trim().min(1, 'Informe o nome da especificação.').max(60, 'Nome longo demais.'),
  value: z.string().trim().min(1, 'Informe o valor da especificação.').max(300, 'Valor longo demais.'),
});
const base = {
  name: z.string().trim().min(2, 'Nome curto demais.').max(120, 'Nome longo demais (máx. 120).'),
  description: z.string().trim().max(5000, 'Descrição longa demais (máx. 5.000).'),
  categoryId: z.string().refine(isUuid, 'Categoria inválida.'),
  brandId: z.string().refine(isUuid, 'Marca inválida.').nullable(),
  priceCents: z.number().int('Informe o preço em centavos inteiros.').positive('O preço deve ser maior que zero.').max(100_000_000_000, 'Preço alto demais.'),
  stock: z.number().int('Estoque inválido.').min(0, 'O estoque não pode ser negativo.').max(1_000_000_000, 'Estoque alto demais.'),
  specifications: z.array(spec).max(50, 'No máximo 50 especificações.'),
  active: z.boolean(),
};
const createSchema = z.object({
  ...base,
  description: base.description.nullish().transform((v) => v ?? ''),
  brandId: base.brandId.optional().transform((v) => v ?? null),
  specifications: base.specifications.nullish().transform((v) => v ?? []),
  active: base.active.nullish().transform((v) => v ?? true),
});
const updateSchema = z.object({
  name: base.name.nullish(),
  description: base.description.nullish(),
  categoryId: base.categoryId.nullish(),
  brandId: base.brandId.optional(),
  priceCents: base.priceCents.nullish(),
  stock: base.stock.nullish(),
  specifications: base.specifications.nullish(),
  active: base.active.nullish(),
});
const filterSchema = z
  .object({
    categoryId: z.string().refine(isUuid, 'Categoria inválida.').nullish(),
    brandId: z.string().refine(isUuid, 'Marca inválida.').nullish(),
    sellerId: z.string().refine(isUuid, 'Vendedor inválido.').nullish(),
    minPrice: z.number().int('Preço inválido.').min(0, 'Preço inválido.').nullish(),
    maxPrice: z.number().int('Preço inválido.').min(0, 'Preço inválido.').nullish(),
  })
  .refine((f) => f.minPrice == null || f.maxPrice == null || f.minPrice <= f.maxPrice, { message: 'O preço mínimo passa do máximo.', path: ['minPrice'] });

export type SearchFilter = z.infer<typeof filterSchema>;

/** Image types accepted, told by their first bytes (never by the declared name). */
export function sniffImage(b: Buffer): { contentType: string; ext: string } | null {
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return { contentType: 'image/png', ext: 'png' };
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { contentType: 'image/jpeg', ext: 'jpg' };
  if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return { contentType: 'image/webp', ext: 'webp' };
  return null;
}

/** Search cursor: the rank (rounded, compared as numeric) and the id of the last item. */
function encodeSearchCursor(mode: string, score: string, id: string): string {
  return Buffer.from(JSON.stringify([mode, score, id])).toString('base64url');
}
function decodeSearchCursor(after: string | null | undefined): { mode: SearchMode; score: string; id: string } | null {
  if (!after) return null;
  try {
    const [mode, score, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (!['fts', 'fixed', 'trgm', 'all'].includes(mode) || typeof score !== 'string' || !Number.isFinite(Number(score)) || !isUuid(id)) throw new Error('bad');
    return { mode, score, id };
  } catch {
    throw badInput({ after: 'Cursor inválido.' });
  }
}

/**
 * The catalogue search statement (exported for the benchmark's EXPLAIN). Two modes:
 * - `fts`: Portuguese full-text on the unaccented, stemmed vectors (listings_fts, GIN), ranked by
 *   ts_rank with name > brand/category > description weights;
 * - `fixed`: when the words match nothing (a typo: "embalagen"), each word is replaced by the
 *   closest word of the listings' vocabulary (search_words, GIN trigram) and searched as `fts`;
 * - `trgm`: when even that finds nothing, trigram word similarity on the unaccented name
 *   (listings_trgm, GIN, operator `<%`), ranked by similarity.
 * Without a query, the newest listings (filters only). Keyset pagination over (rank, id).
 */
export type SearchMode = 'fts' | 'fixed' | 'trgm' | 'all';

/** Replaces each word of the query by the closest word of the listings' vocabulary (trigram similarity). */
export const CORRECT_QUERY_SQL = `select string_agg(coalesce(
    (select s.word from marketplace.search_words s where s.word % w order by similarity(s.word, w) desc, s.word limit 1), w), ' ') as fixed
  from unnest(regexp_split_to_array(marketplace.norm($1::text), '[^a-z0-9]+')) w where w <> ''`;
// unnest(array) rather than regexp_split_to_table: the planner estimates 10 words instead of 1,000,
// which kept the statement's cost (480,000) above jit_above_cost: 12 ms of JIT compilation on every
// corrected search (and ~60 ms on a connection's first one) for a statement that runs in 0.5 ms.
/** At most this many full-text matches are ranked per search (see buildSearchQuery). */
export const SEARCH_CANDIDATES = 1000;
/** At most this many trigram matches (the fallback for words nothing else matches) are ranked. */
export const TRGM_CANDIDATES = 300;

/**
 * The search statement with the page's product rows and their sellers' profiles (`seller_row`, null
 * when the seller has none) joined: one round trip instead of three.
 */
export function withPageRows(searchSql: string): string {
  return `select s.product_id, s.score, p.*, to_jsonb(sp) as seller_row from (${searchSql}) s
     left join marketplace.products p on p.id = s.product_id
     left join marketplace.seller_profiles sp on sp.tenant_id = p.tenant_id
    order by s.rank desc, s.product_id desc`;
}

export function buildSearchQuery(
  q: string,
  filter: SearchFilter,
  cursor: { score: string; id: string } | null,
  limit: number,
  mode: SearchMode = q ? 'fts' : 'all',
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where: string[] = [];
  let score = `0::float8`;
  if (mode === 'fts' || mode === 'fixed') {
    const tsq = `websearch_to_tsquery('portuguese', marketplace.norm(${p(q)}::text))`;
    where.push(`l.search @@ ${tsq}`);
    score = `ts_rank(l.search, ${tsq}, 1)::float8`;
  } else if (mode === 'trgm') {
    const qp = p(q);
    where.push(`marketplace.norm(${qp}::text) <% l.name_norm`);
    score = `word_similarity(marketplace.norm(${qp}::text), l.name_norm)::float8`;
  }
  // Without words, a category filter reads each (sub)category's listings in index order
  // (listings_category) and stops after a page per category, instead of sorting all of them.
  const perCategory = mode === 'all' && !!filter.categoryId;
  const c = filter.categoryId ? p(filter.categoryId) : null;
  if (c && !perCategory) where.push(`l.category_id in (select id from marketplace.categories where id = ${c}::uuid or parent_id = ${c}::uuid)`);
  if (filter.brandId) where.push(`l.brand_id = ${p(filter.brandId)}::uuid`);
  if (filter.sellerId) where.push(`l.tenant_id = ${p(filter.sellerId)}::uuid`);
  if (filter.minPrice != null) where.push(`l.price_cents >= ${p(filter.minPrice)}`);
  if (filter.maxPrice != null) where.push(`l.price_cents <= ${p(filter.maxPrice)}`);
  const after = cursor ? `where (s.score, s.product_id) < (${p(cursor.score)}::float8, ${p(cursor.id)}::uuid)` : '';
  const n = p(limit + 1);
  let from: string;
  if (perCategory) {
    // In this mode every score is 0, so the keyset condition is product_id < the cursor's id.
    if (cursor && Number(cursor.score) === 0) where.push(`l.product_id < $${params.length - 1}::uuid`);
    from = `select x.product_id, 0::float8 as score from marketplace.categories cat
      cross join lateral (
        select l.product_id from marketplace.listings l
         where l.category_id = cat.id ${where.length ? `and ${where.join(' and ')}` : ''}
         order by l.product_id desc limit ${n}
      ) x
      where cat.id = ${c}::uuid or cat.parent_id = ${c}::uuid`;
  } else if (mode === 'fts' || mode === 'fixed') {
    // Ranking is per match (a heap visit and ts_rank each): a bounded candidate set keeps a very
    // common word ("café": 6,000 of 100,000 listings) from costing 15 ms. Below the bound (almost
    // every query with two words or a filter) the order is exact; above it, the page is ranked among
    // the first SEARCH_CANDIDATES matches the index yields (stable between pages while the catalogue
    // does not change) — for a word that common nearly every match has it in the name anyway.
    from = `select c.product_id, ${score.replace(/l\.search/g, 'c.search')} as score from (
        select l.product_id, l.search from marketplace.listings l where ${where.join(' and ')} limit ${SEARCH_CANDIDATES}
      ) c`;
  } else if (mode === 'trgm') {
    // A tighter bound for the trigram fallback: each candidate costs two word_similarity calls (the
    // GIN recheck and the score), ~30 µs; 2,000 candidates took 50–100 ms. Every candidate already
    // passed the similarity threshold; the page is the most similar among the first TRGM_CANDIDATES.
    from = `select c.product_id, ${score.replace(/l\.name_norm/g, 'c.name_norm')} as score from (
        select l.product_id, l.name_norm from marketplace.listings l where ${where.join(' and ')} limit ${TRGM_CANDIDATES}
      ) c`;
  } else {
    from = `select l.product_id, ${score} as score from marketplace.listings l ${where.length ? `where ${where.join(' and ')}` : ''}`;
  }
  const sql = `select product_id, score::text as score, score as rank from (
      ${from}
    ) s
    ${after}
    order by s.score desc, s.product_id desc limit ${n}`;
  return { sql, params };
}

export class ProductService {
  constructor(
    private readonly ds: DataSource,
    private readonly quota: QuotaClient,
    private readonly storage: StorageDriver,
  ) {}

  /** Products by id as the caller sees them (own products, and other accounts' active listings). */
  loadMany(tid: string, ids: readonly string[]) {
    return runInTenant(this.ds, tid, (em) => em.query(`select * from marketplace.products where id = any($1) and deleted_at is null`, [[...ids]]));
  }

  /** Own products, including deleted ones (a seller's sales summary names them). */
  loadOwn(tid: string, ids: readonly string[]) {
    return runInTenant(this.ds, tid, (em) => em.query(`select * from marketplace.products where id = any($1) and tenant_id = $2`, [[...ids], tid]));
  }

  async mine(tid: string, opts: { first?: number; after?: string; search?: string | null; active?: boolean | null }) {
    const limit = pageSize(opts.first);
    const cursor = decodeCursor(opts.after);
    return runInTenant(this.ds, tid, async (em) => {
      const params: unknown[] = [tid, limit + 1];
      let where = `tenant_id = $1 and deleted_at is null`;
      if (opts.active !== null && opts.active !== undefined) {
        params.push(opts.active);
        where += ` and active = $${params.length}`;
      }
      if (opts.search?.trim()) {
        params.push(`%${opts.search.trim().slice(0, 100)}%`);
        where += ` and (marketplace.norm(name) like marketplace.norm($${params.length}) or code ilike $${params.length})`;
      }
      if (cursor) {
        params.push(cursor.at, cursor.id);
        where += ` and (created_at, id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
      }
      const rows = await em.query(`select * from marketplace.products where ${where} order by created_at desc, id desc limit $2`, params);
      return toConnection(rows, limit, (r: any) => r, (r: any) => ({ at: new Date(r.created_at).toISOString(), id: r.id }));
    });
  }

  /**
   * Catalogue search: Portuguese full-text (unaccented, stemmed, weighted name > brand/category >
   * description) OR trigram word similarity on the unaccented name (typos: "embalagen"), ranked by
   * both, over the public listing index. Filters: category (with subcategories), brand, price range,
   * seller. Keyset pagination over (rank, id).
   */
  async search(tid: string, query: string | null | undefined, rawFilter: unknown, first?: number, after?: string) {
    const limit = pageSize(first, 50);
    const filter = parseInput(filterSchema, rawFilter ?? {});
    const cursor = decodeSearchCursor(after);
    const q = (query ?? '').trim().slice(0, 200);
    if (q.length > 0 && q.replace(/[^\p{L}\p{N}]/gu, '').length === 0) throw badInput({ query: 'Busca inválida: use letras ou números.' });
    if (cursor && (cursor.mode === 'all') !== !q) throw badInput({ after: 'Cursor de outra busca.' });
    let mode: SearchMode = cursor?.mode ?? (q ? 'fts' : 'all');
    let products: any[] = [];
    let sellers: any[] = [];
    const rows: Array<{ product_id: string; score: string }> = await runInTenant(this.ds, tid, async (em) => {
      const run = async (m: SearchMode) => {
        let text = q;
        if (m === 'fixed') text = (await em.query(CORRECT_QUERY_SQL, [q]))[0]?.fixed ?? q;
        if (m === 'trgm') await em.query(`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
        const { sql, params } = buildSearchQuery(text, filter, cursor, limit, m);
        return em.query(withPageRows(sql), params);
      };
      let found = await run(mode);
      // Words first; then corrected words; then similar names (the cursor remembers which).
      for (const next of ['fixed', 'trgm'] as const) {
        if (found.length || cursor || mode === 'all' || mode === 'trgm') break;
        mode = next;
        found = await run(mode);
      }
      const pageRows = found.slice(0, limit).filter((r: any) => r.id);
      products = pageRows.map(({ product_id: _pid, score: _score, seller_row: _seller, ...row }: any) => row);
      const bySeller = new Map<string, any>();
      for (const r of pageRows) bySeller.set(r.tenant_id, r.seller_row ?? { tenant_id: r.tenant_id, missing: true });
      sellers = [...bySeller.values()];
      return found;
    });
    const hasNextPage = rows.length > limit;
    const page = hasNextPage ? rows.slice(0, limit) : rows;
    return {
      ids: page.map((r) => r.product_id),
      /** The rows of the page, fetched in the same transaction (they prime the request's loader). */
      products,
      /** The sellers of the page (rows without a profile marked `missing`). */
      sellers,
      pageInfo: { hasNextPage, endCursor: page.length ? encodeSearchCursor(mode, page[page.length - 1].score, page[page.length - 1].product_id) : null },
    };
  }

  async create(auth: AccessClaims, raw: unknown) {
    const input = parseInput(createSchema, raw);
    const id = newId();
    const quotaKey = `product:${id}`;
    let reserved = false;
    try {
      const row = await runInTenant(this.ds, auth.tid, async (em) => {
        // One creation at a time per account until its row is committed, so the re-count below sees
        // every product admitted so far.
        await em.query(`select pg_advisory_xact_lock(hashtext('marketplace.products'), hashtext($1))`, [auth.tid]);
        // The products gauge counts every product not deleted (active or not); PAYMENT_REQUIRED over
        // the plan's limit. A slot whose release was lost (billing down at a delete) is recovered.
        // References first: a bad category costs no reservation at billing.
        await this.checkRefs(em, input.categoryId, input.brandId);
        await this.quota.reserveGaugeItem(auth.tid, 'products', quotaKey, async () => {
          const [{ n }] = await em.query(`select count(*)::int as n from marketplace.products where tenant_id = $1 and deleted_at is null`, [auth.tid]);
          return n as number;
        });
        reserved = true;
        // Creations of the account are serialised (lock above): the next number is free.
        const [{ n }] = await em.query(`select coalesce(max(code_number), 0) + 1 as n from marketplace.products where tenant_id = $1`, [auth.tid]);
        const code = productCode(Number(n));
        if (!code) throw conflict('Limite de códigos de produto atingido nesta conta.');
        const [inserted] = await em.query(
          `insert into marketplace.products (tenant_id, id, code, code_number, name, description, category_id, brand_id, price_cents, stock, specifications, active)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning *`,
          [auth.tid, id, code, Number(n), input.name, input.description, input.categoryId, input.brandId, input.priceCents, input.stock, JSON.stringify(input.specifications), input.active],
        );
        await this.syncListing(em, id);
        return inserted;
      });
      await this.quota.commit(auth.tid, quotaKey).catch(() => undefined);
      return row;
    } catch (err) {
      if (reserved) await this.quota.release(auth.tid, quotaKey).catch(() => undefined);
      throw err;
    }
  }

  async update(auth: AccessClaims, id: string, raw: unknown) {
    const input = parseInput(updateSchema, raw);
    return runInTenant(this.ds, auth.tid, async (em) => {
      const current = await this.own(em, auth.tid, id, true);
      const next = {
        name: input.name ?? current.name,
        description: input.description ?? current.description,
        category_id: input.categoryId ?? current.category_id,
        brand_id: input.brandId === undefined ? current.brand_id : input.brandId,
        price_cents: input.priceCents ?? Number(current.price_cents),
        stock: input.stock ?? current.stock,
        specifications: input.specifications ?? current.specifications,
        active: input.active ?? current.active,
      };
      if (input.categoryId || input.brandId) await this.checkRefs(em, next.category_id, next.brand_id);
      const [updated] = returnedRows<any>(
        await em.query(
          `update marketplace.products set name = $2, description = $3, category_id = $4, brand_id = $5, price_cents = $6, stock = $7,
             specifications = $8, active = $9, version = version + 1, updated_at = now() where id = $1 and tenant_id = $10 returning *`,
          [id, next.name, next.description, next.category_id, next.brand_id, next.price_cents, next.stock, JSON.stringify(next.specifications), next.active, auth.tid],
        ),
      );
      await this.syncListing(em, id);
      return updated;
    });
  }

  /** Soft delete (orders keep pointing at it); frees the slot in the products gauge. */
  async delete(auth: AccessClaims, id: string): Promise<boolean> {
    await runInTenant(this.ds, auth.tid, async (em) => {
      await this.own(em, auth.tid, id, true); // no order can be placed between the check and the delete
      const pending = await em.query(`select 1 from marketplace.orders where product_id = $1 and status = 'PENDING' limit 1`, [id]);
      if (pending.length) throw conflict('O produto tem pedidos pendentes: confirme ou cancele-os antes de excluir.');
      await em.query(`update marketplace.products set deleted_at = now(), active = false, updated_at = now() where id = $1`, [id]);
      await this.syncListing(em, id);
    });
    await this.quota.release(auth.tid, `product:${id}`).catch(() => undefined);
    return true;
  }

  async addImage(auth: AccessClaims, productId: string, input: { filename: string; contentBase64: string }) {
    const b64 = String(input.contentBase64 ?? '').replace(/\s/g, '');
    if (!b64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) throw badInput({ contentBase64: 'Envie a imagem em base64.' });
    if (b64.length > Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4) throw badInput({ contentBase64: 'Imagem grande demais: o máximo é 700 KB.' });
    const bytes = Buffer.from(b64, 'base64');
    if (bytes.length > MAX_IMAGE_BYTES) throw badInput({ contentBase64: 'Imagem grande demais: o máximo é 700 KB.' });
    const kind = sniffImage(bytes);
    if (!kind) throw badInput({ contentBase64: 'Formato não aceito: envie PNG, JPEG ou WEBP.' });
    const imageId = newId();
    const key = `marketplace/${auth.tid}/${productId}/${imageId}.${kind.ext}`;
    // Check ownership first, store the bytes, then record them (a failed write removes the file).
    await runInTenant(this.ds, auth.tid, async (em) => {
      const p = await this.own(em, auth.tid, productId);
      if ((p.images ?? []).length >= MAX_IMAGES) throw conflict(`No máximo ${MAX_IMAGES} imagens por produto.`);
    });
    await this.storage.put(key, bytes, kind.contentType);
    try {
      return await runInTenant(this.ds, auth.tid, async (em) => {
        const rows = returnedRows<any>(
          await em.query(
            `update marketplace.products set images = images || $2::jsonb, updated_at = now()
              where id = $1 and tenant_id = $3 and deleted_at is null and jsonb_array_length(images) < ${MAX_IMAGES} returning *`,
            [productId, JSON.stringify([{ id: imageId, key, contentType: kind.contentType, size: bytes.length }]), auth.tid],
          ),
        );
        if (!rows.length) throw conflict(`No máximo ${MAX_IMAGES} imagens por produto.`);
        return rows[0];
      });
    } catch (err) {
      await this.storage.delete(key).catch(() => undefined);
      throw err;
    }
  }

  async removeImage(auth: AccessClaims, productId: string, imageId: string) {
    const { row, key } = await runInTenant(this.ds, auth.tid, async (em) => {
      const p = await this.own(em, auth.tid, productId);
      const img = (p.images ?? []).find((i: any) => i.id === imageId);
      if (!img) throw notFound('Imagem não encontrada.');
      const rows = returnedRows<any>(
        await em.query(
          `update marketplace.products set images = (select coalesce(jsonb_agg(i), '[]'::jsonb) from jsonb_array_elements(images) i where i->>'id' <> $2), updated_at = now()
            where id = $1 returning *`,
          [productId, imageId],
        ),
      );
      return { row: rows[0], key: img.key as string };
    });
    await this.storage.delete(key).catch(() => undefined);
    return row;
  }

  imageUrl(key: string): Promise<string> {
    return this.storage.signedUrl(key, { ttlSeconds: 3600 });
  }

  /**
   * The caller's product. `forUpdate` locks the row until the transaction ends: an edit writes back
   * columns it read (stock included), so an order committed between the read and the write would
   * otherwise get its reserved units back (oversell).
   */
  private async own(em: EntityManager, tid: string, id: string, forUpdate = false) {
    const rows = await em.query(`select * from marketplace.products where id = $1 and tenant_id = $2 and deleted_at is null${forUpdate ? ' for update' : ''}`, [id, tid]);
    if (!rows.length) throw notFound('Produto não encontrado.');
    return rows[0];
  }

  private async checkRefs(em: EntityManager, categoryId: string, brandId: string | null) {
    const r = await em.query(
      `select (select count(*) from marketplace.categories where id = $1)::int as c, (select count(*) from marketplace.brands where id = $2)::int as b`,
      [categoryId, brandId],
    );
    const fields: Record<string, string> = {};
    if (!r[0].c) fields.categoryId = 'Categoria não encontrada.';
    if (brandId && !r[0].b) fields.brandId = 'Marca não encontrada.';
    if (Object.keys(fields).length) throw badInput(fields);
  }

  /** Keeps the public listing index in line with the product (same transaction). */
  async syncListing(em: EntityManager, id: string): Promise<void> {
    await em.query(`delete from marketplace.listings where product_id = $1`, [id]);
    await em.query(
      `insert into marketplace.listings (tenant_id, product_id, name, search, category_id, brand_id, price_cents, created_at)
       select p.tenant_id, p.id, p.name, marketplace.listing_search(p.name, p.code, b.name, c.name, pc.name, p.description),
              p.category_id, p.brand_id, p.price_cents, p.created_at
         from marketplace.products p
         join marketplace.categories c on c.id = p.category_id
         left join marketplace.categories pc on pc.id = c.parent_id
         left join marketplace.brands b on b.id = p.brand_id
        where p.id = $1 and p.active and p.deleted_at is null`,
      [id],
    );
    await em.query(
      `insert into marketplace.search_words (word)
       select distinct w from marketplace.products p, regexp_split_to_table(marketplace.norm(p.name), '[^a-z0-9]+') w
        where p.id = $1 and p.active and length(w) >= 3 and w ~ '[a-z]'
       on conflict do nothing`,
      [id],
    );
  }
}
