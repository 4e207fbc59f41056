import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retrieval: let the chunks' GIN index serve the account's full-text search.
 *
 * Behind the tenant RLS policy (a non-constant qual) PostgreSQL refuses to use an index for a
 * non-leakproof operator such as `@@`: every search read and tested all of the account's chunks
 * (about 18 ms of CPU at 10,000 chunks, growing with the account). `agents.match_chunks` runs the
 * match as the schema owner (SECURITY DEFINER), for whom a dedicated read policy is `true`, so the
 * planner drops the RLS qual and uses `chunks_tsv`; the function itself restricts the rows to the
 * caller's tenant, read from the same `app.tenant_id` setting the RLS policy uses (no setting: an
 * error, nothing is returned). It returns ids and scores only; content is read by the caller under
 * RLS. EXECUTE ... USING plans each call with the query's values, so the planner sees how common the
 * words are (GIN for rare ones, the tenant's rows for words in most chunks). `rows 20` (the
 * retrieval's candidate count) keeps the caller's joins on primary keys instead of hashing the
 * account's chunks.
 */
export class AgentsRetrievalSearch1731000200000 implements MigrationInterface {
  name = 'AgentsRetrievalSearch1731000200000';

  async up(qr: QueryRunner): Promise<void> {
    const [{ owner }] = await qr.query(`select current_user as owner`);
    const role = `"${String(owner).replace(/"/g, '""')}"`;
    // Only the schema owner (migrations and the SECURITY DEFINER function below) gets it; the app
    // role keeps the tenant policy alone.
    await qr.query(`create policy owner_search on agents.chunks for select to ${role} using (true)`);
    await qr.query(`
      create function agents.match_chunks(p tsquery, r tsquery, n int, exclude uuid[] default '{}')
      returns table (id uuid, score real)
      language plpgsql stable security definer parallel safe rows 20
      set search_path = pg_catalog, pg_temp
      as $$
      begin
        return query execute
          'select c.id, ts_rank(c.tsv, $2, 1) from agents.chunks c
            where c.tenant_id = $4 and c.tsv @@ $1 and c.id <> all ($3)
            order by 2 desc, c.id limit $5'
          using p, r, coalesce(exclude, '{}'), current_setting('app.tenant_id')::uuid, n;
      end
      $$`);
    await qr.query(`analyze agents.chunks`);
  }

  async down(): Promise<void> {
    throw new Error('agents migrations are forward-only');
  }
}
