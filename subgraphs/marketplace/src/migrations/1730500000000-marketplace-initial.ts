import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addReadPolicy, createOutboxTables, enableSharedReadRls, enableTenantRls } from '@prumo/kit';

/**
 * StockTech: categories and brands (shared reference data), products, the public listing index,
 * orders between accounts, inquiries and seller profiles.
 *
 * RLS design (also in docs/architecture.md):
 * - products: tenant = seller. The owner reads and writes its rows (tenant_isolation); every
 *   signed-in account reads active listings (`listed_read`). Stock of another account's product is
 *   only changed by the SECURITY DEFINER functions below (place/cancel order), which run as the
 *   schema owner; the `stock_functions` policy lets exactly that role update the row.
 * - listings: a projection of active products (name, price, category, brand, search vectors),
 *   maintained by the product service in the same transaction as the product. It is public on
 *   purpose (`using (true)`): PostgreSQL cannot use an index for non-leakproof operators (`@@`,
 *   `<%`) behind a non-constant RLS qual, so the search index lives on a table whose read policy the
 *   planner folds away. Writes still need the seller's tenant.
 * - orders / inquiries: tenant = buyer; the seller reads them through `seller_read`
 *   (seller_tenant_id = current tenant). The app role has SELECT only on orders: every state change
 *   goes through place_order / confirm_order / cancel_order, which check who the caller is
 *   (buyer or seller, from app.tenant_id) and which transition is allowed.
 */
export class MarketplaceInitial1730500000000 implements MigrationInterface {
  name = 'MarketplaceInitial1730500000000';

  async up(qr: QueryRunner): Promise<void> {
    const [{ owner }] = await qr.query(`select current_user as owner`);
    const isOwner = `current_user = '${String(owner).replace(/'/g, "''")}'`;

    // Immutable wrapper (unaccent() itself is only stable): usable in generated columns and indexes.
    await qr.query(`
      create function marketplace.norm(t text) returns text language sql immutable parallel safe strict
      as $$ select lower(public.unaccent('public.unaccent'::regdictionary, t)) $$`);

    await qr.query(`
      create table marketplace.categories (
        id uuid primary key,
        slug text not null unique,
        name text not null,
        parent_id uuid references marketplace.categories (id),
        position int not null default 0
      )`);
    await qr.query(`
      create table marketplace.brands (
        id uuid primary key,
        name text not null,
        created_at timestamptz not null default now()
      )`);
    await qr.query(`create unique index brands_name on marketplace.brands (marketplace.norm(name))`);
    await enableSharedReadRls(qr, 'marketplace.categories');
    await enableSharedReadRls(qr, 'marketplace.brands');

    await qr.query(`
      create table marketplace.seller_profiles (
        tenant_id uuid primary key,
        display_name text not null,
        whatsapp text,
        city text,
        state char(2),
        updated_at timestamptz not null default now()
      )`);
    await enableTenantRls(qr, 'marketplace.seller_profiles');
    // Buyers see the seller's public card (name, city, WhatsApp for the order chat).
    await addReadPolicy(qr, 'marketplace.seller_profiles', 'public_read', 'true');

    await qr.query(`
      create table marketplace.products (
        tenant_id uuid not null,
        id uuid primary key,
        code text not null,
        code_number int not null,
        name text not null,
        description text not null default '',
        category_id uuid not null references marketplace.categories (id),
        brand_id uuid references marketplace.brands (id),
        price_cents bigint not null check (price_cents > 0),
        stock int not null check (stock >= 0),
        specifications jsonb not null default '[]',
        images jsonb not null default '[]',
        active boolean not null default true,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz
      )`);
    await qr.query(`create unique index products_code on marketplace.products (tenant_id, code)`);
    await qr.query(`create index products_mine on marketplace.products (tenant_id, created_at desc, id desc) where deleted_at is null`);
    await enableTenantRls(qr, 'marketplace.products');
    await addReadPolicy(qr, 'marketplace.products', 'listed_read', 'active and deleted_at is null');
    await qr.query(`create policy stock_functions on marketplace.products for all using (${isOwner}) with check (${isOwner})`);

    await qr.query(`
      create table marketplace.listings (
        tenant_id uuid not null,
        product_id uuid primary key references marketplace.products (id),
        name text not null,
        name_norm text generated always as (marketplace.norm(name)) stored,
        search tsvector not null,
        category_id uuid not null,
        brand_id uuid,
        price_cents bigint not null,
        created_at timestamptz not null default now()
      )`);
    // The catalogue is searched across sellers, so besides the seller's own index these lead with the
    // search key (GIN cannot lead with tenant_id without btree_gin anyway).
    await qr.query(`create index listings_seller on marketplace.listings (tenant_id, product_id)`);
    await qr.query(`create index listings_fts on marketplace.listings using gin (search)`);
    await qr.query(`create index listings_trgm on marketplace.listings using gin (name_norm gin_trgm_ops)`);
    await qr.query(`create index listings_category on marketplace.listings (category_id, product_id desc)`);
    await qr.query(`create index listings_price on marketplace.listings (price_cents)`);
    await enableTenantRls(qr, 'marketplace.listings');
    await addReadPolicy(qr, 'marketplace.listings', 'public_read', 'true');

    // The vocabulary of listing names (unaccented words), for spelling correction of searches: a
    // typo is matched against a few thousand words instead of every listing. Not tenant data.
    await qr.query(`create table marketplace.search_words (word text primary key)`);
    await qr.query(`create index search_words_trgm on marketplace.search_words using gin (word gin_trgm_ops)`);
    await qr.query(`alter table marketplace.search_words enable row level security`);
    await qr.query(`alter table marketplace.search_words force row level security`);
    await qr.query(`create policy public_read on marketplace.search_words for select using (true)`);
    await qr.query(`create policy sellers_add on marketplace.search_words for insert with check (current_setting('app.tenant_id', true) is not null)`);

    await qr.query(`
      create table marketplace.orders (
        tenant_id uuid not null,
        id uuid primary key,
        seller_tenant_id uuid not null,
        product_id uuid not null references marketplace.products (id),
        quantity int not null check (quantity > 0),
        unit_price_cents bigint not null check (unit_price_cents > 0),
        total_cents bigint not null,
        product_name text not null,
        product_code text not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'COMPLETED', 'CANCELLED')),
        buyer_user_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        completed_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by text check (cancelled_by in ('BUYER', 'SELLER')),
        check (tenant_id <> seller_tenant_id)
      )`);
    await qr.query(`create index orders_buyer on marketplace.orders (tenant_id, created_at desc, id desc)`);
    // The seller's side of an order is a tenant too: its indexes lead with seller_tenant_id.
    await qr.query(`create index orders_seller on marketplace.orders (seller_tenant_id, created_at desc, id desc)`);
    await qr.query(`create index orders_seller_completed on marketplace.orders (seller_tenant_id, completed_at) where status = 'COMPLETED'`);
    await enableTenantRls(qr, 'marketplace.orders');
    await addReadPolicy(qr, 'marketplace.orders', 'seller_read', `seller_tenant_id = current_setting('app.tenant_id')::uuid`);
    await qr.query(`create policy order_functions on marketplace.orders for all using (${isOwner}) with check (${isOwner})`);

    await qr.query(`
      create table marketplace.inquiries (
        tenant_id uuid not null,
        id uuid primary key,
        seller_tenant_id uuid not null,
        product_id uuid not null references marketplace.products (id),
        user_id uuid,
        message text not null,
        created_at timestamptz not null default now(),
        check (tenant_id <> seller_tenant_id)
      )`);
    await qr.query(`create index inquiries_buyer on marketplace.inquiries (tenant_id, created_at desc, id desc)`);
    await qr.query(`create index inquiries_seller on marketplace.inquiries (seller_tenant_id, created_at desc, id desc)`);
    await enableTenantRls(qr, 'marketplace.inquiries');
    await addReadPolicy(qr, 'marketplace.inquiries', 'seller_read', `seller_tenant_id = current_setting('app.tenant_id')::uuid`);

    // Orders are read-only for the app role: writes go through the functions below.
    await qr.query(`
      do $$ declare r record; begin
        for r in select distinct grantee from information_schema.role_table_grants
                  where table_schema = 'marketplace' and table_name = 'orders' and privilege_type = 'INSERT' and grantee <> current_user
        loop execute format('revoke insert, update, delete on marketplace.orders from %I', r.grantee); end loop;
      end $$`);

    // Places an order for the calling tenant (the buyer): one conditional UPDATE reserves the stock
    // (never oversells, no lock-then-check) and freezes the price. Returns no row when the product
    // is missing, inactive, the caller's own, or out of stock (the caller tells which).
    await qr.query(`
      create function marketplace.place_order(p_order_id uuid, p_product_id uuid, p_quantity int, p_user_id uuid)
      returns setof marketplace.orders language plpgsql security definer set search_path = marketplace, pg_temp
      as $$
      declare
        v_buyer uuid := current_setting('app.tenant_id')::uuid;
        p record;
      begin
        if p_quantity is null or p_quantity < 1 then return; end if;
        update marketplace.products set stock = stock - p_quantity, updated_at = now()
         where id = p_product_id and stock >= p_quantity and active and deleted_at is null and tenant_id <> v_buyer
        returning tenant_id, price_cents, name, code into p;
        if not found then return; end if;
        return query insert into marketplace.orders
          (tenant_id, id, seller_tenant_id, product_id, quantity, unit_price_cents, total_cents, product_name, product_code, buyer_user_id)
          values (v_buyer, p_order_id, p.tenant_id, p_product_id, p_quantity, p.price_cents, p.price_cents * p_quantity, p.name, p.code, p_user_id)
          returning *;
      end $$`);
    // Seller confirms a pending order.
    await qr.query(`
      create function marketplace.confirm_order(p_order_id uuid)
      returns setof marketplace.orders language sql security definer set search_path = marketplace, pg_temp
      as $$
        update marketplace.orders set status = 'COMPLETED', completed_at = now(), updated_at = now()
         where id = p_order_id and status = 'PENDING' and seller_tenant_id = current_setting('app.tenant_id')::uuid
        returning *
      $$`);
    // Buyer or seller cancels a pending order; the stock goes back to the product in the same statement.
    await qr.query(`
      create function marketplace.cancel_order(p_order_id uuid)
      returns setof marketplace.orders language sql security definer set search_path = marketplace, pg_temp
      as $$
        with o as (
          update marketplace.orders set status = 'CANCELLED', cancelled_at = now(), updated_at = now(),
                 cancelled_by = case when tenant_id = current_setting('app.tenant_id')::uuid then 'BUYER' else 'SELLER' end
           where id = p_order_id and status = 'PENDING'
             and current_setting('app.tenant_id')::uuid in (tenant_id, seller_tenant_id)
          returning *
        ), restock as (
          update marketplace.products p set stock = p.stock + o.quantity, updated_at = now() from o where p.id = o.product_id
          returning p.id
        )
        select o.* from o
      $$`);
    for (const f of ['place_order(uuid, uuid, int, uuid)', 'confirm_order(uuid)', 'cancel_order(uuid)']) {
      await qr.query(`revoke all on function marketplace.${f} from public`);
    }
    await qr.query(`
      do $$ declare r record; begin
        for r in select distinct grantee from information_schema.role_table_grants
                  where table_schema = 'marketplace' and table_name = 'products' and grantee <> current_user
        loop
          execute format('grant execute on function marketplace.place_order(uuid, uuid, int, uuid) to %I', r.grantee);
          execute format('grant execute on function marketplace.confirm_order(uuid) to %I', r.grantee);
          execute format('grant execute on function marketplace.cancel_order(uuid) to %I', r.grantee);
        end loop;
      end $$`);

    // Reference data is staff-written under RLS: the migration seeds it as staff (transaction-local).
    await qr.query(`select set_config('app.staff', 'on', true)`);
    await seedCategories(qr);
    await createOutboxTables(qr, 'marketplace');
  }

  async down(): Promise<void> {
    throw new Error('marketplace migrations are forward-only');
  }
}

/** A starting category tree for Brazilian B2B small business (staff edits it later). */
const CATEGORIES: Array<[string, string, Array<[string, string]>]> = [
  ['alimentos', 'Alimentos', [['alimentos-mercearia', 'Mercearia'], ['alimentos-cafe', 'Café e chás'], ['alimentos-doces', 'Doces e confeitaria'], ['alimentos-congelados', 'Congelados']]],
  ['bebidas', 'Bebidas', [['bebidas-agua', 'Água'], ['bebidas-sucos', 'Sucos e refrigerantes'], ['bebidas-alcoolicas', 'Bebidas alcoólicas']]],
  ['embalagens', 'Embalagens', [['embalagens-caixas', 'Caixas de papelão'], ['embalagens-descartaveis', 'Descartáveis'], ['embalagens-sacolas', 'Sacolas']]],
  ['limpeza', 'Limpeza', [['limpeza-produtos', 'Produtos de limpeza'], ['limpeza-higiene', 'Higiene']]],
  ['papelaria', 'Papelaria e escritório', [['papelaria-papel', 'Papel'], ['papelaria-escrita', 'Escrita']]],
  ['informatica', 'Informática', [['informatica-perifericos', 'Periféricos'], ['informatica-componentes', 'Componentes'], ['informatica-suprimentos', 'Suprimentos']]],
  ['ferramentas', 'Ferramentas', [['ferramentas-manuais', 'Ferramentas manuais'], ['ferramentas-eletricas', 'Ferramentas elétricas']]],
  ['construcao', 'Construção', [['construcao-material', 'Material de construção'], ['construcao-eletrica', 'Material elétrico']]],
  ['vestuario', 'Vestuário e têxteis', [['vestuario-uniformes', 'Uniformes'], ['vestuario-epi', 'EPI']]],
  ['agro', 'Agropecuária', [['agro-insumos', 'Insumos'], ['agro-racao', 'Ração']]],
];

async function seedCategories(qr: QueryRunner): Promise<void> {
  let pos = 0;
  for (const [slug, name, children] of CATEGORIES) {
    const [{ id }] = await qr.query(`insert into marketplace.categories (id, slug, name, position) values (gen_random_uuid(), $1, $2, $3) returning id`, [slug, name, pos++]);
    let c = 0;
    for (const [cslug, cname] of children) {
      await qr.query(`insert into marketplace.categories (id, slug, name, parent_id, position) values (gen_random_uuid(), $1, $2, $3, $4)`, [cslug, cname, id, c++]);
    }
  }
}
