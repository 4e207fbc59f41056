import type { MigrationInterface, QueryRunner } from 'typeorm';
import { grantExecuteLikeTable } from '@prumo/kit';

/**
 * Staff rename categories and brands. Their names are part of every listing's search vector
 * (weight B), and listings belong to the sellers' tenants, so a rename re-computes them through a
 * narrow SECURITY DEFINER function that only staff may call.
 *
 * - `marketplace.listing_search(...)`: the listing's search vector in one place, used by the
 *   service's listing sync and by the refresh below (it was written inline in the service).
 * - `marketplace.refresh_listings(category, brand)`: re-computes the vectors of the listings in a
 *   category (and its subcategories) or of a brand. It runs as the schema owner, for whom an update
 *   policy is added on listings (RLS is forced, so the owner is filtered too).
 */
export class MarketplaceReferenceEdits1733600000000 implements MigrationInterface {
  name = 'MarketplaceReferenceEdits1733600000000';

  async up(qr: QueryRunner): Promise<void> {
    const [{ owner }] = await qr.query(`select current_user as owner`);
    const isOwner = `current_user = '${String(owner).replace(/'/g, "''")}'`;
    await qr.query(`
      create function marketplace.listing_search(p_name text, p_code text, p_brand text, p_category text, p_parent text, p_description text)
      returns tsvector language sql immutable parallel safe
      as $$
        select setweight(to_tsvector('pg_catalog.portuguese', marketplace.norm(p_name || ' ' || p_code)), 'A') ||
               setweight(to_tsvector('pg_catalog.portuguese', marketplace.norm(coalesce(p_brand, '') || ' ' || p_category || ' ' || coalesce(p_parent, ''))), 'B') ||
               setweight(to_tsvector('pg_catalog.portuguese', marketplace.norm(left(coalesce(p_description, ''), 2000))), 'C')
      $$`);
    await qr.query(`create policy reference_refresh on marketplace.listings for update using (${isOwner}) with check (${isOwner})`);
    await qr.query(`
      create function marketplace.refresh_listings(p_category uuid, p_brand uuid)
      returns integer language plpgsql security definer set search_path = marketplace, pg_temp
      as $$
      declare n integer;
      begin
        if coalesce(current_setting('app.staff', true), '') <> 'on' then
          raise exception 'refresh_listings is for platform staff' using errcode = '42501';
        end if;
        update marketplace.listings l
           set search = marketplace.listing_search(p.name, p.code, b.name, c.name, pc.name, p.description)
          from marketplace.products p
          join marketplace.categories c on c.id = p.category_id
          left join marketplace.categories pc on pc.id = c.parent_id
          left join marketplace.brands b on b.id = p.brand_id
         where l.product_id = p.id
           and ((p_category is not null and (c.id = p_category or c.parent_id = p_category)) or (p_brand is not null and p.brand_id = p_brand));
        get diagnostics n = row_count;
        return n;
      end
      $$`);
    await grantExecuteLikeTable(qr, 'marketplace.refresh_listings(uuid, uuid)', 'marketplace', 'listings', 'UPDATE');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`drop function marketplace.refresh_listings(uuid, uuid)`);
    await qr.query(`drop policy reference_refresh on marketplace.listings`);
    await qr.query(`drop function marketplace.listing_search(text, text, text, text, text, text)`);
  }
}
