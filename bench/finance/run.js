#!/usr/bin/env node
'use strict';
// Finance: import of a 10,000-line OFX statement through the router (preview + confirm), seconds.
//
//   node bench/finance/run.js [--lines 10000] [--runs 3]
//
// Build first (`npx tsc -b`). Uses its own database (prumo_bench_finance, dropped and re-created on
// each run: bench data only) and Redis prefix (pbenchfin). Starts identity, billing and finance
// (PROCESS_ROLE=all) and the router as child processes. Each run uses a fresh bank account:
//   1. generates an OFX v1 (SGML, windows-1252, accents) with `lines` transactions, unique FITIDs,
//      gzips it and sends it base64 in previewStatementImport (the client does the same);
//   2. confirmStatementImport (one set-based insert, balance, rules: 3 categorisation rules exist);
//   3. previews the same file again (every line must be flagged duplicate);
//   4. reconcileBankAccount must match and count `lines` transactions.
// Prints the seconds of each step (client-measured, through the router) and the median over runs.
const { spawnSync } = require('node:child_process');
const { mkdirSync } = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { gzipSync } = require('node:zlib');
const h = require('../lib/harness');

const args = h.parseArgs();
const LINES = Number(args.lines ?? 10_000);
const RUNS = Number(args.runs ?? 3);
const SUBGRAPHS = ['identity', 'billing', 'finance'];
const iconv = require(path.join(h.REPO, 'node_modules/iconv-lite'));
const { Client } = require(path.join(h.REPO, 'node_modules/pg'));

function ofx(lines, seed) {
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const memos = ['PAGAMENTO DE ÁGUA', 'PIX RECEBIDO CLIENTE', 'TARIFA BANCÁRIA', 'COMPRA CARTÃO PADARIA SÃO JOÃO', 'TED RECEBIDA', 'ENERGIA ELÉTRICA'];
  const trns = [];
  let net = 0;
  for (let i = 0; i < lines; i++) {
    const cents = (100 + Math.floor(rnd() * 500_000)) * (rnd() < 0.4 ? 1 : -1);
    net += cents;
    const d = `2026${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const amt = `${cents < 0 ? '-' : ''}${Math.floor(Math.abs(cents) / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    trns.push(`<STMTTRN>\r\n<TRNTYPE>${cents < 0 ? 'DEBIT' : 'CREDIT'}\r\n<DTPOSTED>${d}120000[-3:BRT]\r\n<TRNAMT>${amt}\r\n<FITID>${seed}-${i}\r\n<MEMO>${memos[i % memos.length]} ${i}\r\n</STMTTRN>`);
  }
  const text = [
    'OFXHEADER:100', 'DATA:OFXSGML', 'VERSION:102', 'SECURITY:NONE', 'ENCODING:USASCII', 'CHARSET:1252', 'COMPRESSION:NONE', 'OLDFILEUID:NONE', 'NEWFILEUID:NONE', '',
    '<OFX>', '<BANKMSGSRSV1>', '<STMTTRNRS>', '<TRNUID>1', '<STMTRS>', '<CURDEF>BRL', '<BANKACCTFROM><BANKID>0341<ACCTID>12345-6<ACCTTYPE>CHECKING</BANKACCTFROM>',
    '<BANKTRANLIST>', '<DTSTART>20260101', '<DTEND>20261231', ...trns, '</BANKTRANLIST>', '</STMTRS>', '</STMTTRNRS>', '</BANKMSGSRSV1>', '</OFX>', '',
  ].join('\r\n');
  return { bytes: iconv.encode(text, 'win1252'), net };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const secs = (ms) => Math.round(ms) / 1000;

async function main() {
  mkdirSync(path.join(h.REPO, '.data/bench'), { recursive: true });
  const { env, url } = await h.platformEnv(SUBGRAPHS, { DATABASE_NAME: 'prumo_bench_finance', REDIS_PREFIX: 'pbenchfin' });
  const admin = new Client({ connectionString: env.DATABASE_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query('drop database if exists prumo_bench_finance with (force)');
  await admin.end();
  const boot = spawnSync(process.execPath, [path.join(h.REPO, 'scripts/bootstrap-db.js')], { cwd: h.REPO, env, encoding: 'utf8' });
  if (boot.status !== 0) throw new Error(`bootstrap-db failed:\n${boot.stdout}\n${boot.stderr}`);
  const procs = await h.startSubgraphsAndRouter(SUBGRAPHS, env, url);
  const router = url('router');
  const { token } = await h.signUp(router);
  for (const [type, pattern, category] of [['CONTAINS', 'agua', 'Água'], ['REGEX', '^TARIFA', 'Tarifas'], ['CONTAINS', 'energia eletrica', 'Energia']]) {
    await h.gql(router, `mutation($i: CategorizationRuleInput!) { createCategorizationRule(input: $i) { id } }`, { i: { matchType: type, pattern, category } }, token);
  }
  console.log(`finance import bench: ${LINES} lines, ${RUNS} runs; ${h.machineInfo ? JSON.stringify(h.machineInfo()) : ''}`);
  const results = [];
  for (let run = 0; run < RUNS; run++) {
    const acc = (await h.gql(router, `mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id } }`, {
      i: { name: `Bench ${run}`, bankCode: '341', agency: '0001', number: `${10000 + run}-1`, kind: 'CHECKING', openingBalanceCents: 0 },
    }, token)).createBankAccount;
    const { bytes, net } = ofx(LINES, 1000 + run);
    const t0 = performance.now();
    const gz = gzipSync(bytes);
    const content = gz.toString('base64');
    const PREVIEW = `mutation($i: PreviewStatementImportInput!) { previewStatementImport(input: $i) { id lineCount newCount duplicateCount lines(limit: 20) { index duplicate } } }`;
    const p = (await h.gql(router, PREVIEW, { i: { bankAccountId: acc.id, filename: 'bench.ofx', content, encoding: 'GZIP_BASE64' } }, token)).previewStatementImport;
    const t1 = performance.now();
    if (p.newCount !== LINES) throw new Error(`preview found ${p.newCount} new lines, expected ${LINES}`);
    const c = (await h.gql(router, `mutation($id: ID!) { confirmStatementImport(importId: $id) { imported categorized bankAccount { balance { cents } } } }`, { id: p.id }, token)).confirmStatementImport;
    const t2 = performance.now();
    if (c.imported !== LINES || c.bankAccount.balance.cents !== net) throw new Error(`confirm imported ${c.imported}, balance ${c.bankAccount.balance.cents} (expected ${net})`);
    const again = (await h.gql(router, PREVIEW, { i: { bankAccountId: acc.id, filename: 'bench.ofx', content, encoding: 'GZIP_BASE64' } }, token)).previewStatementImport;
    const t3 = performance.now();
    if (again.duplicateCount !== LINES) throw new Error(`re-import flagged ${again.duplicateCount} duplicates, expected ${LINES}`);
    const rec = (await h.gql(router, `query($id: ID!) { reconcileBankAccount(id: $id) { matches transactionCount } }`, { id: acc.id }, token)).reconcileBankAccount;
    if (!rec.matches || rec.transactionCount !== LINES) throw new Error(`reconciliation failed: ${JSON.stringify(rec)}`);
    const r = { fileKB: Math.round(bytes.length / 1024), gzipKB: Math.round(gz.length / 1024), preview: secs(t1 - t0), confirm: secs(t2 - t1), total: secs(t2 - t0), reimportPreview: secs(t3 - t2), categorized: c.categorized };
    results.push(r);
    console.log(`run ${run + 1}: file ${r.fileKB} KB (gzip ${r.gzipKB} KB) | preview ${r.preview} s | confirm ${r.confirm} s | preview+confirm ${r.total} s | re-import preview (all duplicates) ${r.reimportPreview} s | categorised ${r.categorized}`);
  }
  console.log(
    `median: preview ${median(results.map((r) => r.preview))} s, confirm ${median(results.map((r) => r.confirm))} s, preview+confirm ${median(results.map((r) => r.total))} s, re-import preview ${median(results.map((r) => r.reimportPreview))} s`,
  );
  await h.stopAll();
}

main().then(
  () => process.exit(0),
  async (err) => {
    console.error(err);
    await h.stopAll();
    process.exit(1);
  },
);
