import type { QueryRunner } from 'typeorm';

/**
 * Migration helper: `<schema>.norm(text)` = lower(unaccent(text)), declared IMMUTABLE so generated
 * columns and expression indexes can use it (`unaccent(text)` itself is only STABLE: it looks its
 * dictionary up by name; naming the dictionary makes the result depend on the input alone).
 * Searches compare `norm(column) like '%' || norm(query) || '%'` and pay no per-row unaccent.
 */
export async function createNormFunction(qr: QueryRunner, schema: string): Promise<void> {
  await qr.query(`
    create function ${schema}.norm(t text) returns text language sql immutable parallel safe strict
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$`);
}
