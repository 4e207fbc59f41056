#!/usr/bin/env node
'use strict';
// Marketplace: catalogue search at 100,000 products and order placement under contention.
//
//   node bench/marketplace/run.js [--products 100000] [--sellers 500] [--duration 15] [--connections 8]
//                                 [--orders 3000] [--order-connections 32] [--reload]
//
// Build first (`npx tsc -b`); PostgreSQL and Redis must be up. Uses its own database (prumo_bench),
// Redis prefix (pbench) and DATA_DIR (.data/bench). identity (JWKS), marketplace and the router run
// as child processes; every request goes through the router. See docs/PERFORMANCE.md.
//
// Phases:
//   0. fixture: `products` listings from `sellers` accounts, bulk-inserted in SQL as the superuser
//      (names from a realistic vocabulary with accents, categories, brands, prices); kept between
//      runs unless --reload. EXPLAIN ANALYZE of typical searches as the app role (RLS on).
//   1. search: `connections` closed-loop clients for `duration` s over a mix of realistic queries
//      (accents, typos, filters, second pages): requests/s and p50/p95/p99. Then the same mix with
//      one client (unloaded latency).
//   2. orders: `order-connections` clients place `orders` orders of 1 unit on 10 hot products
//      (stock 150 each, so they sell out mid-run) from 50 buyer accounts: orders/s, p99, and the
//      check that succeeded orders = stock sold, no product below 0 (never oversold).
const path = require('node:path');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { Client } = require('pg');
const hdr = require('hdr-histogram-js');
const h = require('../lib/harness');

const args = h.parseArgs();
const PRODUCTS = Number(args.products ?? 100_000);
const SELLERS = Number(args.sellers ?? 500);
const DURATION = Number(args.duration ?? 15);
const CONNECTIONS = Number(args.connections ?? 8);
const ORDERS = Number(args.orders ?? 3000);
const ORDER_CONNECTIONS = Number(args['order-connections'] ?? 32);
const RELOAD = Boolean(args.reload);
const TARGET_P99_MS = 30;

const kit = require(path.join(h.REPO, 'packages/kit/dist'));
const marketplace = require(path.join(h.REPO, 'subgraphs/marketplace/dist'));
const log = (...a) => console.log(...a);

// ---- fixture ----------------------------------------------------------------------------------

const VOCAB = [
  // [noun, category slug, qualifiers]
  ['Café torrado e moído', 'alimentos-cafe', ['tradicional', 'extraforte', 'gourmet', 'orgânico']],
  ['Café em grãos', 'alimentos-cafe', ['especial', 'arábica', 'premium', 'torra média']],
  ['Chá mate', 'alimentos-cafe', ['natural', 'limão', 'pêssego']],
  ['Açúcar cristal', 'alimentos-mercearia', ['5 kg', '1 kg', 'orgânico']],
  ['Arroz agulhinha', 'alimentos-mercearia', ['tipo 1', '5 kg', 'parboilizado']],
  ['Feijão carioca', 'alimentos-mercearia', ['tipo 1', '1 kg', 'fardo']],
  ['Farinha de trigo', 'alimentos-mercearia', ['especial', 'integral', '5 kg']],
  ['Óleo de soja', 'alimentos-mercearia', ['900 ml', 'caixa 20 un']],
  ['Chocolate em barra', 'alimentos-doces', ['ao leite', 'meio amargo', 'branco']],
  ['Pão de queijo congelado', 'alimentos-congelados', ['tradicional', 'coquetel', '1 kg']],
  ['Água mineral', 'bebidas-agua', ['sem gás', 'com gás', 'galão 20 L', 'fardo 12 un']],
  ['Refrigerante', 'bebidas-sucos', ['guaraná', 'cola', 'laranja', 'lata 350 ml']],
  ['Suco integral', 'bebidas-sucos', ['uva', 'laranja', 'maçã']],
  ['Cerveja artesanal', 'bebidas-alcoolicas', ['IPA', 'pilsen', 'weiss']],
  ['Caixa de papelão', 'embalagens-caixas', ['40x30x20', 'ondulada', 'para mudança', 'e-commerce']],
  ['Embalagem para marmita', 'embalagens-descartaveis', ['alumínio', 'isopor', 'plástica 500 ml']],
  ['Copo descartável', 'embalagens-descartaveis', ['200 ml', '50 ml', 'biodegradável']],
  ['Guardanapo', 'embalagens-descartaveis', ['folha dupla', 'folha simples', 'pacote 50 un']],
  ['Sacola plástica', 'embalagens-sacolas', ['reciclada', 'alça camiseta', '40x50']],
  ['Sacola kraft', 'embalagens-sacolas', ['pequena', 'média', 'grande']],
  ['Detergente líquido', 'limpeza-produtos', ['neutro', 'limão', '5 L']],
  ['Desinfetante', 'limpeza-produtos', ['lavanda', 'eucalipto', 'pinho']],
  ['Água sanitária', 'limpeza-produtos', ['1 L', '5 L']],
  ['Sabonete líquido', 'limpeza-higiene', ['erva-doce', 'neutro', 'refil 5 L']],
  ['Papel higiênico', 'limpeza-higiene', ['folha dupla', 'rolão', 'fardo 64 un']],
  ['Papel sulfite A4', 'papelaria-papel', ['75 g', 'resma 500 folhas', 'caixa 10 resmas']],
  ['Caderno universitário', 'papelaria-papel', ['10 matérias', 'capa dura', '96 folhas']],
  ['Caneta esferográfica', 'papelaria-escrita', ['azul', 'preta', 'caixa 50 un']],
  ['Marca-texto', 'papelaria-escrita', ['amarelo', 'kit 6 cores']],
  ['Mouse sem fio', 'informatica-perifericos', ['óptico', 'ergonômico', 'USB']],
  ['Teclado', 'informatica-perifericos', ['ABNT2', 'sem fio', 'mecânico']],
  ['SSD', 'informatica-componentes', ['240 GB', '480 GB', '1 TB', 'NVMe']],
  ['Memória RAM', 'informatica-componentes', ['8 GB', '16 GB', 'DDR4']],
  ['Cartucho de tinta', 'informatica-suprimentos', ['preto', 'colorido', 'compatível']],
  ['Cabo USB', 'informatica-suprimentos', ['tipo C', 'micro USB', '2 m']],
  ['Chave de fenda', 'ferramentas-manuais', ['philips', 'kit 6 peças', 'imantada']],
  ['Martelo de unha', 'ferramentas-manuais', ['cabo de madeira', '27 mm']],
  ['Furadeira de impacto', 'ferramentas-eletricas', ['650 W', '127 V', '220 V']],
  ['Parafusadeira', 'ferramentas-eletricas', ['12 V', 'bateria de lítio']],
  ['Parafuso sextavado', 'construcao-material', ['zincado', 'caixa 100 un', 'inox']],
  ['Cimento', 'construcao-material', ['CP II', 'saco 50 kg']],
  ['Fio elétrico', 'construcao-eletrica', ['2,5 mm', 'rolo 100 m', 'flexível']],
  ['Tomada', 'construcao-eletrica', ['10 A', '20 A', 'dupla']],
  ['Camiseta uniforme', 'vestuario-uniformes', ['algodão', 'polo', 'com bordado']],
  ['Luva de segurança', 'vestuario-epi', ['nitrílica', 'vaqueta', 'par']],
  ['Bota de segurança', 'vestuario-epi', ['bico de aço', 'elástico']],
  ['Ração para cães', 'agro-racao', ['adulto', 'filhote', '15 kg']],
  ['Adubo orgânico', 'agro-insumos', ['25 kg', 'granulado']],
];
const BRANDS = ['Serra Azul', 'Bom Dia', 'Estrela do Sul', 'Tropical', 'Max', 'Forte', 'Prático', 'Nordeste', 'Ouro Fino', 'Brasilis', 'Recife', 'Pampa', 'Cerrado', 'Litoral', 'Mantiqueira'];
const ADJ = ['qualidade industrial', 'entrega rápida', 'atacado', 'para revenda', 'nota fiscal', 'pronta entrega', 'produto nacional', 'linha profissional'];

function adminUrl(env) {
  const u = new URL(env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${env.DATABASE_NAME}`;
  return u.toString();
}

async function loadFixture(db) {
  const [{ n }] = (await db.query(`select count(*)::int as n from marketplace.listings where name like '%·%'`)).rows;
  if (n >= PRODUCTS && !RELOAD) {
    log(`fixture: ${n} bench listings already loaded (use --reload to rebuild)`);
    return;
  }
  const t0 = performance.now();
  await db.query(`delete from marketplace.orders where product_code like 'ST%' and product_name like '%·%'`);
  await db.query(`delete from marketplace.listings where name like '%·%'`);
  await db.query(`delete from marketplace.products where name like '%·%'`);
  await db.query(`delete from marketplace.seller_profiles where display_name like 'Bench %'`);
  await db.query(`insert into marketplace.brands (id, name) select gen_random_uuid(), b from unnest($1::text[]) b on conflict do nothing`, [BRANDS.map((b) => `${b} Bench`)]);
  const sellers = Array.from({ length: SELLERS }, () => randomUUID());
  await db.query(
    `insert into marketplace.seller_profiles (tenant_id, display_name, whatsapp, city, state)
     select t, 'Bench ' || i, '119' || lpad((10000000 + i)::text, 8, '0'), 'São Paulo', 'SP' from unnest($1::uuid[]) with ordinality as s(t, i)`,
    [sellers],
  );
  // Vocabulary as arrays; each product picks a noun, a qualifier, a brand and a seller.
  const nouns = VOCAB.map((v) => v[0]);
  const cats = VOCAB.map((v) => v[1]);
  const quals = VOCAB.map((v) => v[2].join('|'));
  await db.query(
    `with v as (select * from unnest($1::text[], $2::text[], $3::text[]) with ordinality as v(noun, cat, quals, k)),
          b as (select array_agg(id order by name) as ids, array_agg(name order by name) as names from marketplace.brands where name like '% Bench'),
          g as (
            select i, (i - 1) % $5 + 1 as seller_no, ((i - 1) / $5) + 1 as code_no,
                   1 + (hashint4(i) & 2147483647) % array_length($1::text[], 1) as k,
                   (hashint4(i * 7) & 2147483647) as r
              from generate_series(1, $4) i
          )
     insert into marketplace.products (tenant_id, id, code, code_number, name, description, category_id, brand_id, price_cents, stock, specifications, active, created_at, updated_at)
     select s.t, gen_random_uuid(),
            'ST' || lpad(g.code_no::text, 6, '0') || substr('ABCDEFGHJKLMNPRSTUVWXYZ',
              (select sum(substr(lpad(g.code_no::text, 6, '0'), d, 1)::int * (d + 1)) from generate_series(1, 6) d)::int % 23 + 1, 1),
            g.code_no,
            v.noun || ' ' || (string_to_array(v.quals, '|'))[1 + g.r % array_length(string_to_array(v.quals, '|'), 1)] || ' ' || b.names[1 + g.r % array_length(b.ids, 1)] || ' ·' || g.i,
            'Produto de ' || (array['qualidade industrial', 'entrega rápida', 'atacado', 'para revenda', 'nota fiscal', 'pronta entrega', 'produto nacional', 'linha profissional'])[1 + g.r % 8]
              || '. Vendido por caixa ou unidade, envio para todo o Brasil.',
            c.id, b.ids[1 + g.r % array_length(b.ids, 1)],
            100 + (g.r % 200000), 1000, '[]'::jsonb, true, now() - (g.i || ' seconds')::interval, now()
       from g join v on v.k = g.k
       join lateral (select t from unnest($6::uuid[]) with ordinality as s(t, n) where s.n = g.seller_no) s on true
       join marketplace.categories c on c.slug = v.cat
       cross join b`,
    [nouns, cats, quals, PRODUCTS, SELLERS, sellers],
  );
  await db.query(
    `insert into marketplace.listings (tenant_id, product_id, name, search, category_id, brand_id, price_cents, created_at)
     select p.tenant_id, p.id, p.name,
            marketplace.listing_search(p.name, p.code, b.name, c.name, pc.name, p.description),
            p.category_id, p.brand_id, p.price_cents, p.created_at
       from marketplace.products p
       join marketplace.categories c on c.id = p.category_id
       left join marketplace.categories pc on pc.id = c.parent_id
       left join marketplace.brands b on b.id = p.brand_id
      where p.name like '%·%'`,
  );
  await db.query(
    `insert into marketplace.search_words (word)
     select distinct w from marketplace.listings l, regexp_split_to_table(l.name_norm, '[^a-z0-9]+') w where length(w) >= 3 and w ~ '[a-z]' on conflict do nothing`,
  );
  await db.query(`vacuum analyze marketplace.search_words`);
  await db.query(`vacuum analyze marketplace.products`);
  await db.query(`vacuum analyze marketplace.listings`);
  log(`fixture: ${PRODUCTS} products from ${SELLERS} sellers loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

// ---- queries ----------------------------------------------------------------------------------

function searchMix(sellerIds, categoryIds) {
  const text = ['café', 'cafe torrado', 'embalagem', 'embalagen', 'caixa papelao', 'detergente', 'papel sulfite a4', 'parafuso inox', 'mouse sem fio', 'acucar', 'arroz 5 kg',
    'copo descartavel', 'furadeira', 'ssd nvme', 'luva nitrilica', 'desinfetante lavanda', 'racao filhote', 'fio eletrico 2,5', 'chocolate meio amargo', 'refrigerante guarana', 'sacola kraft', 'caneta azul', 'cimento', 'agua mineral sem gas'];
  const mix = text.map((q) => ({ q, f: {} }));
  mix.push({ q: 'cafe', f: { maxPrice: 5000 } });
  mix.push({ q: 'embalagem', f: { minPrice: 1000, maxPrice: 20000 } });
  mix.push({ q: 'caneta', f: { sellerId: sellerIds[3] } });
  mix.push({ q: null, f: { categoryId: categoryIds.alimentos } });
  mix.push({ q: null, f: { categoryId: categoryIds['informatica-perifericos'], maxPrice: 10000 } });
  mix.push({ q: null, f: { sellerId: sellerIds[10] } });
  mix.push({ q: 'teclado', f: { categoryId: categoryIds.informatica } });
  return mix;
}

const SEARCH = `query Search($q: String, $f: ProductSearchFilter, $a: String) {
  searchProducts(query: $q, filter: $f, first: 20, after: $a) {
    nodes { id code name price { cents formatted } stock seller { displayName city } category { name } brand { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

function histogram() {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
}
const ms = (us) => (us / 1000).toFixed(1);

async function post(url, token, body) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  return { status: r.status, json: await r.json() };
}

async function runSearch(graphqlUrl, tokens, mix, { connections, seconds }) {
  const hist = histogram();
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  let errors = 0;
  let empty = 0;
  const cursors = new Map();
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      let i = c;
      while (performance.now() < deadline) {
        const item = mix[i++ % mix.length];
        // Every third request of a query asks for its second page when there is one.
        const key = JSON.stringify(item);
        const after = i % 3 === 0 ? cursors.get(key) : undefined;
        const t = performance.now();
        const r = await post(graphqlUrl, tokens[i % tokens.length], JSON.stringify({ query: SEARCH, variables: { q: item.q, f: item.f, a: after } }));
        hist.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
        n++;
        if (r.status !== 200 || r.json.errors) errors++;
        else {
          const page = r.json.data.searchProducts;
          if (!page.nodes.length) empty++;
          if (page.pageInfo.hasNextPage && !after) cursors.set(key, page.pageInfo.endCursor);
        }
      }
    }),
  );
  return { n, rps: n / seconds, errors, empty, p50: hist.getValueAtPercentile(50), p95: hist.getValueAtPercentile(95), p99: hist.getValueAtPercentile(99), max: hist.maxValue };
}

async function explainSearches(env, categoryIds) {
  const cfg = kit.loadConfig({}, env);
  const app = new Client({ host: cfg.DATABASE_HOST, port: cfg.DATABASE_PORT, database: cfg.DATABASE_NAME, user: cfg.DATABASE_APP_USER, password: cfg.DATABASE_APP_PASSWORD });
  await app.connect();
  try {
    for (const [q, f, mode] of [['cafe torrado', {}, 'fts'], ['embalagem', {}, 'fts'], ['embalagen', {}, 'fixed'], ['embalagen', {}, 'trgm'], [null, { categoryId: categoryIds.alimentos }, 'all']]) {
      let text = q ?? '';
      if (mode === 'fixed') {
        await app.query('begin');
        await app.query(`select set_config('app.tenant_id', $1, true)`, [randomUUID()]);
        const t0 = performance.now();
        text = (await app.query(marketplace.CORRECT_QUERY_SQL, [q])).rows[0].fixed;
        log(`  spelling: ${JSON.stringify(q)} -> ${JSON.stringify(text)} in ${(performance.now() - t0).toFixed(1)} ms`);
        await app.query('rollback');
      }
      const { sql, params } = marketplace.buildSearchQuery(text, f, null, 20, mode);
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true), set_config('pg_trgm.word_similarity_threshold', '0.5', true)`, [randomUUID()]);
      const plan = (await app.query(`explain (analyze, costs off, timing on) ${sql}`, params)).rows.map((r) => r['QUERY PLAN']);
      await app.query('rollback');
      const idx = [...new Set(plan.join('\n').match(/(listings_\w+|products_pkey|listings_pkey)/g) ?? [])];
      const exec = plan.find((l) => l.startsWith('Execution Time')) ?? '';
      log(`  EXPLAIN ${JSON.stringify(q)} [${mode}] ${JSON.stringify(f) === '{}' ? '' : '(category filter) '}-> indexes: ${idx.join(', ') || 'none (seq scan)'}; ${exec.trim()}`);
      if (process.env.BENCH_VERBOSE) log(plan.map((l) => `    ${l}`).join('\n'));
    }
  } finally {
    await app.end();
  }
}

/**
 * The database part alone: the statements searchProducts runs for each request of the mix (tenant
 * setting, the search in its mode with the same fallbacks, joined with the page's products and sellers), as the
 * app role with RLS on, one at a time: where the time goes without the router and the gateway.
 */
async function dbSearchLatency(env, mix, seconds) {
  const cfg = kit.loadConfig({}, env);
  const app = new Client({ host: cfg.DATABASE_HOST, port: cfg.DATABASE_PORT, database: cfg.DATABASE_NAME, user: cfg.DATABASE_APP_USER, password: cfg.DATABASE_APP_PASSWORD });
  await app.connect();
  const hist = histogram();
  const deadline = performance.now() + seconds * 1000;
  let n = 0;
  try {
    while (performance.now() < deadline) {
      const item = mix[n++ % mix.length];
      const t = performance.now();
      await app.query('begin');
      await app.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', '', true), set_config('app.staff', 'off', true)`, [randomUUID()]);
      const q = item.q ?? '';
      let rows = [];
      for (const mode of q ? ['fts', 'fixed', 'trgm'] : ['all']) {
        let text = q;
        if (mode === 'fixed') text = (await app.query(marketplace.CORRECT_QUERY_SQL, [q])).rows[0].fixed ?? q;
        if (mode === 'trgm') await app.query(`select set_config('pg_trgm.word_similarity_threshold', '0.5', true)`);
        const { sql, params } = marketplace.buildSearchQuery(text, item.f, null, 20, mode);
        rows = (await app.query(marketplace.withPageRows(sql), params)).rows;
        if (rows.length) break;
      }
      // The page's products and sellers come back with the search (marketplace.withPageRows).
      await app.query('commit');
      hist.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
    }
  } finally {
    await app.end();
  }
  return { n, p50: hist.getValueAtPercentile(50), p95: hist.getValueAtPercentile(95), p99: hist.getValueAtPercentile(99), max: hist.maxValue };
}

// ---- orders -----------------------------------------------------------------------------------

const PLACE = `mutation Place($i: PlaceOrderInput!) { placeOrder(input: $i) { id status total { cents } } }`;

async function runOrders(graphqlUrl, db, seller, buyers, mint) {
  const stock = 150;
  const hot = [];
  for (let k = 0; k < 10; k++) {
    const id = randomUUID();
    await db.query(
      `insert into marketplace.products (tenant_id, id, code, code_number, name, description, category_id, price_cents, stock)
       select $1, $2, 'ST' || lpad(($3 + 900000)::text, 6, '0') || 'A', $3 + 900000, 'Produto disputado ·' || $3, '', id, 990, $4 from marketplace.categories where slug = 'alimentos'`,
      [seller, id, k + Math.floor(Math.random() * 90_000), stock],
    );
    hot.push(id);
  }
  const tokens = buyers.map(mint);
  const hist = histogram();
  let ok = 0;
  let soldOut = 0;
  let other = 0;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: ORDER_CONNECTIONS }, async () => {
      for (;;) {
        const i = next++;
        if (i >= ORDERS) return;
        const t = performance.now();
        const r = await post(graphqlUrl, tokens[i % tokens.length], JSON.stringify({ query: PLACE, variables: { i: { productId: hot[i % hot.length], quantity: 1 } } }));
        hist.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
        if (r.json.data?.placeOrder) ok++;
        else if (r.json.errors?.[0]?.extensions?.code === 'CONFLICT' && /^Estoque insuficiente/.test(r.json.errors[0].message)) soldOut++;
        else {
          other++;
          if (other < 3) console.error('unexpected answer:', JSON.stringify(r.json).slice(0, 300));
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const check = (
    await db.query(
      `select sum(p.stock)::int as left, min(p.stock)::int as min, (select count(*)::int from marketplace.orders o where o.product_id = any($1)) as orders
         from marketplace.products p where p.id = any($1)`,
      [hot],
    )
  ).rows[0];
  return { ok, soldOut, other, seconds, rps: ORDERS / seconds, okRps: ok / seconds, p50: hist.getValueAtPercentile(50), p99: hist.getValueAtPercentile(99), max: hist.maxValue, stockTotal: stock * hot.length, check };
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  const identityPort = await h.freePort();
  const marketplacePort = await h.freePort();
  const routerPort = await h.freePort();
  const env = h.benchEnv({
    IDENTITY_PORT: String(identityPort),
    IDENTITY_URL: `http://127.0.0.1:${identityPort}`,
    MARKETPLACE_PORT: String(marketplacePort),
    MARKETPLACE_URL: `http://127.0.0.1:${marketplacePort}`,
    ROUTER_PORT: String(routerPort),
    PROCESS_ROLE: 'all',
  });
  require('node:fs').mkdirSync(path.join(h.REPO, '.data/bench'), { recursive: true });
  h.bootstrapDb(env);
  const db = new Client({ connectionString: adminUrl(env) });
  await db.connect();
  try {
    await loadFixture(db);
    const sellerIds = (await db.query(`select tenant_id from marketplace.seller_profiles where display_name like 'Bench %' order by display_name limit 20`)).rows.map((r) => r.tenant_id);
    const categoryIds = Object.fromEntries((await db.query(`select slug, id from marketplace.categories`)).rows.map((r) => [r.slug, r.id]));
    await db.query(`delete from marketplace.search_words where word !~ '[a-z]'`); // fixtures of earlier versions
    const [{ n: listings, w: words }] = (await db.query(`select (select count(*)::int from marketplace.listings) as n, (select count(*)::int from marketplace.search_words) as w`)).rows;
    log(`listings in the index: ${listings}; vocabulary: ${words} words`);
    await explainSearches(env, categoryIds);

    const identity = h.startNode('identity', 'subgraphs/identity/dist/main.js', env);
    await h.waitReady(identity, env.IDENTITY_URL);
    const mkt = h.startNode('marketplace', 'subgraphs/marketplace/dist/main.js', env);
    await h.waitReady(mkt, env.MARKETPLACE_URL);
    const router = h.startNode('router', 'router/dist/main.js', env);
    const routerUrl = `http://127.0.0.1:${routerPort}`;
    await h.waitReady(router, routerUrl, { required: ['redis', 'supergraph', 'identity', 'marketplace'] });
    const graphqlUrl = `${routerUrl}/graphql`;

    const cfg = kit.loadConfig({}, env);
    const mint = (tid) =>
      kit.signAccessToken(
        { sub: randomUUID(), tid, role: 'owner', staff: false, mods: ['fiscal', 'finance', 'marketplace', 'energy', 'consultant'], plan: 'pro', sid: randomUUID() },
        cfg.jwtPrivateKey,
        3600,
        { issuer: cfg.JWT_ISSUER, audience: cfg.JWT_AUDIENCE },
      ).token;
    const buyers = Array.from({ length: 50 }, () => randomUUID());
    const tokens = buyers.map(mint);
    const mix = searchMix(sellerIds, categoryIds);

    // Sanity: the mix answers, and typos find their words.
    const probe = await post(graphqlUrl, tokens[0], JSON.stringify({ query: SEARCH, variables: { q: 'embalagen', f: {} } }));
    if (probe.json.errors) throw new Error(JSON.stringify(probe.json.errors));
    log(`probe "embalagen" -> ${probe.json.data.searchProducts.nodes.slice(0, 3).map((n) => n.name).join(' | ')}`);

    await runSearch(graphqlUrl, tokens, mix, { connections: CONNECTIONS, seconds: 3 }); // warm-up
    const load = () => `load average ${require('node:os').loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${require('node:os').cpus().length} CPUs`;
    log(`machine: ${load()}`);
    const loaded = await runSearch(graphqlUrl, tokens, mix, { connections: CONNECTIONS, seconds: DURATION });
    log(`search, ${CONNECTIONS} clients, ${DURATION} s: ${loaded.n} requests, ${loaded.rps.toFixed(0)} req/s, p50 ${ms(loaded.p50)} ms, p95 ${ms(loaded.p95)} ms, p99 ${ms(loaded.p99)} ms, max ${ms(loaded.max)} ms, errors ${loaded.errors}, empty pages ${loaded.empty}`);
    const dbOnly = await dbSearchLatency(env, mix, Math.min(10, DURATION));
    log(`search, database part only (1 connection, app role, RLS): ${dbOnly.n} requests, p50 ${ms(dbOnly.p50)} ms, p95 ${ms(dbOnly.p95)} ms, p99 ${ms(dbOnly.p99)} ms, max ${ms(dbOnly.max)} ms`);
    const single = await runSearch(graphqlUrl, tokens, mix, { connections: 1, seconds: Math.min(10, DURATION) });
    log(`search, 1 client: ${single.n} requests, ${single.rps.toFixed(0)} req/s, p50 ${ms(single.p50)} ms, p95 ${ms(single.p95)} ms, p99 ${ms(single.p99)} ms (target p99 < ${TARGET_P99_MS} ms: ${single.p99 / 1000 < TARGET_P99_MS ? 'met' : 'NOT met'})`);
    // The same mix straight at the marketplace subgraph (no router): the router's share of the latency.
    const direct = await runSearch(`${env.MARKETPLACE_URL}/graphql`, tokens, mix, { connections: 1, seconds: Math.min(10, DURATION) });
    log(`search, 1 client straight at the subgraph (no router): ${direct.n} requests, ${direct.rps.toFixed(0)} req/s, p50 ${ms(direct.p50)} ms, p95 ${ms(direct.p95)} ms, p99 ${ms(direct.p99)} ms, errors ${direct.errors}`);
    const direct8 = await runSearch(`${env.MARKETPLACE_URL}/graphql`, tokens, mix, { connections: CONNECTIONS, seconds: Math.min(10, DURATION) });
    log(`search, ${CONNECTIONS} clients straight at the subgraph (no router): ${direct8.n} requests, ${direct8.rps.toFixed(0)} req/s, p50 ${ms(direct8.p50)} ms, p95 ${ms(direct8.p95)} ms, p99 ${ms(direct8.p99)} ms, errors ${direct8.errors}`);

    log(`machine: ${load()}`);
    const o = await runOrders(graphqlUrl, db, sellerIds[0], buyers, mint);
    log(`orders, ${ORDER_CONNECTIONS} clients on 10 hot products (${o.stockTotal} units): ${ORDERS} requests in ${o.seconds.toFixed(1)} s = ${o.rps.toFixed(0)} req/s (${o.okRps.toFixed(0)} orders/s placed), p50 ${ms(o.p50)} ms, p99 ${ms(o.p99)} ms, max ${ms(o.max)} ms`);
    log(`machine: ${load()}`);
    log(`  placed ${o.ok}, "Estoque insuficiente" ${o.soldOut}, other ${o.other}; stock left ${o.check.left}, min ${o.check.min}, order rows ${o.check.orders} -> ${o.ok === o.check.orders && o.ok + o.check.left === o.stockTotal && o.check.min >= 0 ? 'consistent, never oversold' : 'INCONSISTENT'}`);
  } finally {
    await db.end();
    await h.stopAll();
  }
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error(err);
    await h.stopAll();
    process.exit(1);
  },
);
