#!/usr/bin/env node
'use strict';
// Documents and MEI limit: NF-e XML end to end, OCR seconds per page, and meiLimit with 100,000
// ledger entries in the account.
//
//   node bench/documents/run.js [--docs 200] [--upload-concurrency 4] [--sequential 20]
//                               [--ocr-runs 5] [--entries 100000] [--connections 10] [--duration 10]
//                               [--warmup 2] [--rate 100] [--skip a,b,c] [--keep] [--reset-stale]
//
// Build first (`npx tsc -b`); PostgreSQL, Redis, tesseract (with `por`) and poppler-utils must be
// installed. Uses its own database (prumo_bench), Redis prefix (pbench) and DATA_DIR (.data/bench).
// Starts identity, billing, documents and limits (PROCESS_ROLE=all: HTTP server, queue workers and
// outbox relay in one process each) and the router as child processes. See docs/PERFORMANCE.md.
//
// Parts:
//   A. NF-e XML end to end. `docs` distinct issued NF-e XMLs (the account's CNPJ as issuer, cStat
//      100, valid access key), each: createUpload -> PUT uploadUrl (through the router) ->
//      completeUpload, `upload-concurrency` chains in flight. Measured from the first createUpload to
//      the moment PostgreSQL shows all of them PROCESSED: documents/s, and per document
//      processed_at - created_at (p50/p99). Then `sequential` more, one at a time (latency without a
//      queue). Then every one must be counted as revenue: meiLimit(year: 2026).revenueCents equals
//      the sum of their totals (the events go documents outbox -> BullMQ -> limits ledger).
//   B. OCR: a one-page receipt PNG (pdfkit -> pdftoppm -r 200) and a one-page scanned PDF (the same
//      PNG as the only content), `ocr-runs` of each, one at a time: upload -> PROCESSED. Median per
//      page; tesseract (and pdftoppm) alone on the same files for reference.
//   C. meiLimit: `entries` ledger entries inserted for the account as the postgres superuser, the
//      monthly aggregates recomputed from them in one SQL statement (what the nightly rebuild would
//      store), then meiLimit(year: 2026) at `connections` connections for `duration` s through the
//      router and straight at limits (same token), before and after the insert; and an open-loop
//      phase at `rate` req/s (below saturation).
const { execFileSync, spawnSync } = require('node:child_process');
const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const autocannon = require('autocannon');
const hdr = require('hdr-histogram-js');
const h = require('../lib/harness');

const args = h.parseArgs();
const DOCS = Number(args.docs ?? 200);
const UPLOAD_CONCURRENCY = Number(args['upload-concurrency'] ?? 4);
const SEQUENTIAL = Number(args.sequential ?? 20);
const OCR_RUNS = Number(args['ocr-runs'] ?? 5);
const ENTRIES = Number(args.entries ?? 100_000);
const CONNECTIONS = Number(args.connections ?? 10);
const DURATION = Number(args.duration ?? 10);
const WARMUP = Number(args.warmup ?? 2);
const RATE = Number(args.rate ?? 100);
const SKIP = new Set(String(args.skip ?? '').split(',').filter(Boolean));
const KEEP = Boolean(args.keep);
const RESET_STALE = Boolean(args['reset-stale']);

const YEAR = 2026;
const TARGET_MEI_P99_MS = 20;
const OTHER_LOAD_LIMIT = 20; // % of one core used by processes outside the bench: phase flagged

const br = require(path.join(h.REPO, 'packages/br/dist'));
const { Client } = require(path.join(h.REPO, 'node_modules/pg'));

const log = (...a) => console.log(...a);
const round = h.round;

function pct(sorted, p) {
  if (!sorted.length) return null;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, p50: round(pct(s, 50), 1), p90: round(pct(s, 90), 1), p99: round(pct(s, 99), 1), max: round(s[s.length - 1], 1), min: round(s[0], 1) };
}
const median = (values) => pct([...values].sort((a, b) => a - b), 50);

// ---- platform ---------------------------------------------------------------------------------

const SUBGRAPHS = ['identity', 'billing', 'documents', 'limits'];

/** bootstrap-db must migrate every schema (no identity-only fallback here: all four subgraphs run). */
function bootstrapAll(env) {
  const r = spawnSync(process.execPath, [path.join(h.REPO, 'scripts/bootstrap-db.js')], { cwd: h.REPO, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scripts/bootstrap-db.js (${env.DATABASE_NAME}) failed:\n${r.stdout}\n${r.stderr}`);
}

/** Columns and indexes of the four schemas, one line each. */
async function schemaLines(env, database) {
  const u = new URL(env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${database}`;
  const c = new Client({ connectionString: u.toString() });
  await c.connect();
  try {
    const r = await c.query(
      `select table_schema as s, table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') as line
         from information_schema.columns where table_schema = any($1)
       union all
       select schemaname, indexdef from pg_indexes where schemaname = any($1)`,
      [SUBGRAPHS],
    );
    return r.rows.map((row) => `${row.s}: ${row.line}`);
  } finally {
    await c.end();
  }
}

/**
 * Migrations are edited in place while the project is young, and bootstrap-db only runs a migration
 * once per database: prumo_bench can be left with an older shape of a schema. Compares it with a
 * scratch database migrated now and returns the differences, by schema.
 */
async function schemaDrift(env) {
  const scratch = `prumo_bench_check_${process.pid}`;
  const admin = new Client({ connectionString: env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  try {
    bootstrapAll({ ...env, DATABASE_NAME: scratch });
    const fresh = new Set(await schemaLines(env, scratch));
    const bench = new Set(await schemaLines(env, env.DATABASE_NAME));
    const drift = {};
    for (const line of fresh) if (!bench.has(line)) (drift[line.split(':')[0]] ??= []).push(`missing ${line}`);
    for (const line of bench) if (!fresh.has(line)) (drift[line.split(':')[0]] ??= []).push(`unexpected ${line}`);
    return drift;
  } finally {
    await admin.query(`drop database if exists ${scratch} with (force)`).catch(() => undefined);
    await admin.end();
  }
}

/** Bootstraps prumo_bench and makes sure its schemas match the migrations of this tree. */
async function bootstrapChecked(env) {
  bootstrapAll(env);
  let drift = await schemaDrift(env);
  const stale = Object.keys(drift);
  if (!stale.length) return;
  const detail = stale.map((s) => `  ${s}:\n    ${drift[s].slice(0, 10).join('\n    ')}`).join('\n');
  // Only the schemas this bench alone uses in prumo_bench may be reset; identity and billing are
  // shared with the other benches.
  const resettable = stale.every((s) => s === 'documents' || s === 'limits');
  if (!RESET_STALE || !resettable) {
    throw new Error(
      `prumo_bench has schemas migrated by an older version of their migrations:\n${detail}\n` +
        (resettable ? 'Rerun with --reset-stale to drop and re-migrate them (bench data only).' : 'Drop and re-create prumo_bench (bench data only), then rerun.'),
    );
  }
  log(`note: resetting stale schemas of prumo_bench (${stale.join(', ')}):\n${detail}`);
  const db = new Client({ connectionString: adminUrl(env) });
  await db.connect();
  for (const s of stale) await db.query(`drop schema ${s} cascade`);
  await db.end();
  bootstrapAll(env);
  drift = await schemaDrift(env);
  if (Object.keys(drift).length) throw new Error(`schemas still differ after the reset: ${JSON.stringify(drift)}`);
}

/** The four subgraphs (PROCESS_ROLE=all) and the router, on free ports, all ready. */
async function startPlatform() {
  mkdirSync(path.join(h.REPO, '.data/bench'), { recursive: true });
  const { env, url } = await h.platformEnv(SUBGRAPHS);
  await bootstrapChecked(env);
  // Diagnostics only (e.g. BENCH_DOCUMENTS_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'): node flags per child.
  const nodeArgs = (name) => (process.env[`BENCH_${name.toUpperCase()}_NODE_ARGS`] || '').split(/\s+/).filter(Boolean);
  const procs = await h.startSubgraphsAndRouter(SUBGRAPHS, env, url, { nodeArgs });
  const urls = Object.fromEntries([...SUBGRAPHS, 'router'].map((n) => [n, url(n)]));
  return { procs, urls, env };
}

function adminUrl(env) {
  const u = new URL(env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${env.DATABASE_NAME}`;
  return u.toString();
}

// ---- account ----------------------------------------------------------------------------------

async function signUp(routerUrl) {
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const account = {
    name: 'Bench Documentos',
    email: `bench-docs-${tag}@bench.prumo.test`,
    password: 'bench-senha-123',
    companyName: `Bench Docs ${tag}`,
    taxId: br.generateCnpj(),
    tag,
  };
  const data = await h.gql(routerUrl, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
    i: { name: account.name, email: account.email, password: account.password, companyName: account.companyName, taxId: account.taxId },
  });
  account.token = data.signUp.accessToken;
  account.claims = JSON.parse(Buffer.from(account.token.split('.')[1], 'base64url').toString('utf8'));
  return account;
}

/** A fresh access token (they live 15 minutes; each part starts with one). */
async function signIn(routerUrl, account) {
  const data = await h.gql(routerUrl, 'mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }', { i: { login: account.email, password: account.password } });
  account.token = data.signIn.accessToken;
  return account.token;
}

/**
 * A private plan with Pro's limits and document_uploads = 1,000,000 a month, and the account's
 * billing.subscriptions row pointed at it (upsert: account.created, if it arrives later, keeps it).
 */
async function unlimitedUploads(db, account) {
  const plan = `bench_docs_${account.tag}`.replace(/[^a-z0-9_]/g, '_');
  await db.query(
    `insert into billing.plans (code, name, description, modules, api_requests_per_minute, public)
     select $1, 'Bench', 'plano do benchmark de documentos', modules, api_requests_per_minute, false from billing.plans where code = 'pro'`,
    [plan],
  );
  await db.query(
    `insert into billing.plan_limits (plan_code, metric, limit_value, period)
     select $1, metric, case when metric = 'document_uploads' then 1000000 else limit_value end, period from billing.plan_limits where plan_code = 'pro'`,
    [plan],
  );
  await db.query(
    `insert into billing.subscriptions (tenant_id, plan_code, status) values ($1, $2, 'active')
     on conflict (tenant_id) do update set plan_code = excluded.plan_code, status = 'active'`,
    [account.claims.tid, plan],
  );
  return plan;
}

// ---- fixtures ---------------------------------------------------------------------------------

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dec = (cents) => br.formatDecimalDot(cents);

/**
 * An authorised NF-e (nfeProc with protNFe, cStat 100), model 55, one item, exit (tpNF 1): the shape
 * of `nfeXml` in subgraphs/documents/test/fixtures, written here in JS. Access key from
 * generateNfeKey (DV mod 11).
 */
function nfeXml({ issuerCnpj, issuerName, recipientCnpj, recipientName, issuedAt, totalCents, number, series = 1 }) {
  const key = br.generateNfeKey({
    uf: 'SP',
    yearMonth: issuedAt.slice(0, 7),
    issuerTaxId: issuerCnpj,
    model: 55,
    series,
    number,
    emissionType: 1,
    code: (number * 7919) % 100_000_000,
  });
  if (!key.ok) throw new Error(`access key: ${key.message}`);
  const accessKey = key.value;
  const v = dec(totalCents);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<nfeProc versao="4.00" xmlns="http://www.portalfiscal.inf.br/nfe">
  <NFe>
    <infNFe versao="4.00" Id="NFe${accessKey}">
      <ide>
        <cUF>35</cUF><cNF>${accessKey.slice(35, 43)}</cNF><natOp>VENDA DE MERCADORIA</natOp><mod>55</mod>
        <serie>${series}</serie><nNF>${number}</nNF><dhEmi>${issuedAt}</dhEmi>
        <tpNF>1</tpNF><idDest>1</idDest><cMunFG>3550308</cMunFG>
        <tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>${accessKey[43]}</cDV><tpAmb>2</tpAmb>
        <finNFe>1</finNFe><indFinal>1</indFinal><indPres>1</indPres><procEmi>0</procEmi><verProc>prumo-bench</verProc>
      </ide>
      <emit>
        <CNPJ>${issuerCnpj}</CNPJ>
        <xNome>${esc(issuerName)}</xNome><xFant>${esc(issuerName.split(' ')[0])}</xFant>
        <enderEmit><xLgr>RUA A</xLgr><nro>10</nro><xBairro>CENTRO</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>01001000</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderEmit>
        <IE>123456789110</IE><CRT>4</CRT>
      </emit>
      <dest>
        <CNPJ>${recipientCnpj}</CNPJ>
        <xNome>${esc(recipientName)}</xNome>
        <enderDest><xLgr>RUA B</xLgr><nro>20</nro><xBairro>CENTRO</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>01001000</CEP><cPais>1058</cPais><xPais>BRASIL</xPais></enderDest>
        <indIEDest>9</indIEDest>
      </dest>
      <det nItem="1">
        <prod>
          <cProd>P${number}</cProd><cEAN>SEM GTIN</cEAN><xProd>PRODUTO DO BENCHMARK ${number}</xProd>
          <NCM>21069090</NCM><CFOP>5102</CFOP><uCom>UN</uCom>
          <qCom>1.0000</qCom><vUnCom>${v}</vUnCom><vProd>${v}</vProd>
          <cEANTrib>SEM GTIN</cEANTrib><uTrib>UN</uTrib><qTrib>1.0000</qTrib><vUnTrib>${v}</vUnTrib><indTot>1</indTot>
        </prod>
        <imposto>
          <ICMS><ICMSSN102><orig>0</orig><CSOSN>102</CSOSN></ICMSSN102></ICMS>
          <PIS><PISOutr><CST>99</CST><vBC>0.00</vBC><pPIS>0.0000</pPIS><vPIS>0.00</vPIS></PISOutr></PIS>
          <COFINS><COFINSOutr><CST>99</CST><vBC>0.00</vBC><pCOFINS>0.0000</pCOFINS><vCOFINS>0.00</vCOFINS></COFINSOutr></COFINS>
        </imposto>
      </det>
      <total>
        <ICMSTot>
          <vBC>0.00</vBC><vICMS>0.00</vICMS><vICMSDeson>0.00</vICMSDeson><vFCP>0.00</vFCP><vBCST>0.00</vBCST><vST>0.00</vST>
          <vFCPST>0.00</vFCPST><vFCPSTRet>0.00</vFCPSTRet><vProd>${v}</vProd>
          <vFrete>0.00</vFrete><vSeg>0.00</vSeg><vDesc>0.00</vDesc><vII>0.00</vII><vIPI>0.00</vIPI><vIPIDevol>0.00</vIPIDevol>
          <vPIS>0.00</vPIS><vCOFINS>0.00</vCOFINS><vOutro>0.00</vOutro><vNF>${v}</vNF>
        </ICMSTot>
      </total>
      <transp><modFrete>9</modFrete></transp>
      <pag><detPag><tPag>17</tPag><vPag>${v}</vPag></detPag></pag>
      <infAdic><infCpl>Documento emitido por MEI - benchmark</infCpl></infAdic>
    </infNFe>
    <Signature xmlns="http://www.w3.org/2000/09/xmldsig#"><SignedInfo><Reference URI="#NFe${accessKey}"><DigestValue>AAAA</DigestValue></Reference></SignedInfo><SignatureValue>AAAA</SignatureValue></Signature>
  </NFe>
  <protNFe versao="4.00">
    <infProt>
      <tpAmb>2</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>${accessKey}</chNFe><dhRecbto>${issuedAt}</dhRecbto>
      <nProt>135260000012345</nProt><digVal>AAAA</digVal><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo>
    </infProt>
  </protNFe>
</nfeProc>
`;
  return { xml: Buffer.from(xml, 'utf8'), accessKey };
}

/** The i-th bench NF-e: issued by the account, dates spread over January..October of YEAR. */
function nthNfe(account, recipientCnpj, i) {
  const month = String(1 + (i % 10)).padStart(2, '0');
  const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
  const totalCents = 1000 + ((i * 7919) % 49_000);
  const { xml, accessKey } = nfeXml({
    issuerCnpj: account.taxId,
    issuerName: 'BENCH DOCUMENTOS MEI',
    recipientCnpj,
    recipientName: 'CLIENTE DO BENCHMARK LTDA',
    issuedAt: `${YEAR}-${month}-${day}T10:30:00-03:00`,
    totalCents,
    number: i + 1,
  });
  return { filename: `nfe-${i + 1}.xml`, contentType: 'application/xml', bytes: xml, totalCents, accessKey };
}

let pdfkit = null;
function renderPdf(build, options) {
  pdfkit = pdfkit || require('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new pdfkit({ ...options, compress: true, info: { Title: 'Prumo bench fixture', Producer: 'pdfkit' } });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    build(doc);
    doc.end();
  });
}

/** The receipt of `receiptPng` in the documents fixtures: 4 x 6 in, large high-contrast type. */
function receiptPdf({ issuerCnpj, issuerName, totalCents, issuedAt }) {
  const money = (c) => br.formatBRL(c, { symbol: false });
  const items = [
    { description: 'PAO FRANCES', totalCents: Math.floor(totalCents / 2) },
    { description: 'CAFE COADO', totalCents: totalCents - Math.floor(totalCents / 2) },
  ];
  const brDate = `${issuedAt.slice(8, 10)}/${issuedAt.slice(5, 7)}/${issuedAt.slice(0, 4)}`;
  return renderPdf(
    (doc) => {
      let y = 24;
      const line = (s, size = 16, bold = false) => {
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor('black').text(s, 20, y, { lineBreak: false });
        y += size * 1.6;
      };
      const row = (left, right, size = 16, bold = false) => {
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(size).fillColor('black');
        doc.text(left, 20, y, { lineBreak: false });
        doc.text(right, 268 - doc.widthOfString(right), y, { lineBreak: false });
        y += size * 1.6;
      };
      line(issuerName, 18, true);
      line(`CNPJ: ${br.formatTaxId(issuerCnpj)}`);
      line('RUA DAS FLORES 100 - SAO PAULO');
      y += 8;
      line('RECIBO DE VENDA', 16, true);
      line(`DATA: ${brDate} ${issuedAt.slice(11, 16)}`);
      y += 8;
      for (const it of items) row(it.description, money(it.totalCents));
      y += 8;
      row('TOTAL R$', money(totalCents), 18, true);
    },
    { size: [288, 432], margin: 20 },
  );
}

async function receiptPng(opts, dir) {
  const pdf = await receiptPdf(opts);
  writeFileSync(path.join(dir, 'r.pdf'), pdf);
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', path.join(dir, 'r.pdf'), path.join(dir, 'r')]);
  return readFileSync(path.join(dir, 'r.png'));
}

/** One page holding only the receipt PNG (no text layer). */
function scannedPdf(png) {
  return renderPdf((doc) => doc.image(png, 0, 0, { width: 288, height: 432 }), { size: [288, 432], margin: 0 });
}

// ---- uploads ----------------------------------------------------------------------------------

const CREATE_UPLOAD = 'mutation($i: CreateUploadInput!) { createUpload(input: $i) { documentId uploadUrl } }';
const COMPLETE_UPLOAD = 'mutation($id: ID!) { completeUpload(documentId: $id) { id status } }';

/** createUpload -> PUT the bytes -> completeUpload, all through the router. */
async function upload(routerUrl, token, file) {
  const t0 = performance.now();
  const d = await h.gql(routerUrl, CREATE_UPLOAD, { i: { filename: file.filename, contentType: file.contentType, size: file.bytes.length } }, token);
  const { documentId, uploadUrl } = d.createUpload;
  const put = await fetch(uploadUrl, { method: 'PUT', body: file.bytes, headers: { 'content-type': 'application/octet-stream' } });
  const putText = await put.text();
  if (put.status !== 200) throw new Error(`PUT ${uploadUrl} answered ${put.status}: ${putText}`);
  const c = await h.gql(routerUrl, COMPLETE_UPLOAD, { id: documentId }, token);
  if (c.completeUpload.id !== documentId || c.completeUpload.status !== 'QUEUED') {
    throw new Error(`completeUpload answered ${JSON.stringify(c.completeUpload)} for ${documentId} (a duplicate file?)`);
  }
  return { documentId, t0, tCompleted: performance.now() };
}

async function statusCounts(db, ids) {
  const r = await db.query(`select status, count(*)::int as n from documents.documents where id = any($1::uuid[]) group by status`, [ids]);
  return Object.fromEntries(r.rows.map((row) => [row.status, row.n]));
}

/** Polls PostgreSQL until every id is PROCESSED or FAILED; returns the client time it saw that. */
async function waitDone(db, ids, { pollMs = 50, timeoutMs = 600_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await statusCounts(db, ids);
    if ((c.PROCESSED ?? 0) + (c.FAILED ?? 0) >= ids.length) return { t: performance.now(), counts: c };
    if (Date.now() > deadline) throw new Error(`documents not done after ${timeoutMs} ms: ${JSON.stringify(c)}`);
    await h.sleep(pollMs);
  }
}

/** Per document, from PostgreSQL: createUpload -> PROCESSED, and completeUpload (STORED) -> SAVED. */
async function dbTimes(db, ids) {
  const r = await db.query(
    `select d.id, d.status, d.failure_reason, d.method, d.kind, d.direction, d.total_cents, d.issuer_tax_id, d.ocr_confidence, d.revenue_recorded,
            extract(epoch from d.created_at) * 1000 as created_ms,
            extract(epoch from d.processed_at) * 1000 as processed_ms,
            extract(epoch from (select min(e.at) from documents.document_events e where e.document_id = d.id and e.stage = 'STORED')) * 1000 as stored_ms
       from documents.documents d where d.id = any($1::uuid[])`,
    [ids],
  );
  return r.rows.map((row) => ({
    ...row,
    created_ms: Number(row.created_ms),
    processed_ms: row.processed_ms === null ? null : Number(row.processed_ms),
    stored_ms: row.stored_ms === null ? null : Number(row.stored_ms),
  }));
}

// ---- CPU accounting ---------------------------------------------------------------------------

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime+stime and cutime+cstime (waited-for children: tesseract, pdftoppm) of a pid, seconds. */
function procTimes(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const tck = CLK_TCK;
    return { self: (Number(f[11]) + Number(f[12])) / tck, children: (Number(f[13]) + Number(f[14])) / tck };
  } catch {
    return { self: 0, children: 0 };
  }
}

function cpuMeter(procs, pg) {
  const names = Object.keys(procs);
  const snap = async () => ({
    t: performance.now(),
    machine: h.machineCpu(),
    self: process.cpuUsage(),
    procs: Object.fromEntries(names.map((n) => [n, procTimes(procs[n].pid)])),
    postgres: await pg.cpu(),
    redis: h.cpuSecondsByComm(/^redis-server/),
  });
  const delta = (a, b, units = 0) => {
    const wall = (b.t - a.t) / 1000;
    const per = (s) => ({ pctOfCore: round((100 * s) / wall, 0), ...(units ? { msPerUnit: round((s * 1000) / units, 2) } : {}) });
    const ours = { bench: (b.self.user - a.self.user + b.self.system - a.self.system) / 1e6 };
    for (const n of names) ours[n] = b.procs[n].self - a.procs[n].self;
    ours.ocrTools = b.procs.documents ? b.procs.documents.children - a.procs.documents.children : 0;
    ours.postgres = h.pgCpuDelta(a.postgres, b.postgres);
    ours.redis = b.redis - a.redis;
    const machineBusy = (b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total);
    const busyS = machineBusy * os.cpus().length * wall;
    const oursS = Object.values(ours).reduce((x, y) => x + y, 0);
    const out = { wallS: round(wall, 2), machineBusyPct: round(100 * machineBusy, 0) };
    for (const [n, s] of Object.entries(ours)) out[n] = per(s);
    out.other = { pctOfCore: round((100 * Math.max(0, busyS - oursS)) / wall, 0) };
    return out;
  };
  return { snap, delta };
}

function printCpu(c, unitName) {
  const parts = Object.entries(c)
    .filter(([k]) => !['wallS', 'machineBusyPct', 'other'].includes(k))
    .map(([k, v]) => `${k} ${v.pctOfCore}%${v.msPerUnit !== undefined ? `/${v.msPerUnit}` : ''}`);
  log(`    CPU (% of one core${unitName ? ` / CPU ms per ${unitName}` : ''}): machine ${c.machineBusyPct}% busy; ${parts.join('; ')}; everything else ${c.other.pctOfCore}%`);
  if (c.other.pctOfCore > OTHER_LOAD_LIMIT) log(`    WARNING: other processes used ${c.other.pctOfCore}% of a core during this phase; its figures are distorted`);
}

// ---- part A -----------------------------------------------------------------------------------

async function partA(ctx) {
  const { urls, db, account, meter } = ctx;
  const token = await signIn(urls.router, account);
  const recipient = br.generateCnpj();
  const files = Array.from({ length: DOCS + SEQUENTIAL }, (_, i) => nthNfe(account, recipient, i));
  log(`\nA. NF-e XML end to end: ${DOCS} documents (${Math.round(files[0].bytes.length / 100) / 10} KB each), ${UPLOAD_CONCURRENCY} upload chains in flight, worker concurrency 2 (the default)`);

  // A1: the batch.
  const batch = files.slice(0, DOCS);
  const ids = [];
  const before = await meter.snap();
  const t0 = performance.now();
  let next = 0;
  let uploadsDone = 0;
  let lastUploadAt = 0;
  let lastUploadEpochMs = 0;
  await Promise.all(
    Array.from({ length: Math.min(UPLOAD_CONCURRENCY, batch.length) }, async () => {
      while (next < batch.length) {
        const f = batch[next++];
        const u = await upload(urls.router, token, f);
        ids.push(u.documentId);
        uploadsDone++;
        lastUploadAt = u.tCompleted;
        lastUploadEpochMs = Date.now();
      }
    }),
  );
  const uploadS = (lastUploadAt - t0) / 1000;
  const done = await waitDone(db, ids);
  const after = await meter.snap();
  const wallS = (done.t - t0) / 1000;
  const times = await dbTimes(db, ids);
  const failed = times.filter((r) => r.status !== 'PROCESSED');
  const lat = times.filter((r) => r.processed_ms).map((r) => r.processed_ms - r.created_ms);
  const savedLat = times.filter((r) => r.processed_ms && r.stored_ms).map((r) => r.processed_ms - r.stored_ms);
  const firstCreated = Math.min(...times.map((r) => r.created_ms));
  const lastProcessed = Math.max(...times.filter((r) => r.processed_ms).map((r) => r.processed_ms));
  const dbSpanS = (lastProcessed - firstCreated) / 1000;
  const cpu = meter.delta(before, after, DOCS);
  // Documents still queued when the last upload finished, and how fast the two workers drained them
  // with the machine to themselves (the same host clock for PostgreSQL and this process).
  const tail = times.filter((r) => r.processed_ms && r.processed_ms > lastUploadEpochMs);
  const tailS = tail.length ? (lastProcessed - lastUploadEpochMs) / 1000 : 0;
  const a1 = {
    documents: DOCS,
    uploadConcurrency: UPLOAD_CONCURRENCY,
    processed: times.length - failed.length,
    failed: failed.length,
    firstFailure: failed[0] ? `${failed[0].status}: ${failed[0].failure_reason}` : null,
    uploadsS: round(uploadS, 2),
    uploadsPerS: round(DOCS / uploadS, 1),
    wallS: round(wallS, 2),
    docsPerS: round(DOCS / wallS, 1),
    dbSpanS: round(dbSpanS, 2),
    docsPerSDb: round(DOCS / dbSpanS, 1),
    latencyMs: stats(lat),
    storedToSavedMs: stats(savedLat),
    afterLastUpload: { documents: tail.length, seconds: round(tailS, 2), docsPerS: tail.length >= 10 ? round(tail.length / tailS, 1) : null },
    issued: times.filter((r) => r.direction === 'ISSUED').length,
    revenueRecorded: times.filter((r) => r.revenue_recorded).length,
    cpu,
  };
  log(`  A1 batch: ${a1.processed}/${DOCS} PROCESSED, ${a1.failed} failed${a1.firstFailure ? ` (${a1.firstFailure})` : ''}; direction ISSUED ${a1.issued}, revenue_recorded ${a1.revenueRecorded}`);
  log(`    uploads (createUpload + PUT + completeUpload) all done in ${a1.uploadsS} s (${a1.uploadsPerS}/s)`);
  log(`    first createUpload -> all PROCESSED: ${a1.wallS} s = ${a1.docsPerS} documents/s (PostgreSQL first created_at -> last processed_at: ${a1.dbSpanS} s, ${a1.docsPerSDb}/s)`);
  log(`    per document createUpload -> PROCESSED (processed_at - created_at): p50 ${a1.latencyMs.p50} ms, p90 ${a1.latencyMs.p90} ms, p99 ${a1.latencyMs.p99} ms, max ${a1.latencyMs.max} ms`);
  log(`    per document completeUpload -> SAVED (queue + extraction + save): p50 ${a1.storedToSavedMs.p50} ms, p99 ${a1.storedToSavedMs.p99} ms`);
  log(`    still queued when the last upload finished: ${tail.length}, done ${a1.afterLastUpload.seconds} s later${a1.afterLastUpload.docsPerS ? ` (${a1.afterLastUpload.docsPerS}/s with only the workers running)` : ''}`);
  printCpu(cpu, 'document');

  // A2: one at a time (no queue).
  let a2 = null;
  const seqIds = [];
  if (SEQUENTIAL > 0) {
    const seqBefore = await meter.snap();
    const client = [];
    for (const f of files.slice(DOCS)) {
      const u = await upload(urls.router, token, f);
      const d = await waitDone(db, [u.documentId], { pollMs: 5 });
      client.push(d.t - u.t0);
      seqIds.push(u.documentId);
    }
    const seqAfter = await meter.snap();
    const st = await dbTimes(db, seqIds);
    const sFailed = st.filter((r) => r.status !== 'PROCESSED');
    a2 = {
      documents: SEQUENTIAL,
      failed: sFailed.length,
      latencyMs: stats(st.filter((r) => r.processed_ms).map((r) => r.processed_ms - r.created_ms)),
      storedToSavedMs: stats(st.filter((r) => r.processed_ms && r.stored_ms).map((r) => r.processed_ms - r.stored_ms)),
      clientObservedMs: stats(client),
      cpu: meter.delta(seqBefore, seqAfter, SEQUENTIAL),
    };
    log(`  A2 one at a time, ${SEQUENTIAL} documents (${a2.failed} failed): createUpload -> PROCESSED p50 ${a2.latencyMs.p50} ms, p99 ${a2.latencyMs.p99} ms` +
      ` (completeUpload -> SAVED p50 ${a2.storedToSavedMs.p50} ms; seen by the client, 5 ms polling: p50 ${a2.clientObservedMs.p50} ms)`);
    printCpu(a2.cpu, 'document');
  }

  // Revenue: every document counted once in limits.
  const all = files.slice(0, DOCS + SEQUENTIAL);
  const expected = all.reduce((s, f) => s + f.totalCents, 0);
  const tRev = performance.now();
  let revenue = null;
  let ledger = null;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const d = await h.gql(urls.router, `query { meiLimit(year: ${YEAR}) { revenueCents } }`, {}, account.token);
    revenue = d.meiLimit.revenueCents;
    if (revenue === expected) break;
    await h.sleep(200);
  }
  const l = await db.query(`select count(*)::int as n, coalesce(sum(amount_cents), 0)::bigint as cents from limits.ledger_entries where tenant_id = $1 and not cancelled`, [account.claims.tid]);
  ledger = { entries: l.rows[0].n, cents: Number(l.rows[0].cents) };
  const revenueCheck = {
    expectedCents: expected,
    meiLimitRevenueCents: revenue,
    ledgerEntries: ledger.entries,
    ledgerCents: ledger.cents,
    ok: revenue === expected && ledger.entries === all.length && ledger.cents === expected,
    caughtUpAfterMs: round(performance.now() - tRev, 0),
  };
  log(`  revenue: meiLimit(year: ${YEAR}).revenueCents = ${revenue}, sum of the ${all.length} NF-e totals = ${expected}; ledger ${ledger.entries} entries / ${ledger.cents} cents -> ${revenueCheck.ok ? 'OK' : 'MISMATCH'}`);
  return { a1, a2, revenueCheck };
}

// ---- part B -----------------------------------------------------------------------------------

function timeCmd(cmd, argv, env) {
  const t = performance.now();
  execFileSync(cmd, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  return performance.now() - t;
}

async function partB(ctx) {
  const { urls, db, account, meter } = ctx;
  const token = await signIn(urls.router, account);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'prumo-bench-ocr-'));
  try {
    log(`\nB. OCR, one-page receipt: ${OCR_RUNS} PNG uploads and ${OCR_RUNS} scanned-PDF uploads, one at a time`);
    const kinds = { png: [], pdf: [] };
    let firstPng = null;
    let firstPdf = null;
    for (let i = 0; i < OCR_RUNS; i++) {
      // Each file differs (total, time): identical bytes would be deduplicated by SHA-256.
      const opts = { issuerCnpj: account.taxId, issuerName: 'PADARIA BENCH LTDA', totalCents: 1250 + 111 * i, issuedAt: `${YEAR}-11-${String(10 + i).padStart(2, '0')}T08:${String(10 + i).padStart(2, '0')}:00-03:00` };
      const png = await receiptPng(opts, dir);
      const pdf = await scannedPdf(await receiptPng({ ...opts, totalCents: opts.totalCents + 5 }, dir));
      if (!firstPng) {
        firstPng = png;
        firstPdf = pdf;
      }
      kinds.png.push({ file: { filename: `recibo-${i + 1}.png`, contentType: 'image/png', bytes: png }, totalCents: opts.totalCents });
      kinds.pdf.push({ file: { filename: `recibo-${i + 1}.pdf`, contentType: 'application/pdf', bytes: pdf }, totalCents: opts.totalCents + 5 });
    }
    const out = {};
    for (const kind of ['png', 'pdf']) {
      const before = await meter.snap();
      const client = [];
      const ids = [];
      for (const { file } of kinds[kind]) {
        const u = await upload(urls.router, token, file);
        const d = await waitDone(db, [u.documentId], { pollMs: 10 });
        client.push(d.t - u.t0);
        ids.push(u.documentId);
      }
      const after = await meter.snap();
      const rows = await dbTimes(db, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      const ordered = ids.map((id) => byId.get(id));
      const failed = ordered.filter((r) => r.status !== 'PROCESSED');
      const e2e = ordered.filter((r) => r.processed_ms).map((r) => r.processed_ms - r.created_ms);
      const extract = ordered.filter((r) => r.processed_ms && r.stored_ms).map((r) => r.processed_ms - r.stored_ms);
      const totalsRead = ordered.filter((r, i) => r.total_cents !== null && Number(r.total_cents) === kinds[kind][i].totalCents).length;
      const issuerRead = ordered.filter((r) => r.issuer_tax_id === account.taxId).length;
      out[kind] = {
        runs: OCR_RUNS,
        bytes: kinds[kind][0].file.bytes.length,
        failed: failed.length,
        firstFailure: failed[0] ? failed[0].failure_reason : null,
        method: ordered[0] && ordered[0].method,
        kind: ordered[0] && ordered[0].kind,
        ocrConfidence: round(median(ordered.map((r) => Number(r.ocr_confidence ?? 0))), 2),
        totalsReadCorrectly: totalsRead,
        issuerReadCorrectly: issuerRead,
        secondsPerPage: { median: round(median(e2e) / 1000, 2), min: round(Math.min(...e2e) / 1000, 2), max: round(Math.max(...e2e) / 1000, 2), all: e2e.map((v) => round(v / 1000, 2)) },
        storedToSavedS: round(median(extract) / 1000, 2),
        clientObservedS: round(median(client) / 1000, 2),
        cpu: meter.delta(before, after, OCR_RUNS),
      };
      const o = out[kind];
      log(
        `  ${kind === 'png' ? 'receipt PNG (800x1200, 200 dpi)' : 'scanned PDF (1 page, rasterised at 300 dpi)'}: ${OCR_RUNS - o.failed}/${OCR_RUNS} PROCESSED by ${o.method} (kind ${o.kind}, confidence ${o.ocrConfidence}, total read right ${o.totalsReadCorrectly}/${OCR_RUNS}, issuer CNPJ ${o.issuerReadCorrectly}/${OCR_RUNS})`,
      );
      log(`    upload -> PROCESSED per page: median ${o.secondsPerPage.median} s (min ${o.secondsPerPage.min}, max ${o.secondsPerPage.max}; runs ${o.secondsPerPage.all.join(', ')}); completeUpload -> SAVED median ${o.storedToSavedS} s`);
      printCpu(o.cpu, 'page');
    }

    // Reference: the tools alone on the same files, as the extraction runs them.
    const png = path.join(dir, 'ref.png');
    const pdf = path.join(dir, 'ref.pdf');
    writeFileSync(png, firstPng);
    writeFileSync(pdf, firstPdf);
    const tessArgs = (f) => [f, 'stdout', '-l', 'por', '--psm', '3', 'tsv'];
    const single = { OMP_THREAD_LIMIT: '1' };
    const ref = { tesseractPngMs: [], tesseractPngDefaultThreadsMs: [], pdftoppm300Ms: [], tesseractPage300Ms: [] };
    timeCmd('tesseract', tessArgs(png), single); // warm the page cache
    for (let i = 0; i < OCR_RUNS; i++) {
      ref.tesseractPngMs.push(timeCmd('tesseract', tessArgs(png), single));
      const envDefault = { ...process.env };
      delete envDefault.OMP_THREAD_LIMIT;
      const t = performance.now();
      execFileSync('tesseract', tessArgs(png), { env: envDefault, stdio: ['ignore', 'ignore', 'ignore'] });
      ref.tesseractPngDefaultThreadsMs.push(performance.now() - t);
      const prefix = path.join(dir, 'page');
      ref.pdftoppm300Ms.push(timeCmd('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', '-gray', '-png', '-singlefile', pdf, prefix]));
      ref.tesseractPage300Ms.push(timeCmd('tesseract', tessArgs(`${prefix}.png`), single));
    }
    const r = Object.fromEntries(Object.entries(ref).map(([k, v]) => [k.replace(/Ms$/, 'S'), round(median(v) / 1000, 2)]));
    out.toolsAlone = r;
    log(
      `  tools alone (median of ${OCR_RUNS}): tesseract -l por --psm 3 tsv on the PNG ${r.tesseractPngS} s (OMP_THREAD_LIMIT=1, as the worker runs it; ${r.tesseractPngDefaultThreadsS} s with default threads); ` +
        `scanned PDF: pdftoppm -r 300 -gray ${r.pdftoppm300S} s + tesseract on the 1200x1800 page ${r.tesseractPage300S} s`,
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- part C -----------------------------------------------------------------------------------

const MEI_QUERY = `query { meiLimit(year: ${YEAR}) { status percent revenueCents monthly { month revenueCents } } }`;
const MEI_BODY = JSON.stringify({ query: MEI_QUERY });

async function expectedMeiBody(url, token, revenueCents) {
  const r = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: MEI_BODY });
  const text = await r.text();
  const parsed = JSON.parse(text);
  if (r.status !== 200 || parsed.errors || !parsed.data || parsed.data.meiLimit.revenueCents !== revenueCents) {
    throw new Error(`${url} answered ${r.status}: ${text.slice(0, 500)} (expected revenueCents ${revenueCents})`);
  }
  return text;
}

const histogram = () => hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });

/** Closed loop: autocannon, `connections` connections; latency per response in µs (own histogram). */
async function closedLoop(name, url, token, expected, { connections, duration, meter }) {
  const hist = histogram();
  let errorBodies = 0;
  let firstBad = null;
  const before = await meter.snap();
  const instance = autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: MEI_BODY,
    connections,
    duration,
    verifyBody: (body) => {
      if (body === expected) return true;
      errorBodies++;
      if (!firstBad) firstBad = String(body).slice(0, 300);
      return false;
    },
  });
  instance.on('response', (_c, status, _b, ms) => {
    if (status >= 200 && status < 300) hist.recordValue(Math.max(1, Math.round(ms * 1000)));
  });
  const result = await instance;
  const after = await meter.snap();
  const total = result.requests.total;
  const q = (p) => round(hist.getValueAtPercentile(p) / 1000, 2);
  return {
    name,
    connections,
    durationS: duration,
    requests: total,
    rps: round(total / (result.duration || duration), 1),
    p50Ms: q(50),
    p90Ms: q(90),
    p99Ms: q(99),
    maxMs: round(hist.maxValue / 1000, 2),
    failed: result.non2xx + errorBodies + result.errors + result.timeouts,
    firstBad,
    cpu: meter.delta(before, after, total),
  };
}

/** Open loop: `rate` evenly spaced requests/s for `duration` s over a keep-alive node:http pool. */
async function openLoop(name, url, token, expected, { rate, duration, meter }) {
  const hist = histogram();
  const total = Math.round(rate * duration);
  let failed = 0;
  let firstBad = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL(`${url}/graphql`);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(MEI_BODY) };
  const one = () =>
    new Promise((resolve) => {
      const t = performance.now();
      const req = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200 && text === expected) hist.recordValue(Math.max(1, Math.round((performance.now() - t) * 1000)));
          else {
            failed++;
            if (!firstBad) firstBad = text.slice(0, 300);
          }
          resolve();
        });
      });
      req.on('error', () => {
        failed++;
        resolve();
      });
      req.end(MEI_BODY);
    });
  const before = await meter.snap();
  const start = performance.now();
  const inflight = new Set();
  let sent = 0;
  await new Promise((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
      while (sent < due) {
        sent++;
        const p = one();
        inflight.add(p);
        p.finally(() => inflight.delete(p));
      }
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, start + (sent * 1000) / rate - performance.now()));
    };
    tick();
  });
  await Promise.all(inflight);
  agent.destroy();
  const after = await meter.snap();
  const q = (p) => round(hist.getValueAtPercentile(p) / 1000, 2);
  return { name, connections: `${rate}/s`, durationS: duration, requests: total, rps: rate, p50Ms: q(50), p90Ms: q(90), p99Ms: q(99), maxMs: round(hist.maxValue / 1000, 2), failed, firstBad, cpu: meter.delta(before, after, total) };
}

function printLoad(r) {
  log(`    ${r.name.padEnd(26)} ${String(r.rps).padStart(7)} req/s  p50 ${r.p50Ms} ms  p90 ${r.p90Ms} ms  p99 ${r.p99Ms} ms  max ${r.maxMs} ms  (${r.requests} requests, ${r.failed} failed)`);
  if (r.firstBad) log(`    first unexpected body: ${r.firstBad}`);
  printCpu(r.cpu, 'request');
}

async function meiPhases(ctx, label, revenueCents) {
  const { urls, account, meter } = ctx;
  const token = account.token;
  const viaRouter = await expectedMeiBody(urls.router, token, revenueCents);
  const direct = await expectedMeiBody(urls.limits, token, revenueCents);
  const out = {};
  log(`  ${label}: ${CONNECTIONS} connections, ${DURATION} s each after a ${WARMUP} s warm-up`);
  for (const [key, url, body] of [['router', urls.router, viaRouter], ['direct', urls.limits, direct]]) {
    if (WARMUP > 0) await closedLoop('warm-up', url, token, body, { connections: CONNECTIONS, duration: WARMUP, meter });
    out[key] = await closedLoop(key === 'router' ? 'through the router' : 'straight at limits', url, token, body, { connections: CONNECTIONS, duration: DURATION, meter });
    printLoad(out[key]);
  }
  if (RATE > 0) {
    log(`  ${label}: open loop, ${RATE} req/s evenly spaced, 5 s each`);
    for (const [key, url, body] of [['routerPaced', urls.router, viaRouter], ['directPaced', urls.limits, direct]]) {
      await openLoop('warm-up', url, token, body, { rate: RATE, duration: 1, meter });
      out[key] = await openLoop(key === 'routerPaced' ? 'through the router' : 'straight at limits', url, token, body, { rate: RATE, duration: 5, meter });
      printLoad(out[key]);
    }
  }
  return out;
}

async function partC(ctx) {
  const { urls, db, account } = ctx;
  await signIn(urls.router, account);
  const tid = account.claims.tid;
  const yearCents = async () => {
    const r = await db.query(
      `select coalesce(sum(amount_cents), 0)::bigint as cents, count(*)::int as n from limits.ledger_entries where tenant_id = $1 and not cancelled and source = 'documents' and month like $2`,
      [tid, `${YEAR}-%`],
    );
    return { cents: Number(r.rows[0].cents), entries: r.rows[0].n };
  };
  const explain = async () => {
    // The read meiLimit does (limit.service.ts monthlyCounted) with the default profile; superuser
    // bypasses RLS, so the tenant filter RLS adds is written out.
    const r = await db.query(
      `explain (analyze, buffers, format json) select month, sum(amount_cents) as cents from limits.monthly_revenue
        where tenant_id = $1 and month like $2 and ((source = 'documents' and true) or (source = 'finance' and false) or (source = 'marketplace' and false)) group by month`,
      [tid, `${YEAR}-%`],
    );
    const plan = r.rows[0]['QUERY PLAN'][0];
    return { executionMs: plan['Execution Time'], planningMs: plan['Planning Time'], node: plan.Plan['Node Type'], rows: plan.Plan['Actual Rows'] };
  };

  log(`\nC. meiLimit(year: ${YEAR}) { status percent revenueCents monthly { month revenueCents } }`);
  const base = await yearCents();
  const out = { before: { ledgerEntries: base.entries, explain: await explain() } };
  Object.assign(out.before, await meiPhases(ctx, `before: ${base.entries} ledger entries in the account`, base.cents));

  // 100,000 entries spread over 2025-01-01 .. 2026-11-25 (690 days), 1..96 cents each, source
  // documents with a dedupe key (as an NF-e's would be), then the aggregates recomputed from the
  // ledger exactly as the nightly rebuild computes them (not cancelled, by month/source/shadowed).
  const t0 = performance.now();
  await db.query('begin');
  await db.query(
    `insert into limits.ledger_entries (tenant_id, id, source, source_id, amount_cents, occurred_on, month, description, dedupe_key, shadowed, cancelled, source_version)
     select $1, gen_random_uuid(), 'documents', 'bench:' || $2 || ':' || g, 1 + (g * 37) % 96, d, to_char(d, 'YYYY-MM'), 'NFE bench ' || g, 'benchkey:' || $2 || ':' || g, false, false, 0
       from generate_series(1, $3::int) g, lateral (select date '2025-01-01' + (g % 690) as d) x`,
    [tid, account.tag, ENTRIES],
  );
  await db.query(`delete from limits.monthly_revenue where tenant_id = $1`, [tid]);
  await db.query(
    `insert into limits.monthly_revenue (tenant_id, month, source, shadowed, amount_cents, entries)
     select tenant_id, month, source, shadowed, sum(amount_cents), count(*) from limits.ledger_entries where tenant_id = $1 and not cancelled group by tenant_id, month, source, shadowed`,
    [tid],
  );
  await db.query('commit');
  await db.query('analyze limits.ledger_entries');
  await db.query('analyze limits.monthly_revenue');
  const insertS = (performance.now() - t0) / 1000;
  const total = await db.query(`select count(*)::int as n from limits.ledger_entries where tenant_id = $1`, [tid]);
  const table = await db.query(`select count(*)::int as n from limits.ledger_entries`);
  const agg = await db.query(`select count(*)::int as n from limits.monthly_revenue where tenant_id = $1`, [tid]);
  const after = await yearCents();
  log(
    `  inserted ${ENTRIES} ledger entries in ${round(insertS, 1)} s: the account now has ${total.rows[0].n} (${after.entries} in ${YEAR}, ${after.cents} cents), ` +
      `${agg.rows[0].n} monthly_revenue rows; limits.ledger_entries holds ${table.rows[0].n} rows in all`,
  );
  out.after = { ledgerEntries: total.rows[0].n, entriesInYear: after.entries, monthlyRevenueRows: agg.rows[0].n, tableRows: table.rows[0].n, insertS: round(insertS, 1), explain: await explain() };
  Object.assign(out.after, await meiPhases(ctx, `after: ${total.rows[0].n} ledger entries in the account`, after.cents));
  log(`  monthly_revenue read (EXPLAIN ANALYZE as superuser): ${out.before.explain.executionMs} ms before, ${out.after.explain.executionMs} ms after (${out.after.explain.node}, ${out.after.explain.rows} rows)`);

  if (!KEEP) {
    // Leave the table as it was found for the next run: remove the synthetic entries, rebuild the aggregates.
    await db.query('begin');
    await db.query(`delete from limits.ledger_entries where tenant_id = $1 and source_id like $2`, [tid, `bench:${account.tag}:%`]);
    await db.query(`delete from limits.monthly_revenue where tenant_id = $1`, [tid]);
    await db.query(
      `insert into limits.monthly_revenue (tenant_id, month, source, shadowed, amount_cents, entries)
       select tenant_id, month, source, shadowed, sum(amount_cents), count(*) from limits.ledger_entries where tenant_id = $1 and not cancelled group by tenant_id, month, source, shadowed`,
      [tid],
    );
    await db.query('commit');
  }
  return out;
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  h.installCleanup();
  const started = Date.now();
  const machine = h.machineInfo();
  machine.backgroundBusyPct = await h.backgroundBusyPct();
  machine.tesseract = (spawnSync('tesseract', ['--version'], { encoding: 'utf8' }).stdout || '').split('\n')[0];
  log(
    `documents benchmark: ${machine.nproc} CPUs (${machine.cpuModel}), ${machine.memGiB} GiB, node ${machine.node}, ${machine.tesseract}, ` +
      `load average ${machine.loadavg}, machine ${machine.backgroundBusyPct}% busy before start; code ${machine.commit}${machine.dirty ? ' + uncommitted changes' : ''}`,
  );

  const platform = await startPlatform();
  const db = new Client({ connectionString: adminUrl(platform.env) });
  await db.connect();
  machine.postgres = (await db.query('show server_version')).rows[0].server_version;
  const pg = h.pgBackends(platform.env);
  const meter = cpuMeter(platform.procs, pg);
  const account = await signUp(platform.urls.router);
  const plan = await unlimitedUploads(db, account);
  log(`account ${account.claims.tid} (CNPJ ${account.taxId}), plan ${plan} (document_uploads 1,000,000/month); PostgreSQL ${machine.postgres}`);
  const ctx = { urls: platform.urls, db, account, meter };

  const result = { bench: 'documents', machine, config: { docs: DOCS, uploadConcurrency: UPLOAD_CONCURRENCY, sequential: SEQUENTIAL, ocrRuns: OCR_RUNS, entries: ENTRIES, connections: CONNECTIONS, durationS: DURATION, rate: RATE, workerConcurrency: 2 } };
  if (!SKIP.has('a')) result.xml = await partA(ctx);
  if (!SKIP.has('b')) result.ocr = await partB(ctx);
  if (!SKIP.has('c')) result.meiLimit = await partC(ctx);

  await pg.close();
  await db.end();
  await h.stopAll();

  // Summary, targets, validity.
  log('\nsummary:');
  let invalid = 0;
  const phases = [];
  if (result.xml) {
    const { a1, a2, revenueCheck } = result.xml;
    log(`  NF-e XML end to end: ${a1.docsPerS} documents/s (${DOCS} documents, worker concurrency 2); per document p50 ${a1.latencyMs.p50} ms, p99 ${a1.latencyMs.p99} ms` +
      (a2 ? `; one at a time p50 ${a2.latencyMs.p50} ms, p99 ${a2.latencyMs.p99} ms` : ''));
    log(`  revenue check: ${revenueCheck.ok ? 'every document counted once' : 'MISMATCH'}`);
    invalid += a1.failed + (a2 ? a2.failed : 0) + (revenueCheck.ok ? 0 : 1);
    phases.push(['A1', a1.cpu], ...(a2 ? [['A2', a2.cpu]] : []));
  }
  if (result.ocr) {
    const o = result.ocr;
    log(`  OCR seconds per page (upload -> PROCESSED, median): PNG ${o.png.secondsPerPage.median} s, scanned PDF ${o.pdf.secondsPerPage.median} s; tesseract alone ${o.toolsAlone.tesseractPngS} s (PNG), pdftoppm + tesseract ${round(o.toolsAlone.pdftoppm300S + o.toolsAlone.tesseractPage300S, 2)} s (PDF page)`);
    invalid += o.png.failed + o.pdf.failed;
    phases.push(['B png', o.png.cpu], ['B pdf', o.pdf.cpu]);
  }
  if (result.meiLimit) {
    const m = result.meiLimit;
    for (const [label, r] of [['before', m.before], ['after', m.after]]) {
      log(`  meiLimit ${label} (${r.ledgerEntries} entries): router p50 ${r.router.p50Ms} / p99 ${r.router.p99Ms} ms (${r.router.rps} req/s); direct p50 ${r.direct.p50Ms} / p99 ${r.direct.p99Ms} ms (${r.direct.rps} req/s)` +
        (r.routerPaced ? `; at ${RATE} req/s: router p99 ${r.routerPaced.p99Ms} ms, direct p99 ${r.directPaced.p99Ms} ms` : ''));
      for (const k of ['router', 'direct', 'routerPaced', 'directPaced']) {
        if (!r[k]) continue;
        invalid += r[k].failed;
        phases.push([`C ${label} ${k}`, r[k].cpu]);
      }
    }
    const a = m.after;
    log(`  target meiLimit p99 < ${TARGET_MEI_P99_MS} ms with ${a.ledgerEntries} entries at ${CONNECTIONS} connections: router ${a.router.p99Ms} ms ${a.router.p99Ms < TARGET_MEI_P99_MS ? 'met' : 'MISSED'}, direct ${a.direct.p99Ms} ms ${a.direct.p99Ms < TARGET_MEI_P99_MS ? 'met' : 'MISSED'}` +
      (a.routerPaced ? `; at ${RATE} req/s: router ${a.routerPaced.p99Ms} ms ${a.routerPaced.p99Ms < TARGET_MEI_P99_MS ? 'met' : 'MISSED'}, direct ${a.directPaced.p99Ms} ms ${a.directPaced.p99Ms < TARGET_MEI_P99_MS ? 'met' : 'MISSED'}` : ''));
  }
  const disturbed = phases.filter(([, c]) => c.other.pctOfCore > OTHER_LOAD_LIMIT).map(([n, c]) => `${n} (${c.other.pctOfCore}%)`);
  result.disturbedPhases = disturbed;
  result.failures = invalid;
  if (disturbed.length) log(`  WARNING: other load on the machine during: ${disturbed.join(', ')}; rerun when it is quiet`);
  log(`  failures (failed documents, revenue mismatch, failed responses): ${invalid}${invalid ? '  <- figures are NOT valid' : ''}`);
  log(`  wall time ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const strip = (o) => JSON.parse(JSON.stringify(o, (k, v) => (k === 'firstBad' ? undefined : v)));
  log(JSON.stringify(strip(result)));
  process.exit(invalid ? 2 : 0);
}

main().catch((err) => {
  console.error('bench failed:', err && err.stack ? err.stack : err);
  h.killChildren('SIGKILL');
  process.exit(1);
});
