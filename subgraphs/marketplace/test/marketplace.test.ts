import { Client as Pg } from 'pg';
import { countStatements, loadConfig, QuotaClient } from '@prumo/kit';
import { eventually, gql, mintToken } from '@prumo/kit/testing';
import { startStack, type Stack } from '../../../test/stack';
import { signUp, upgradeToPro, type SignedUp } from '../../../test/e2e/helpers';

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const PRODUCT = `id code name description price { cents formatted } stock active isMine specifications { key value }
  category { id name } brand { id name } seller { accountId displayName whatsapp } images { id url contentType }`;
const ORDER = `id status myRole quantity unitPrice { cents } total { cents formatted } productName productCode whatsappUrl
  product { id name } seller { accountId displayName } buyer { accountId displayName }`;

let stack: Stack;
let db: Pg;
let a: SignedUp & { token: string };
let b: SignedUp & { token: string };
let c: SignedUp & { token: string };
let categories: Record<string, string>;

async function pro(name: string) {
  const u = await signUp(stack.graphqlUrl, { companyName: name });
  await upgradeToPro(stack.graphqlUrl, u.token);
  const r = await gql(stack.graphqlUrl, REFRESH, { t: u.refreshToken });
  return { ...u, token: r.data!.refreshSession.accessToken as string };
}

const q = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(stack.graphqlUrl, query, variables, { token });

async function createProduct(token: string, input: Record<string, unknown>) {
  const r = await q(token, `mutation($i: CreateProductInput!) { createProduct(input: $i) { ${PRODUCT} } }`, {
    i: { categoryId: categories.alimentos, priceCents: 1000, stock: 10, ...input },
  });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.createProduct;
}

beforeAll(async () => {
  stack = await startStack();
  [a, b, c] = await Promise.all([pro('Torrefação do Sul LTDA'), pro('Mercado Bom Preço LTDA'), pro('Papelaria Central LTDA')]);
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
  const cats = await q(a.token, `query { marketplaceCategories { id slug } }`);
  if (!cats.data) throw new Error(JSON.stringify(cats.errors));
  categories = Object.fromEntries(cats.data!.marketplaceCategories.map((x: any) => [x.slug, x.id]));
  await q(a.token, `mutation { updateSellerProfile(input: { displayName: "Torrefação do Sul", whatsapp: "(11) 98765-4321", city: "Campinas", state: "SP" }) { accountId } }`);
}, 120_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('catalogue', () => {
  test('a seeded category tree and staff-only writes', async () => {
    expect(Object.keys(categories)).toEqual(expect.arrayContaining(['alimentos', 'bebidas', 'embalagens', 'limpeza', 'papelaria', 'informatica', 'ferramentas']));
    const denied = await q(a.token, `mutation { createMarketplaceBrand(input: { name: "Marca X" }) { id } }`);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const staff = mintToken({ tid: a.accountId, staff: true, mods: ['marketplace'], plan: 'pro' });
    const brand = await q(staff, `mutation { createMarketplaceBrand(input: { name: "Café Serra Azul" }) { id name } }`);
    expect(brand.data!.createMarketplaceBrand.name).toBe('Café Serra Azul');
    const dup = await q(staff, `mutation { createMarketplaceBrand(input: { name: "cafe serra azul" }) { id } }`);
    expect(dup.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Every signed-in account reads brands and categories.
    const seen = await q(c.token, `query { marketplaceBrands { name } }`);
    expect(seen.data!.marketplaceBrands.map((x: any) => x.name)).toContain('Café Serra Azul');
    // The database agrees: the app role cannot write shared reference data without staff.
    const appDb = await appClient();
    await appDb.query('begin');
    await appDb.query(`select set_config('app.tenant_id', $1, true)`, [a.accountId]);
    await expect(appDb.query(`insert into marketplace.brands (id, name) values (gen_random_uuid(), 'Hack')`)).rejects.toThrow(/row-level security/);
    await appDb.query('rollback');
    await appDb.end();
  });

  test('staff rename categories and brands (the listings\' search follows), delete unused ones only; others are refused', async () => {
    const staff = mintToken({ tid: a.accountId, staff: true, mods: ['marketplace'], plan: 'pro' });
    const tag = Math.random().toString(36).slice(2, 8);
    const cat = (await q(staff, `mutation($s: String!) { createMarketplaceCategory(input: { slug: $s, name: "Doces Finos" }) { id } }`, { s: `doces-finos-${tag}` })).data!.createMarketplaceCategory.id;
    const brand = (await q(staff, `mutation($n: String!) { createMarketplaceBrand(input: { name: $n }) { id } }`, { n: `Cacau Fino ${tag}` })).data!.createMarketplaceBrand.id;
    const truffle = await createProduct(a.token, { name: 'Trufa de maracujá', categoryId: cat, brandId: brand });
    const found = async (query: string) =>
      ((await q(c.token, `query($q: String!) { searchProducts(query: $q) { nodes { id } } }`, { q: query })).data!.searchProducts.nodes as Array<{ id: string }>).some((n) => n.id === truffle.id);
    expect(await found('doces finos')).toBe(true);

    // Renames reach the search at once, for every seller's listing.
    const renamed = await q(staff, `mutation($id: ID!) { updateMarketplaceCategory(id: $id, input: { name: "Confeitaria Artesanal" }) { name slug } }`, { id: cat });
    expect(renamed.data!.updateMarketplaceCategory).toEqual({ name: 'Confeitaria Artesanal', slug: `doces-finos-${tag}` });
    expect(await found('confeitaria artesanal')).toBe(true);
    expect(await found('doces finos')).toBe(false);
    expect((await q(staff, `mutation($id: ID!, $n: String!) { updateMarketplaceBrand(id: $id, input: { name: $n }) { name } }`, { id: brand, n: `Cacau Nobre ${tag}` })).data!.updateMarketplaceBrand.name).toBe(`Cacau Nobre ${tag}`);
    expect(await found('cacau nobre')).toBe(true);
    expect((await q(c.token, `query($id: ID!) { product(id: $id) { category { name } brand { name } } }`, { id: truffle.id })).data!.product).toEqual({ category: { name: 'Confeitaria Artesanal' }, brand: { name: `Cacau Nobre ${tag}` } });

    // In use: refused in pt-BR, nothing deleted.
    const inUse = await q(staff, `mutation($id: ID!) { deleteMarketplaceCategory(id: $id) }`, { id: cat });
    expect(inUse.errors?.[0]).toMatchObject({ message: 'A categoria está em uso por 1 produto.', extensions: { code: 'CONFLICT' } });
    expect((await q(staff, `mutation($id: ID!) { deleteMarketplaceBrand(id: $id) }`, { id: brand })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const parent = (await q(staff, `query { marketplaceCategories { id slug } }`)).data!.marketplaceCategories.find((x: any) => x.slug === 'alimentos').id;
    expect((await q(staff, `mutation($id: ID!) { deleteMarketplaceCategory(id: $id) }`, { id: parent })).errors?.[0]?.message).toMatch(/^A categoria tem \d+ subcategorias: exclua ou mova-as antes\.$/);
    // Bad input and duplicates.
    expect((await q(staff, `mutation($id: ID!) { updateMarketplaceCategory(id: $id, input: { slug: "Com Espaço" }) { id } }`, { id: cat })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await q(staff, `mutation($id: ID!) { updateMarketplaceCategory(id: $id, input: { slug: "bebidas" }) { id } }`, { id: cat })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await q(staff, `mutation($id: ID!) { updateMarketplaceBrand(id: $id, input: { name: "café serra azul" }) { id } }`, { id: brand })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Unused ones go.
    const spare = (await q(staff, `mutation($s: String!) { createMarketplaceCategory(input: { slug: $s, name: "Sazonais" }) { id } }`, { s: `sazonais-${tag}` })).data!.createMarketplaceCategory.id;
    expect((await q(staff, `mutation($id: ID!) { deleteMarketplaceCategory(id: $id) }`, { id: spare })).data!.deleteMarketplaceCategory).toBe(true);
    expect((await q(c.token, `query { marketplaceCategories { id } }`)).data!.marketplaceCategories.map((x: any) => x.id)).not.toContain(spare);

    // Only staff: the API and the database (the refresh function refuses a non-staff session).
    for (const op of [`mutation($id: ID!) { updateMarketplaceCategory(id: $id, input: { name: "Invasão" }) { id } }`, `mutation($id: ID!) { deleteMarketplaceCategory(id: $id) }`]) {
      expect((await q(a.token, op, { id: cat })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const appDb = await appClient();
    try {
      await appDb.query('begin');
      await appDb.query(`select set_config('app.tenant_id', $1, true)`, [a.accountId]);
      await expect(appDb.query(`select marketplace.refresh_listings($1, null)`, [cat])).rejects.toThrow(/staff/);
      await appDb.query('rollback');
    } finally {
      await appDb.end();
    }
  });

  test('every signed-in account browses and buys; selling needs the marketplace module (Free gets MODULE_DISABLED)', async () => {
    const listed = await createProduct(a.token, { name: 'Açúcar mascavo orgânico 1 kg', priceCents: 1290, stock: 5 });
    const free = await signUp(stack.graphqlUrl, { companyName: 'Lanchonete do Free MEI' });
    const found = await q(free.token, `query { searchProducts(query: "acucar mascavo") { nodes { id name seller { displayName } } } }`);
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchProducts.nodes).toEqual(expect.arrayContaining([{ id: listed.id, name: 'Açúcar mascavo orgânico 1 kg', seller: { displayName: 'Torrefação do Sul' } }]));
    expect((await q(free.token, `query($id: ID!) { product(id: $id) { name isMine } }`, { id: listed.id })).data!.product).toEqual({ name: 'Açúcar mascavo orgânico 1 kg', isMine: false });
    const order = await q(free.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { status myRole total { cents } } }`, { i: { productId: listed.id, quantity: 2 } });
    expect(order.data!.placeOrder).toEqual({ status: 'PENDING', myRole: 'BUYER', total: { cents: 2580 } });
    const asked = await q(free.token, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: listed.id, message: 'Vocês entregam em Campinas?' } });
    expect(asked.errors).toBeUndefined();
    expect((await q(free.token, `query { orders(role: BUYER) { nodes { productName } } }`)).data!.orders.nodes).toEqual([{ productName: 'Açúcar mascavo orgânico 1 kg' }]);
    // Selling is a Pro feature: listing a product, "my products" and the seller card.
    for (const op of [
      `mutation($c: ID!) { createProduct(input: { name: "Coxinha congelada", categoryId: $c, priceCents: 500, stock: 10 }) { id } }`,
      `query { products { nodes { id } } }`,
      `query { mySellerProfile { displayName } }`,
    ]) {
      const r = await q(free.token, op, op.includes('$c') ? { c: categories.alimentos } : {});
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'MODULE_DISABLED', module: 'marketplace' });
    }
  });
});

async function appClient() {
  const cfg = loadConfig();
  const client = new Pg({ host: cfg.DATABASE_HOST, port: cfg.DATABASE_PORT, database: cfg.DATABASE_NAME, user: cfg.DATABASE_APP_USER, password: cfg.DATABASE_APP_PASSWORD });
  await client.connect();
  return client;
}

describe('products', () => {
  test('create with a checked code, edit, bad input in pt-BR', async () => {
    const p = await createProduct(a.token, { name: 'Café torrado em grãos 1 kg', priceCents: 4590, stock: 30, specifications: [{ key: 'Torra', value: 'média' }] });
    expect(p.code).toMatch(/^ST\d{6}[A-Z]$/);
    expect(p).toMatchObject({ isMine: true, price: { cents: 4590, formatted: 'R$ 45,90' }, stock: 30, active: true, category: { id: categories.alimentos }, seller: { displayName: 'Torrefação do Sul', whatsapp: '(11) 98765-4321' } });

    const bad = [
      [{ priceCents: -100 }, 'priceCents'],
      [{ priceCents: 0 }, 'priceCents'],
      [{ stock: -1 }, 'stock'],
      [{ name: 'x' }, 'name'],
      [{ categoryId: '00000000-0000-4000-8000-000000000000' }, 'categoryId'],
    ] as const;
    for (const [input, field] of bad) {
      const r = await q(a.token, `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, { i: { name: 'Produto válido', categoryId: categories.bebidas, priceCents: 100, stock: 1, ...input } });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(Object.keys(r.errors![0].extensions!.fields)).toContain(field);
    }
    const upd = await q(a.token, `mutation($id: ID!) { updateProduct(id: $id, input: { priceCents: 4990, stock: 25 }) { price { cents } stock } }`, { id: p.id });
    expect(upd.data!.updateProduct).toEqual({ price: { cents: 4990 }, stock: 25 });
    const negative = await q(a.token, `mutation($id: ID!) { updateProduct(id: $id, input: { stock: -5 }) { stock } }`, { id: p.id });
    expect(negative.errors?.[0]?.extensions?.fields).toEqual({ stock: 'O estoque não pode ser negativo.' });
  });

  test('images: sniffed bytes, signed download through the router', async () => {
    const p = await createProduct(a.token, { name: 'Caixa de papelão 40x30', categoryId: categories.embalagens });
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d605ae0000000049454e44ae426082', 'hex');
    const r = await q(a.token, `mutation($id: ID!, $i: ProductImageInput!) { addProductImage(productId: $id, input: $i) { images { id url contentType } } }`, {
      id: p.id,
      i: { filename: 'caixa.png', contentBase64: png.toString('base64') },
    });
    const img = r.data!.addProductImage.images[0];
    expect(img.contentType).toBe('image/png');
    expect(img.url).toContain('/files/marketplace/');
    const res = await fetch(img.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    const tampered = await fetch(img.url.replace(/sig=[^&]+/, 'sig=xxx'));
    expect(tampered.status).toBe(403);
    const fake = await q(a.token, `mutation($id: ID!, $i: ProductImageInput!) { addProductImage(productId: $id, input: $i) { id } }`, {
      id: p.id,
      i: { filename: 'foto.png', contentBase64: Buffer.from('<script>alert(1)</script>').toString('base64') },
    });
    expect(fake.errors?.[0]?.extensions?.fields).toEqual({ contentBase64: 'Formato não aceito: envie PNG, JPEG ou WEBP.' });
    // Someone else cannot add images to A's product.
    const other = await q(c.token, `mutation($id: ID!, $i: ProductImageInput!) { addProductImage(productId: $id, input: $i) { id } }`, { id: p.id, i: { filename: 'x.png', contentBase64: png.toString('base64') } });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  test('the products gauge is reserved at billing: over the plan limit -> PAYMENT_REQUIRED, deleting frees a slot; a lost release is recovered', async () => {
    const d = await pro('Distribuidora Limite LTDA');
    const cfg = loadConfig({}, stack.env);
    const quota = new QuotaClient({ billingUrl: cfg.BILLING_URL, serviceSecret: cfg.serviceTokenSecret, service: 'test' });
    const used = async () => Number((await db.query(`select used from billing.usage_counters where tenant_id = $1 and metric = 'products'`, [d.accountId])).rows[0].used);
    const create = (name: string) => q(d.token, `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, { i: { name, categoryId: categories.limpeza, priceCents: 100, stock: 1 } });
    const one = await createProduct(d.token, { name: 'Produto um' });
    expect(await used()).toBe(1);
    // Pro allows 500: 499 more rows (written straight to the table) and the gauge that counts them.
    await db.query(
      `insert into marketplace.products (tenant_id, id, code, code_number, name, description, category_id, price_cents, stock, specifications, active)
       select $1, gen_random_uuid(), 'RAW' || g, 100000 + g, 'Produto em massa ' || g, '', $2, 100, 1, '[]'::jsonb, false from generate_series(1, 499) g`,
      [d.accountId, categories.limpeza],
    );
    await quota.setGauge(d.accountId, 'products', 500);
    const over = await create('Produto a mais');
    expect(over.errors?.[0]?.extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', metric: 'products', limit: 500 });
    const count = await db.query(`select count(*)::int as n from marketplace.products where tenant_id = $1`, [d.accountId]);
    expect(count.rows[0].n).toBe(500); // nothing half-written
    await q(d.token, `mutation($id: ID!) { deleteProduct(id: $id) }`, { id: one.id });
    expect(await used()).toBe(499);
    const ok = await create('Cabe agora');
    expect(ok.data?.createProduct.id).toBeTruthy();
    expect(await used()).toBe(500);
    // A delete whose release never reached billing (it was down): the gauge says 500, the account
    // has 499. The refusal re-counts the products and the creation goes through.
    await db.query(`update marketplace.products set deleted_at = now() where tenant_id = $1 and code = 'RAW1'`, [d.accountId]);
    const recovered = await create('Depois da queda do faturamento');
    expect(recovered.errors).toBeUndefined();
    expect(await used()).toBe(500);
  }, 60_000);
});

describe('visibility between three accounts (A sells, B buys, C watches)', () => {
  let listed: any;
  let hidden: any;
  let order: any;

  beforeAll(async () => {
    listed = await createProduct(a.token, { name: 'Açúcar cristal 5 kg', categoryId: categories.alimentos, priceCents: 2500, stock: 20 });
    hidden = await createProduct(a.token, { name: 'Produto rascunho', categoryId: categories.alimentos, priceCents: 2500, stock: 20, active: false });
    order = (await q(b.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { ${ORDER} } }`, { i: { productId: listed.id, quantity: 3 } })).data!.placeOrder;
  });

  test('active listings are visible to every account, inactive ones only to the owner', async () => {
    for (const u of [b, c]) {
      const r = await q(u.token, `query($id: ID!, $h: ID!) { product(id: $id) { id isMine stock } hidden: product(id: $h) { id } }`, { id: listed.id, h: hidden.id });
      expect(r.data).toEqual({ product: { id: listed.id, isMine: false, stock: 17 }, hidden: null });
    }
    const own = await q(a.token, `query($h: ID!) { product(id: $h) { id active } }`, { h: hidden.id });
    expect(own.data!.product).toEqual({ id: hidden.id, active: false });
    const mine = await q(c.token, `query { products(first: 100) { nodes { id } } }`);
    expect(mine.data!.products.nodes).toEqual([]);
  });

  test('B and C cannot edit A\'s product (API and database)', async () => {
    for (const u of [b, c]) {
      const r = await q(u.token, `mutation($id: ID!) { updateProduct(id: $id, input: { stock: 9999, priceCents: 1 }) { id } }`, { id: listed.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const del = await q(u.token, `mutation($id: ID!) { deleteProduct(id: $id) }`, { id: listed.id });
      expect(del.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    // Directly as the app role in B's tenant: RLS makes A's product read-only.
    const app = await appClient();
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [b.accountId]);
    const upd = await app.query(`update marketplace.products set stock = 9999, price_cents = 1 where id = $1`, [listed.id]);
    expect(upd.rowCount).toBe(0);
    // Nor its public listing, its seller card, or the stock functions' privileges.
    expect((await app.query(`update marketplace.listings set price_cents = 1 where product_id = $1`, [listed.id])).rowCount).toBe(0);
    expect((await app.query(`delete from marketplace.listings where product_id = $1`, [listed.id])).rowCount).toBe(0);
    expect((await app.query(`update marketplace.seller_profiles set whatsapp = '11900000000' where tenant_id = $1`, [a.accountId])).rowCount).toBe(0);
    expect((await app.query(`select count(*)::int as n from marketplace.listings where product_id = $1`, [listed.id])).rows[0].n).toBe(1);
    const ins = app.query(`insert into marketplace.orders (tenant_id, id, seller_tenant_id, product_id, quantity, unit_price_cents, total_cents, product_name, product_code) values ($1, gen_random_uuid(), $2, $3, 1, 1, 1, 'x', 'x')`, [b.accountId, a.accountId, listed.id]);
    await expect(ins).rejects.toThrow(/permission denied/);
    await app.query('rollback');
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true)`, [b.accountId]);
    await expect(app.query(`update marketplace.orders set status = 'COMPLETED' where id = $1`, [order.id])).rejects.toThrow(/permission denied/);
    await app.query('rollback');
    await app.end();
    const still = await db.query(`select stock, price_cents from marketplace.products where id = $1`, [listed.id]);
    expect(still.rows[0]).toEqual({ stock: 17, price_cents: '2500' });
  });

  test('the order is visible to buyer and seller only', async () => {
    expect(order).toMatchObject({ status: 'PENDING', myRole: 'BUYER', quantity: 3, unitPrice: { cents: 2500 }, total: { cents: 7500 }, seller: { accountId: a.accountId } });
    const asSeller = await q(a.token, `query { orders(role: SELLER) { nodes { id myRole buyer { accountId } } } }`);
    expect(asSeller.data!.orders.nodes).toContainEqual({ id: order.id, myRole: 'SELLER', buyer: { accountId: b.accountId } });
    const asBuyer = await q(b.token, `query { orders(role: BUYER) { nodes { id } } }`);
    expect(asBuyer.data!.orders.nodes.map((o: any) => o.id)).toContain(order.id);
    const cView = await q(c.token, `query($id: ID!) { buyer: orders(role: BUYER) { nodes { id } } seller: orders(role: SELLER) { nodes { id } } order(id: $id) { id } }`, { id: order.id });
    expect(cView.data).toEqual({ buyer: { nodes: [] }, seller: { nodes: [] }, order: null });
    for (const m of ['confirmOrder', 'cancelOrder']) {
      const r = await q(c.token, `mutation($id: ID!) { ${m}(id: $id) { id } }`, { id: order.id });
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const byBuyer = await q(b.token, `mutation($id: ID!) { confirmOrder(id: $id) { id } }`, { id: order.id });
    expect(byBuyer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('the WhatsApp link goes to the seller with a pt-BR summary', async () => {
    const url = new URL(order.whatsappUrl);
    expect(url.origin + url.pathname).toBe('https://wa.me/5511987654321');
    const text = url.searchParams.get('text')!;
    expect(text).toContain('3 x Açúcar cristal 5 kg');
    expect(text).toContain('R$ 75,00');
    expect(text).toContain('pendente');
  });
});

describe('orders', () => {
  test('bad input: quantity 0, own product, inactive product, unknown product', async () => {
    const p = await createProduct(a.token, { name: 'Farinha de trigo 1 kg', stock: 5 });
    const off = await createProduct(a.token, { name: 'Fubá inativo', stock: 5, active: false });
    const place = (token: string, productId: string, quantity: number) => q(token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId, quantity } });
    const zero = await place(b.token, p.id, 0);
    expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { quantity: 'A quantidade deve ser pelo menos 1.' } });
    const own = await place(a.token, p.id, 1);
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { productId: 'Você não pode comprar um produto da sua própria conta.' } });
    const inactive = await place(b.token, off.id, 1);
    expect(inactive.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const unknown = await place(b.token, '00000000-0000-4000-8000-000000000000', 1);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const tooMany = await place(b.token, p.id, 6);
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'Estoque insuficiente: restam 5 unidades.', extensions: { code: 'CONFLICT' } });
    const stock = await db.query(`select stock from marketplace.products where id = $1`, [p.id]);
    expect(stock.rows[0].stock).toBe(5);
  });

  test('the seller edits the product (price, name) while 70 orders are placed: edits never give reserved units back', async () => {
    const p = await createProduct(a.token, { name: 'Café especial lote 9', priceCents: 3000, stock: 10 });
    const edit = (i: number) => q(a.token, `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { id } }`, { id: p.id, i: { priceCents: 3000 + i, name: `Café especial lote 9 (${i})` } });
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        i % 8 === 0 ? edit(i) : q(i % 2 ? b.token : c.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId: p.id, quantity: 1 } }),
      ),
    );
    expect(results.filter((r) => r.errors?.length && r.errors[0]!.extensions?.code !== 'CONFLICT')).toEqual([]);
    const placed = results.filter((r) => r.data?.placeOrder).length;
    const after = await db.query(`select stock from marketplace.products where id = $1`, [p.id]);
    const orders = await db.query(`select coalesce(sum(quantity), 0)::int as q from marketplace.orders where product_id = $1 and status <> 'CANCELLED'`, [p.id]);
    expect(placed).toBe(10);
    expect(orders.rows[0].q).toBe(10);
    expect(after.rows[0].stock).toBe(0);
    // An explicit stock change is the seller's new count, applied to the row as it is now.
    const set = await q(a.token, `mutation($id: ID!) { updateProduct(id: $id, input: { stock: 5 }) { stock } }`, { id: p.id });
    expect(set.data!.updateProduct.stock).toBe(5);
  }, 60_000);

  test('50 concurrent orders through the router for a stock of 10: exactly 10 succeed, stock ends at 0', async () => {
    const p = await createProduct(a.token, { name: 'Café especial lote 7', priceCents: 3000, stock: 10 });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => q(i % 2 ? b.token : c.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id quantity } }`, { i: { productId: p.id, quantity: 1 } })),
    );
    const ok = results.filter((r) => r.data?.placeOrder);
    const failed = results.filter((r) => !r.data?.placeOrder);
    expect(ok).toHaveLength(10);
    expect(failed).toHaveLength(40);
    for (const f of failed) {
      expect(f.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(f.errors?.[0]?.message).toMatch(/^Estoque insuficiente/);
    }
    const after = await db.query(`select stock from marketplace.products where id = $1`, [p.id]);
    expect(after.rows[0].stock).toBe(0);
    const orders = await db.query(`select count(*)::int as n, sum(quantity)::int as q from marketplace.orders where product_id = $1`, [p.id]);
    expect(orders.rows[0]).toEqual({ n: 10, q: 10 });

    // Cancelling restocks (buyer or seller), once.
    const first = ok[0].data!.placeOrder.id;
    const byBuyer = results.indexOf(ok[0]) % 2 ? b : c;
    const cancel = await q(byBuyer.token, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: first });
    expect(cancel.data!.cancelOrder.status).toBe('CANCELLED');
    const again = await q(byBuyer.token, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: first });
    expect(again.errors?.[0]).toMatchObject({ message: 'O pedido já está cancelado.', extensions: { code: 'CONFLICT' } });
    const second = ok[1].data!.placeOrder.id;
    const bySeller = await q(a.token, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: second });
    expect(bySeller.data!.cancelOrder.status).toBe('CANCELLED');
    const restocked = await db.query(`select stock from marketplace.products where id = $1`, [p.id]);
    expect(restocked.rows[0].stock).toBe(2);
  }, 60_000);

  test('a completed sale reaches limits (seller revenue) exactly once; salesSummary', async () => {
    const seller = await pro('Atacado Receita LTDA');
    // Marketplace sales count in the MEI limit once the seller opts in (limits' fiscal profile).
    await q(seller.token, `mutation { updateFiscalProfile(input: { countMarketplace: true }) { countMarketplace } }`);
    const p = await createProduct(seller.token, { name: 'Embalagem kraft 500 un', categoryId: categories.embalagens, priceCents: 12345, stock: 10 });
    const o = (await q(b.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId: p.id, quantity: 2 } })).data!.placeOrder;
    expect((await q(b.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId: p.id, quantity: 1 } })).errors).toBeUndefined(); // stays pending: salesSummary counts it below
    const done = await q(seller.token, `mutation($id: ID!) { confirmOrder(id: $id) { status completedAt total { cents } } }`, { id: o.id });
    expect(done.data!.confirmOrder).toMatchObject({ status: 'COMPLETED', total: { cents: 24690 } });
    const twice = await q(seller.token, `mutation($id: ID!) { confirmOrder(id: $id) { status } }`, { id: o.id });
    expect(twice.errors?.[0]).toMatchObject({ message: 'O pedido já está concluído.', extensions: { code: 'CONFLICT' } });
    const cancelDone = await q(b.token, `mutation($id: ID!) { cancelOrder(id: $id) { status } }`, { id: o.id });
    expect(cancelDone.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo' }).format(new Date());
    const month = today.slice(0, 7);
    const rev = await eventually(async () => {
      const r = await q(seller.token, `query($m: String!) { revenue(month: $m) { totalCents entries bySource { source cents } } }`, { m: month });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.revenue.totalCents > 0 ? r.data.revenue : null;
    }, 15_000);
    expect(rev).toMatchObject({ totalCents: 24690, entries: 1, bySource: [{ source: 'marketplace', cents: 24690 }] });
    // Buyer's revenue untouched; one ledger row with the order as source.
    const buyerRev = await q(b.token, `query($m: String!) { revenue(month: $m) { totalCents } }`, { m: month });
    expect(buyerRev.data!.revenue.totalCents).toBe(0);
    await new Promise((r) => setTimeout(r, 500));
    const ledger = await db.query(`select tenant_id, amount_cents, occurred_on::text from limits.ledger_entries where source = 'marketplace' and source_id = $1`, [o.id]);
    expect(ledger.rows).toEqual([{ tenant_id: seller.accountId, amount_cents: '24690', occurred_on: today }]);

    const s = await q(seller.token, `query($f: String!, $t: String!) { salesSummary(from: $f, to: $t) { completedOrders pendingOrders revenue { cents formatted } topProducts { product { id name } quantity revenue { cents } } } }`, { f: `${month}-01`, t: today });
    expect(s.data!.salesSummary).toEqual({
      completedOrders: 1,
      pendingOrders: 1,
      revenue: { cents: 24690, formatted: 'R$ 246,90' },
      topProducts: [{ product: { id: p.id, name: 'Embalagem kraft 500 un' }, quantity: 2, revenue: { cents: 24690 } }],
    });
    const badDates = await q(seller.token, `query { salesSummary(from: "2026-13-01", to: "2026-01-01") { completedOrders } }`);
    expect(badDates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: 'Data inválida: use AAAA-MM-DD.' } });
  }, 60_000);
});

describe('inquiries', () => {
  test('stored for buyer and seller, notification.requested written for the seller and routed', async () => {
    const p = await createProduct(a.token, { name: 'Guardanapo folha dupla', categoryId: categories.embalagens });
    const r = await q(b.token, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id message myRole product { id } seller { accountId } } }`, {
      i: { productId: p.id, message: 'Vocês entregam em Campinas?' },
    });
    const inquiry = r.data!.sendInquiry;
    expect(inquiry).toMatchObject({ message: 'Vocês entregam em Campinas?', myRole: 'BUYER', product: { id: p.id }, seller: { accountId: a.accountId } });
    const sellerView = await q(a.token, `query { inquiries(role: SELLER) { nodes { id myRole buyer { accountId } } } }`);
    expect(sellerView.data!.inquiries.nodes).toContainEqual({ id: inquiry.id, myRole: 'SELLER', buyer: { accountId: b.accountId } });
    const cView = await q(c.token, `query { b: inquiries(role: BUYER) { nodes { id } } s: inquiries(role: SELLER) { nodes { id } } }`);
    expect(cView.data).toEqual({ b: { nodes: [] }, s: { nodes: [] } });

    const event = await eventually(async () => {
      const e = await db.query(`select tenant_id, payload, published_at from marketplace.outbox where type = 'notification.requested' and payload->>'key' = $1`, [`inquiry:${inquiry.id}`]);
      return e.rows[0]?.published_at ? e.rows[0] : null;
    });
    expect(event.tenant_id).toBe(a.accountId);
    expect(event.payload).toMatchObject({ kind: 'inquiry', accountId: a.accountId, link: `/marketplace/produtos/${p.id}` });
    // ...and identity puts it in the seller's inbox (the buyer's stays empty of it).
    const INBOX = `query { notifications(first: 20) { nodes { kind title body link } } }`;
    const inboxOf = async (token: string) => (await q(token, INBOX)).data!.notifications.nodes.filter((n: any) => n.title === 'Nova pergunta sobre Guardanapo folha dupla');
    const note = await eventually(async () => (await inboxOf(a.token))[0] ?? null, 20_000);
    expect(note).toMatchObject({ kind: 'INQUIRY', link: `/marketplace/produtos/${p.id}` });
    expect(note.body).toContain('Vocês entregam em Campinas?');
    expect(await inboxOf(b.token)).toEqual([]);

    // The seller answers once; the buyer sees the answer and gets a notification.
    const ANSWER = `mutation($id: ID!, $a: String!) { answerInquiry(id: $id, answer: $a) { id answer answeredAt myRole } }`;
    expect((await q(b.token, ANSWER, { id: inquiry.id, a: 'Eu mesmo respondo' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await q(c.token, ANSWER, { id: inquiry.id, a: 'Intruso' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await q(a.token, ANSWER, { id: inquiry.id, a: ' ' })).errors?.[0]?.extensions?.fields).toEqual({ answer: 'Escreva a resposta.' });
    const answered = await q(a.token, ANSWER, { id: inquiry.id, a: 'Entregamos sim, às terças e sextas.' });
    expect(answered.data!.answerInquiry).toMatchObject({ id: inquiry.id, answer: 'Entregamos sim, às terças e sextas.', myRole: 'SELLER' });
    expect(answered.data!.answerInquiry.answeredAt).toBeTruthy();
    expect((await q(a.token, ANSWER, { id: inquiry.id, a: 'De novo' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const mine = await q(b.token, `query { inquiries(role: BUYER) { nodes { id answer } } }`);
    expect(mine.data!.inquiries.nodes).toContainEqual({ id: inquiry.id, answer: 'Entregamos sim, às terças e sextas.' });
    const reply = await eventually(async () => (await q(b.token, INBOX)).data!.notifications.nodes.find((n: any) => n.title === 'Resposta sobre Guardanapo folha dupla') ?? null, 20_000);
    expect(reply.body).toContain('Entregamos sim, às terças e sextas.');

    const own = await q(a.token, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: p.id, message: 'Pergunta para mim mesmo' } });
    expect(own.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await q(b.token, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: p.id, message: ' ' } });
    expect(empty.errors?.[0]?.extensions?.fields).toEqual({ message: 'Escreva a sua pergunta.' });
  });
});

describe('search', () => {
  let sellerId: string;
  beforeAll(async () => {
    const s = await pro('Empório Busca LTDA');
    sellerId = s.accountId;
    const items = [
      ['Café torrado e moído tradicional 500 g', 'alimentos-cafe', 1890],
      ['Café em grãos especial 1 kg', 'alimentos-cafe', 6990],
      ['Cafeteira elétrica 30 xícaras', 'informatica', 25900],
      ['Embalagem plástica para marmita 500 ml', 'embalagens', 4500],
      ['Caixa de embalagem para presente', 'embalagens', 1200],
      ['Detergente neutro 5 L', 'limpeza', 2390],
      ['Açúcar refinado 1 kg', 'alimentos', 590],
    ] as const;
    for (const [name, cat, price] of items) await createProduct(s.token, { name, categoryId: categories[cat], priceCents: price, description: name.includes('Detergente') ? 'Ideal para lavar a louça após o café' : '' });
  });

  const search = (query: string | null, filter: Record<string, unknown> = {}, first = 20, after?: string) =>
    q(c.token, `query($q: String, $f: ProductSearchFilter, $n: Int, $a: String) { searchProducts(query: $q, filter: $f, first: $n, after: $a) { nodes { id name price { cents } seller { accountId displayName } category { name } } pageInfo { hasNextPage endCursor } } }`, {
      q: query,
      f: { sellerId, ...filter },
      n: first,
      a: after,
    });
  const names = (r: any) => r.data!.searchProducts.nodes.map((n: any) => n.name);

  test('accents and typos: "cafe" finds Café, "embalagen" finds embalagem; names rank above descriptions', async () => {
    const cafe = names(await search('cafe'));
    expect(cafe.slice(0, 2).sort()).toEqual(['Café em grãos especial 1 kg', 'Café torrado e moído tradicional 500 g']);
    expect(cafe).toContain('Detergente neutro 5 L'); // description mentions café
    expect(cafe.indexOf('Detergente neutro 5 L')).toBeGreaterThan(1);
    expect(names(await search('CAFÉ MOIDO'))[0]).toBe('Café torrado e moído tradicional 500 g');
    expect(names(await search('embalagen')).sort()).toEqual(['Caixa de embalagem para presente', 'Embalagem plástica para marmita 500 ml']);
    expect(names(await search('detergnte'))).toEqual(['Detergente neutro 5 L']);
    expect(names(await search('acucar'))).toEqual(['Açúcar refinado 1 kg']);
    expect(names(await search('parafuso'))).toEqual([]);
  });

  test('filters and cursor pagination', async () => {
    const cheap = await search('cafe', { maxPrice: 2000 });
    expect(names(cheap)).toEqual(expect.arrayContaining(['Café torrado e moído tradicional 500 g']));
    expect(cheap.data!.searchProducts.nodes.every((n: any) => n.price.cents <= 2000)).toBe(true);
    expect(names(await search(null, { categoryId: categories.alimentos })).sort()).toEqual(['Café em grãos especial 1 kg', 'Café torrado e moído tradicional 500 g', 'Açúcar refinado 1 kg'].sort());
    const bad = await search('cafe', { minPrice: 5000, maxPrice: 100 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const all = names(await search(null, {}, 50));
    expect(all).toHaveLength(7);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await search(null, {}, 3, after);
      seen.push(...names(page));
      if (!page.data!.searchProducts.pageInfo.hasNextPage) break;
      after = page.data!.searchProducts.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    const ranked = names(await search('cafe', {}, 50));
    const paged: string[] = [];
    after = undefined;
    for (;;) {
      const page = await search('cafe', {}, 2, after);
      paged.push(...names(page));
      if (!page.data!.searchProducts.pageInfo.hasNextPage) break;
      after = page.data!.searchProducts.pageInfo.endCursor;
    }
    expect(paged).toEqual(ranked);
  });

  test('SQL statements do not grow with the page (products, sellers, categories batched)', async () => {
    const small = await countStatements(() => search(null, {}, 2));
    const large = await countStatements(() => search(null, {}, 7));
    expect(names(large.result)).toHaveLength(7);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(20);

    const listing = (await search(null, {}, 6)).data!.searchProducts.nodes;
    for (const n of listing) await q(b.token, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId: n.id, quantity: 1 } });
    const q1 = `query($n: Int) { orders(role: BUYER, first: $n) { nodes { id product { id name category { name } } seller { displayName } buyer { displayName } whatsappUrl } } }`;
    const o1 = await countStatements(() => gql(stack.graphqlUrl, q1, { n: 1 }, { token: b.token }));
    const o20 = await countStatements(() => gql(stack.graphqlUrl, q1, { n: 20 }, { token: b.token }));
    expect(o20.result.data!.orders.nodes.length).toBeGreaterThan(5);
    expect(o20.statements).toBe(o1.statements);

    // The seller's own lists: my products and the inquiries received.
    const seller = await pro('Vendedor Contagem LTDA');
    for (let i = 0; i < 6; i++) {
      const prod = await createProduct(seller.token, { name: `Produto contado ${i}`, categoryId: categories.embalagens });
      await q(b.token, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: prod.id, message: `Pergunta ${i}` } });
    }
    const mine = `query($n: Int) { products(first: $n) { nodes { id name category { name } brand { name } images { url } } } }`;
    const p1 = await countStatements(() => gql(stack.graphqlUrl, mine, { n: 1 }, { token: seller.token }));
    const p6 = await countStatements(() => gql(stack.graphqlUrl, mine, { n: 6 }, { token: seller.token }));
    expect(p6.result.data!.products.nodes).toHaveLength(6);
    expect(p6.statements).toBeGreaterThan(0);
    expect(p6.statements).toBe(p1.statements);
    const asked = `query($n: Int) { inquiries(role: SELLER, first: $n) { nodes { id message product { id name } buyer { displayName } seller { displayName } } } }`;
    const i1 = await countStatements(() => gql(stack.graphqlUrl, asked, { n: 1 }, { token: seller.token }));
    const i6 = await countStatements(() => gql(stack.graphqlUrl, asked, { n: 6 }, { token: seller.token }));
    expect(i6.result.data!.inquiries.nodes).toHaveLength(6);
    expect(i6.statements).toBeGreaterThan(0);
    expect(i6.statements).toBe(i1.statements);
  });
});

describe('demo data', () => {
  test('scripts/demo/marketplace.js seeds listings, a pending and a completed order and inquiries', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { seedMarketplace } = require('../../../scripts/demo/marketplace');
    const demo = await signUp(stack.graphqlUrl, { companyName: 'Carla Doces MEI' });
    const other = await signUp(stack.graphqlUrl, { companyName: 'Padaria Pão de Prumo LTDA' });
    await Promise.all([upgradeToPro(stack.graphqlUrl, demo.token), upgradeToPro(stack.graphqlUrl, other.token)]);
    // Tokens issued before the upgrade, as the demo seed has them.
    await seedMarketplace({ graphqlUrl: stack.graphqlUrl, token: demo.token, otherToken: other.token, config: loadConfig({}, stack.env) });
    const token = (await gql(stack.graphqlUrl, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { login: demo.email, password: demo.password } })).data!.signIn.accessToken;
    const r = await q(token, `query { products { nodes { name } } orders(role: BUYER) { nodes { status whatsappUrl } } inquiries(role: SELLER) { nodes { message answer } } sent: inquiries(role: BUYER) { nodes { id answer } } }`);
    expect(r.data!.products.nodes).toHaveLength(3);
    expect(r.data!.orders.nodes.map((o: any) => o.status).sort()).toEqual(['COMPLETED', 'PENDING']);
    expect(r.data!.orders.nodes[0].whatsappUrl).toMatch(/^https:\/\/wa\.me\/5511991234567\?text=/);
    expect(r.data!.inquiries.nodes).toHaveLength(1);
    expect(r.data!.inquiries.nodes[0].answer).toBeNull(); // waiting for the demo user's answer
    expect(r.data!.sent.nodes).toHaveLength(1);
    expect(r.data!.sent.nodes[0].answer).toMatch(/^Entregamos sim!/);
  }, 60_000);
});
