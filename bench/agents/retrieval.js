#!/usr/bin/env node
'use strict';
// Fiscal assistant retrieval: latency of one search (documents + knowledge base) with 10,000 chunks
// in one account, against PostgreSQL with the agents schema and its real migrations.
//
//   node bench/agents/retrieval.js [--chunks 10000] [--queries 1000] [--warmup 100] [--concurrency 4]
//                                  [--dim 256] [--vector-queries 200] [--keep]
//
// Build first (`npx tsc -b`); PostgreSQL must be up. Uses its own database (prumo_bench_agents).
// Phases:
//   1. full text (the default configuration, no embedding model): `queries` searches one after the
//      other, then the same with `concurrency` searches in flight: p50/p95/p99 in ms.
//   2. hybrid (an embedding model configured): every chunk gets a `dim`-dimension vector; each
//      search adds exact cosine in SQL over the account's vectors (float arrays: pgvector is not
//      installed here) fused with full text. The query vector comes from a fixed function, so the
//      figure is the database's cost, not a model's.
// Another account with 2,000 chunks shares the tables (RLS and the tenant predicate must keep it out).
const { randomUUID } = require('node:crypto');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const h = require('../lib/harness');
const { Client } = require(require.resolve('pg', { paths: [path.resolve(__dirname, '../..')] }));

const args = h.parseArgs();
const CHUNKS = Number(args.chunks ?? 10_000);
const QUERIES = Number(args.queries ?? 1000);
const WARMUP = Number(args.warmup ?? 100);
const CONCURRENCY = Number(args.concurrency ?? 4);
const DIM = Number(args.dim ?? 256);
const VECTOR_QUERIES = Number(args['vector-queries'] ?? 200);
// zipf: text words drawn from a 5,000-word vocabulary with Zipf frequencies (the domain words at
// random ranks), as natural text is. uniform: every text chunk draws from the ~90 domain words only,
// so nearly every chunk matches every question (the worst case for ranking).
const CORPUS = String(args.corpus ?? 'zipf');
const TARGET_P99_MS = 50;

const kit = require(path.join(h.REPO, 'packages/kit/dist'));
const agents = require(path.join(h.REPO, 'subgraphs/agents/dist'));
const { RetrievalService } = require(path.join(h.REPO, 'subgraphs/agents/dist/retrieval/retrieval.service'));
const { chunkDocument } = require(path.join(h.REPO, 'subgraphs/agents/dist/retrieval/chunking'));

const WORDS = (
  'bolo torta pao queijo cafe leite farinha trigo fermento acucar chocolate morango limao coco manteiga ovos ' +
  'entrega frete servico manutencao consultoria design site aplicativo instalacao reparo pintura limpeza jardim ' +
  'cliente fornecedor mercado padaria escola academia clinica oficina loja restaurante hotel farmacia ' +
  'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro ' +
  'caixa pacote unidade saco litro quilo metro hora mensal anual kit combo promocao desconto garantia'
).split(' ');
const NAMES = ['Padaria Pão Quente', 'Mercado Bom Preço', 'Escola Aprender', 'Oficina do Zé', 'Clínica Sorriso', 'Loja Central', 'Hotel Mar Azul', 'Academia Forte', 'Farmácia Vida', 'Restaurante Sabor'];

/** Deterministic pseudo-random numbers (the same data every run). */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Pseudo-words from Portuguese-like syllables, deterministic. */
function vocabulary(size, rand) {
  const syl = ['ba', 'be', 'ca', 'co', 'da', 'de', 'fa', 'fi', 'ga', 'la', 'le', 'ma', 'me', 'na', 'no', 'pa', 'pe', 'ra', 're', 'sa', 'se', 'ta', 'te', 'va', 'vi', 'cao', 'dor', 'mento', 'vel', 'ria'];
  const words = new Set();
  while (words.size < size) words.add(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syl[Math.floor(rand() * syl.length)]).join(''));
  const list = [...words];
  // The domain words take random ranks between 20 and 2,000.
  for (const w of WORDS) list.splice(20 + Math.floor(rand() * 1980), 0, w);
  return list;
}

/** Zipf(1) sampler over a ranked list. */
function zipfSampler(list, rand) {
  const cum = [];
  let total = 0;
  for (let r = 1; r <= list.length; r++) cum.push((total += 1 / r));
  return () => {
    const x = rand() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  };
}

let textWord = null;

function synthDocument(i, rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  if (!textWord) textWord = CORPUS === 'uniform' ? () => pick(WORDS) : zipfSampler(vocabulary(5000, rand), rand);
  const items = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}`.toUpperCase());
  const text = Array.from({ length: 260 }, () => textWord()).join(' ');
  return {
    documentId: randomUUID(),
    version: 1,
    filename: `nota-${i}.xml`,
    kind: i % 3 === 0 ? 'NFSE' : 'NFE',
    issuedOn: null,
    fields: [
      { name: 'number', value: String(1000 + i) },
      { name: 'recipientName', value: `${pick(NAMES)} ${i}` },
      { name: 'issuerName', value: 'Empresa Bench MEI' },
      { name: 'totalCents', value: String(Math.floor(rand() * 1_000_000)) },
    ],
    items,
    text,
  };
}

const QUESTIONS = [
  'Qual o valor da nota emitida para a Padaria Pão Quente?',
  'Quanto vendi de bolo de chocolate?',
  'nota de servico de manutencao para a oficina',
  'Qual o limite anual de faturamento do MEI?',
  'Quando vence o DAS?',
  'entrega de farinha de trigo em saco',
  'Quem comprou torta de limao em outubro?',
  'desconto promocional no combo mensal',
  'Até quando entregar a DASN-SIMEI?',
  'consultoria de design de site para a clínica',
  'O que acontece se eu passar do limite em até 20%?',
  'nota 1234',
];

function vectorOf(seed) {
  const rand = rng(seed);
  const v = Array.from({ length: DIM }, () => rand() - 0.5);
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return v.map((x) => x / n);
}

function dbUrl(adminUrl, name) {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function summary(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: h.round(pct(s, 50)), p95: h.round(pct(s, 95)), p99: h.round(pct(s, 99)), max: h.round(s[s.length - 1]) };
}

async function fill(ds, retrieval, tenantId, chunks, seed) {
  const rand = rng(seed);
  let made = 0;
  let i = 0;
  while (made < chunks) {
    const batch = [];
    while (batch.length < 200 && made < chunks) {
      const d = synthDocument(i++, rand);
      made += chunkDocument(d).length;
      batch.push(d);
    }
    await kit.runInTenant(ds, tenantId, async (em) => {
      for (const d of batch) await retrieval.ingestDocument(em, tenantId, d);
    });
  }
  const [{ n }] = await kit.runInTenant(ds, tenantId, (em) => em.query(`select count(*)::int as n from agents.chunks where tenant_id = $1`, [tenantId]));
  return n;
}

async function run(retrieval, tenantId, count, concurrency) {
  const times = [];
  let next = 0;
  const ctx = { tenantId, userId: randomUUID(), purpose: 'bench' };
  async function worker() {
    while (next < count) {
      const q = QUESTIONS[next++ % QUESTIONS.length];
      const t0 = performance.now();
      const hits = await retrieval.search(ctx, q, 5);
      times.push(performance.now() - t0);
      if (!hits.length && !/nota 1234/.test(q)) throw new Error(`no hits for ${q}`);
    }
  }
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...summary(times), perSecond: h.round((count / (performance.now() - t0)) * 1000, 0) };
}

async function main() {
  h.installCleanup();
  const env = h.benchEnv({ DATABASE_NAME: 'prumo_bench_agents', REDIS_PREFIX: 'pbench_agents' });
  Object.assign(process.env, env);
  const config = kit.loadConfig({}, env);
  await kit.dropDatabase(config.DATABASE_ADMIN_URL, config.DATABASE_NAME).catch(() => undefined);
  await kit.bootstrapDatabase(config, [{ schema: 'agents', migrations: agents.migrations }]);
  const ds = kit.createDataSource({ config, schema: 'agents', entities: [] });
  await ds.initialize();
  const logger = kit.createLogger('bench', 'warn');
  const ftsModel = { offline: true, embeddingModel: null, embed: async () => null, embedForPlatform: async () => null };
  const retrieval = new RetrievalService(ds, ftsModel, logger);
  await retrieval.refreshKnowledgeBase();

  const tenant = randomUUID();
  const other = randomUUID();
  const tFill = performance.now();
  const chunks = await fill(ds, retrieval, tenant, CHUNKS, 42);
  await fill(ds, retrieval, other, 2000, 7);
  const fillSeconds = (performance.now() - tFill) / 1000;
  // Fresh statistics after the bulk load, as autovacuum would gather them. ANALYZE needs the table
  // owner (the app role's ANALYZE is skipped with a warning), so it runs on an admin connection.
  const admin = new Client({ connectionString: dbUrl(config.DATABASE_ADMIN_URL, config.DATABASE_NAME) });
  await admin.connect();
  await admin.query(`analyze agents.chunks; analyze agents.sources; analyze agents.kb_chunks`);
  await admin.end();
  console.log(`machine: ${JSON.stringify(h.machineInfo())}`);
  console.log(`corpus: ${CORPUS}`);
  console.log(`chunks in the account: ${chunks} (+2,000 in another account, ${(await ds.query('select count(*)::int as n from agents.kb_chunks'))[0].n} knowledge-base sections); indexed in ${h.round(fillSeconds, 1)} s`);

  await run(retrieval, tenant, WARMUP, 1);
  // CPU per search (this process + the PostgreSQL backends serving it): the load-independent cost,
  // since the machine is shared and latency includes waiting for a core.
  const backends = h.pgBackends(env);
  const busy = await h.backgroundBusyPct(2000);
  const pgBefore = await backends.cpu();
  const nodeBefore = process.cpuUsage();
  const seq = await run(retrieval, tenant, QUERIES, 1);
  const nodeCpu = process.cpuUsage(nodeBefore);
  const pgCpu = h.pgCpuDelta(pgBefore, await backends.cpu());
  await backends.close();
  console.log(`machine busy before the run (other processes): ${busy}%`);
  console.log(`full text, 1 in flight:  ${JSON.stringify(seq)} ms`);
  console.log(
    `CPU per search: node ${h.round((nodeCpu.user + nodeCpu.system) / 1000 / QUERIES)} ms + postgres ${h.round((pgCpu * 1000) / QUERIES)} ms`,
  );
  const par = await run(retrieval, tenant, QUERIES, CONCURRENCY);
  console.log(`full text, ${CONCURRENCY} in flight:  ${JSON.stringify(par)} ms`);

  // Hybrid: vectors on every chunk of the account, exact cosine in SQL.
  const rand = rng(99);
  await kit.runInTenant(ds, tenant, (em) =>
    em.query(
      `update agents.chunks set embedding = (select array_agg(random() - 0.5)::real[] from generate_series(1, $2) where agents.chunks.id is not null), embedding_model = 'bench' where tenant_id = $1`,
      [tenant, DIM],
    ),
  );
  void rand;
  let qi = 0;
  const vecModel = { offline: false, embeddingModel: 'bench', embed: async () => [vectorOf(++qi)], embedForPlatform: async () => null };
  const hybrid = new RetrievalService(ds, vecModel, logger);
  await run(hybrid, tenant, 10, 1);
  const hyb = await run(hybrid, tenant, VECTOR_QUERIES, 1);
  console.log(`hybrid (full text + exact cosine, ${DIM} dims), 1 in flight:  ${JSON.stringify(hyb)} ms`);

  const verdict = seq.p99 < TARGET_P99_MS ? 'MEETS' : 'MISSES';
  console.log(`\nresult: full-text retrieval p99 ${seq.p99} ms with ${chunks} chunks (target < ${TARGET_P99_MS} ms): ${verdict}`);
  await ds.destroy();
  if (!args.keep) await kit.dropDatabase(config.DATABASE_ADMIN_URL, config.DATABASE_NAME);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
