import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { isValidLucrumCode } from '@prumo/br';
import { countStatements, createLocalVerifier, loadConfig, runInTenant, type RunningSubgraph } from '@prumo/kit';
import { gql, mintToken } from '@prumo/kit/testing';
import { startFinance } from '../src';
import { csvStatement, manyLines, ofxV1, ofxV2, rng } from './fixtures';

const config = loadConfig();
let finance: RunningSubgraph;
let db: Client;

beforeAll(async () => {
  finance = await startFinance({ port: 0, role: 'server', verifier: createLocalVerifier(config.jwtPrivateKey, { issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE }) });
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await finance?.stop();
});

function account(mods = ['fiscal', 'finance'], role: 'owner' | 'member' = 'owner') {
  const tid = randomUUID();
  const token = mintToken({ tid, role, mods });
  const call = async (query: string, variables: Record<string, unknown> = {}) => gql(`${finance.url}/graphql`, query, variables, { token });
  const ok = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await call(query, variables);
    if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data as Record<string, any>;
  };
  return { tid, token, call, ok };
}
type Acc = ReturnType<typeof account>;


const ACCOUNT = `id name bankCode bankName agency number kind openingBalance { cents formatted } balance { cents formatted }`;
const TX = `id code kind amount { cents } category date counterparty description countsAsRevenue bankAccount { id balance { cents } }`;

async function bankAccount(a: Acc, over: Record<string, unknown> = {}) {
  const d = await a.ok(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { ${ACCOUNT} } }`, {
    i: { name: 'Conta PJ', bankCode: '341', agency: '1234', number: `${Math.floor(Math.random() * 1e6)}-1`, kind: 'CHECKING', openingBalanceCents: 10_000, ...over },
  });
  return d.createBankAccount;
}
const createTx = (a: Acc, input: Record<string, unknown>) => a.call(`mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { ${TX} } }`, { i: input });
const updateTx = (a: Acc, id: string, input: Record<string, unknown>) => a.call(`mutation($id: ID!, $i: UpdateTransactionInput!) { updateTransaction(id: $id, input: $i) { ${TX} } }`, { id, i: input });
const deleteTx = (a: Acc, id: string) => a.call(`mutation($id: ID!) { deleteTransaction(id: $id) }`, { id });
const reconcile = async (a: Acc, id: string) =>
  (await a.ok(`query($id: ID!) { reconcileBankAccount(id: $id) { matches transactionCount balance { cents } expectedBalance { cents } transactionsTotal { cents } } }`, { id })).reconcileBankAccount;

const PREVIEW = `mutation($i: PreviewStatementImportInput!) { previewStatementImport(input: $i) {
  id format encoding lineCount newCount duplicateCount skippedCount totalIncome { cents } totalExpense { cents } warnings
  lines(limit: 5000) { index line date kind amount { cents } description counterparty fitid duplicate duplicateReason category countsAsRevenue } } }`;
const CONFIRM = `mutation($id: ID!, $i: ConfirmStatementImportInput) { confirmStatementImport(importId: $id, input: $i) { id imported duplicates revenueCount categorized bankAccount { balance { cents } } } }`;
const preview = (a: Acc, bankAccountId: string, bytes: Buffer, extra: Record<string, unknown> = {}) =>
  a.call(PREVIEW, { i: { bankAccountId, filename: 'extrato.ofx', content: bytes.toString('base64'), ...extra } });
const outbox = async (tid: string) =>
  (await db.query(`select type, payload from finance.outbox where tenant_id = $1 order by created_at, id`, [tid])).rows as Array<{ type: string; payload: any }>;

describe('bank accounts', () => {
  it('lists the COMPE banks', async () => {
    const a = account();
    const banks = (await a.ok(`{ banks { code name shortName } }`)).banks;
    expect(banks.length).toBeGreaterThanOrEqual(40);
    for (const [code, short] of [['001', 'Banco do Brasil'], ['033', 'Santander'], ['104', 'Caixa'], ['237', 'Bradesco'], ['341', 'Itaú'], ['260', 'Nubank'], ['077', 'Inter'], ['336', 'C6 Bank'], ['756', 'Sicoob'], ['748', 'Sicredi'], ['208', 'BTG Pactual'], ['403', 'Cora'], ['197', 'Stone'], ['323', 'Mercado Pago'], ['380', 'PicPay'], ['290', 'PagBank'], ['212', 'Original']]) {
      expect(banks).toContainEqual(expect.objectContaining({ code, shortName: short }));
    }
  });

  it('creates an account with the bank name, balance = opening; refuses bad input and duplicates', async () => {
    const a = account();
    const acc = await bankAccount(a, { bankCode: '260', agency: '0001', number: '9876543-2', openingBalanceCents: -5_000 });
    expect(acc).toMatchObject({ bankCode: '260', bankName: 'Nubank', agency: '0001', number: '9876543-2', kind: 'CHECKING', openingBalance: { cents: -5_000, formatted: '-R$ 50,00' }, balance: { cents: -5_000 } });
    const dup = await a.call(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id } }`, { i: { name: 'Outra', bankCode: '260', agency: '0001', number: '9876543-2', kind: 'SAVINGS' } });
    expect(dup.errors![0]!.extensions!.code).toBe('CONFLICT');
    const bad = await a.call(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id } }`, { i: { name: ' ', bankCode: '999', agency: 'abc', number: '', kind: 'CHECKING' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { name: 'Informe um nome para a conta.', bankCode: expect.stringMatching(/^Banco desconhecido/), agency: expect.any(String), number: expect.any(String) } });
    expect((await a.ok(`{ bankAccounts { id } }`)).bankAccounts).toHaveLength(1);
  });

  it('needs the finance module and admin to create accounts', async () => {
    const noMod = account(['fiscal']);
    expect((await noMod.call(`{ bankAccounts { id } }`)).errors![0]!.extensions!.code).toBe('MODULE_DISABLED');
    const member = account(['fiscal', 'finance'], 'member');
    const r = await member.call(`mutation { createBankAccount(input: { name: "x", bankCode: "1", agency: "1", number: "1", kind: CHECKING }) { id } }`);
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});

describe('transactions', () => {
  it('creates with a valid LC code, moves the balance, emits revenue for countsAsRevenue income with increasing versions', async () => {
    const a = account();
    const acc = await bankAccount(a);
    const r = await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 50_000, category: 'Vendas', date: '2026-03-10', counterparty: 'Cliente A', description: 'Serviço de março', countsAsRevenue: true });
    const t = r.data!.createTransaction;
    expect(isValidLucrumCode(t.code)).toBe(true);
    expect(t.code).toMatch(/^LC00000001[A-Z]$/);
    expect(t).toMatchObject({ kind: 'INCOME', amount: { cents: 50_000 }, countsAsRevenue: true, bankAccount: { id: acc.id, balance: { cents: 60_000 } } });

    await updateTx(a, t.id, { amountCents: 70_000 });
    await updateTx(a, t.id, { countsAsRevenue: false });
    await updateTx(a, t.id, { countsAsRevenue: true, date: '2026-04-01' });
    const del = await deleteTx(a, t.id);
    expect(del.data!.deleteTransaction).toBe(true);
    const events = await outbox(a.tid);
    expect(events.map((e) => [e.type, e.payload.amountCents ?? null, e.payload.occurredOn ?? null, e.payload.version])).toEqual([
      ['revenue.recorded', 50_000, '2026-03-10', 1],
      ['revenue.recorded', 70_000, '2026-03-10', 2],
      ['revenue.voided', null, null, 3],
      ['revenue.recorded', 70_000, '2026-04-01', 4],
      ['revenue.voided', null, null, 5],
    ]);
    expect(events.every((e) => e.payload.source === 'finance' && e.payload.sourceId === t.id)).toBe(true);
    expect((await reconcile(a, acc.id))).toMatchObject({ matches: true, transactionCount: 0, balance: { cents: 10_000 } });
  });

  it('turning income into an expense voids its revenue; expenses never emit', async () => {
    const a = account();
    const acc = await bankAccount(a);
    const t = (await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 1_000, date: '2026-01-02', countsAsRevenue: true })).data!.createTransaction;
    const u = (await updateTx(a, t.id, { kind: 'EXPENSE' })).data!.updateTransaction;
    expect(u).toMatchObject({ kind: 'EXPENSE', countsAsRevenue: false, bankAccount: { balance: { cents: 9_000 } } });
    await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 500, date: '2026-01-03' });
    expect((await outbox(a.tid)).map((e) => e.type)).toEqual(['revenue.recorded', 'revenue.voided']);
  });

  it('refuses bad input with pt-BR fields and writes nothing', async () => {
    const a = account();
    const acc = await bankAccount(a);
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ date: '2026-02-30' }, 'date', /Data inválida/],
      [{ date: '30/01/2026' }, 'date', /Data inválida/],
      [{ amountCents: -100 }, 'amountCents', /maior que zero/],
      [{ amountCents: 0 }, 'amountCents', /maior que zero/],
      [{ kind: 'EXPENSE', countsAsRevenue: true }, 'countsAsRevenue', /Só entradas/],
      [{ bankAccountId: 'x' }, 'bankAccountId', /inválido/],
      [{ bankAccountId: randomUUID() }, 'bankAccountId', /não encontrada/],
    ];
    for (const [over, field, msg] of cases) {
      const r = await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 100, date: '2026-01-10', ...over });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(r.errors![0]!.extensions!.fields[field]).toMatch(msg);
    }
    const t = (await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 100, date: '2026-01-10' })).data!.createTransaction;
    expect((await updateTx(a, t.id, { countsAsRevenue: true })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { countsAsRevenue: expect.any(String) } });
    expect((await updateTx(a, randomUUID(), { amountCents: 5 })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const rec = await reconcile(a, acc.id);
    expect(rec).toMatchObject({ matches: true, transactionCount: 1, balance: { cents: 9_900 } });
    expect(await outbox(a.tid)).toEqual([]);
  });

  it('keeps balance = opening + transactions after a random sequence of creates, edits and deletes (seeded)', async () => {
    const a = account();
    const accs = [await bankAccount(a, { openingBalanceCents: 123_45 }), await bankAccount(a, { bankCode: '001', openingBalanceCents: -1_000 })];
    const random = rng(20261122);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    const live: string[] = [];
    for (let step = 0; step < 120; step++) {
      const op = live.length === 0 ? 0 : Math.floor(random() * 3);
      if (op === 0) {
        const kind = random() < 0.5 ? 'INCOME' : 'EXPENSE';
        const r = await createTx(a, { bankAccountId: pick(accs).id, kind, amountCents: 1 + Math.floor(random() * 1_000_000), date: `2026-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, countsAsRevenue: kind === 'INCOME' && random() < 0.5 });
        live.push(r.data!.createTransaction.id);
      } else if (op === 1) {
        const patch: Record<string, unknown> = {};
        if (random() < 0.5) patch.amountCents = 1 + Math.floor(random() * 1_000_000);
        if (random() < 0.3) patch.kind = random() < 0.5 ? 'INCOME' : 'EXPENSE';
        if (random() < 0.3) patch.bankAccountId = pick(accs).id;
        if (random() < 0.3) patch.category = pick(['Vendas', 'Aluguel', null]);
        const r = await updateTx(a, pick(live), patch);
        expect(r.errors).toBeUndefined();
      } else {
        const id = live.splice(Math.floor(random() * live.length), 1)[0]!;
        expect((await deleteTx(a, id)).data!.deleteTransaction).toBe(true);
      }
    }
    for (const acc of accs) {
      const rec = await reconcile(a, acc.id);
      expect(rec.matches).toBe(true);
      expect(rec.balance.cents).toBe(rec.expectedBalance.cents);
    }
    const sums = await db.query(
      `select bank_account_id, sum(case kind when 'INCOME' then amount_cents else -amount_cents end)::bigint as s, count(*)::int as n from finance.transactions where tenant_id = $1 group by 1`,
      [a.tid],
    );
    expect(sums.rows.reduce((n, r) => n + r.n, 0)).toBe(live.length);
    const stored = await db.query(`select id, opening_balance_cents + 0 as o, balance_cents as b from finance.bank_accounts where tenant_id = $1`, [a.tid]);
    for (const row of stored.rows) expect(Number(row.b)).toBe(Number(row.o) + Number(sums.rows.find((s) => s.bank_account_id === row.id)?.s ?? 0));
  }, 60_000);

  it('lists with filters, keyset pages and a constant number of statements', async () => {
    const a = account();
    const acc = await bankAccount(a);
    const other = await bankAccount(a, { bankCode: '237' });
    for (let i = 0; i < 30; i++) {
      await createTx(a, { bankAccountId: i % 3 ? acc.id : other.id, kind: i % 2 ? 'INCOME' : 'EXPENSE', amountCents: 100 + i, date: `2026-02-${String(1 + (i % 28)).padStart(2, '0')}`, category: i % 5 ? 'Geral' : null, description: i === 7 ? 'Pagamento de água' : `Item ${i}` });
    }
    const Q = `query($f: TransactionFilter, $first: Int, $after: String) { transactions(first: $first, after: $after, filter: $f) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { ${TX} } } }`;
    const all = (await a.ok(Q, { first: 100 })).transactions;
    expect(all.totalCount).toBe(30);
    const dates = all.nodes.map((n: any) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
    // pages of 7 cover everything once
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await a.ok(Q, { first: 7, after })).transactions;
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.nodes.map((n: any) => n.id));
    expect((await a.ok(Q, { f: { bankAccountId: other.id } })).transactions.totalCount).toBe(10);
    const incomeInRange = (await a.ok(Q, { f: { kind: 'INCOME', from: '2026-02-10', to: '2026-02-20' } })).transactions.nodes;
    expect(incomeInRange.length).toBeGreaterThan(0);
    expect(incomeInRange.every((n: any) => n.kind === 'INCOME' && n.date >= '2026-02-10' && n.date <= '2026-02-20')).toBe(true);
    expect((await a.ok(Q, { f: { category: '' } })).transactions.totalCount).toBe(6);
    expect((await a.ok(Q, { f: { search: 'AGUA' } })).transactions.nodes.map((n: any) => n.description)).toEqual(['Pagamento de água']);
    // The code matches too, in any case; LIKE wildcards typed by the user are literal.
    const someCode: string = all.nodes[3].code;
    expect((await a.ok(Q, { f: { search: someCode.toLowerCase() } })).transactions.nodes.map((n: any) => n.code)).toEqual([someCode]);
    expect((await a.ok(Q, { f: { search: '%' } })).transactions.totalCount).toBe(0);
    expect((await a.call(Q, { f: { from: '2026-13-01' } })).errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: expect.any(String) } });

    const small = await countStatements(() => a.ok(Q, { first: 3 }));
    const big = await countStatements(() => a.ok(Q, { first: 30 }));
    expect(small.statements).toBeGreaterThan(0);
    expect(big.statements).toBe(small.statements); // bank accounts batched: no N+1
    expect(big.statements).toBeLessThanOrEqual(9); // page: begin, set_config, select, count, commit; accounts: begin, set_config, one batched select, commit
  });
});

describe('statement import', () => {
  const LINES = [
    { fitid: 'X1', date: '2026-01-05', amountCents: -12_345, memo: 'PAGAMENTO DE ÁGUA', name: 'SABESP' },
    { fitid: 'X2', date: '2026-01-06', amountCents: 150_000, memo: 'PIX RECEBIDO CLIENTE BETA' },
    { fitid: 'X3', date: '2026-01-07', amountCents: -990, memo: 'TARIFA BANCÁRIA' },
    { fitid: 'X2', date: '2026-01-06', amountCents: 150_000, memo: 'PIX RECEBIDO CLIENTE BETA' }, // repeated inside the file
  ];

  it('an OFX statement of another account is flagged in the preview, in pt-BR; the right account gets no warning', async () => {
    const a = account();
    const acc = await bankAccount(a, { name: 'Itaú PJ', bankCode: '341', agency: '1234', number: '55501-7' });
    const wrong = (await preview(a, acc.id, ofxV1(LINES, { bankId: '0341', acctId: '98765-4' }))).data!.previewStatementImport;
    expect(wrong.warnings).toEqual(['Este extrato é de outra conta (banco 0341, conta 98765-4), não de "Itaú PJ" (banco 341, agência 1234, conta 55501-7). Confira antes de confirmar.']);
    const otherBank = (await preview(a, acc.id, ofxV2(LINES))).data!.previewStatementImport;
    expect(otherBank.warnings).toHaveLength(1);
    const right = (await preview(a, acc.id, ofxV1(LINES, { bankId: '0341', acctId: '0000555017' }))).data!.previewStatementImport;
    expect(right.warnings).toEqual([]);
    // CSV files name no account: nothing to compare.
    const csv = { delimiter: ';', dateColumn: 0, descriptionColumn: 1, amountColumn: 2 };
    expect((await preview(a, acc.id, csvStatement(LINES), { format: 'CSV', csv })).data!.previewStatementImport.warnings).toEqual([]);
  });

  it('OFX v1 (latin1): preview flags duplicates, confirm inserts the rest with rules, balance and no revenue by default', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    await a.ok(`mutation { createCategorizationRule(input: { matchType: CONTAINS, pattern: "agua", category: "Água e esgoto", priority: 1 }) { id } }`);
    await a.ok(`mutation { createCategorizationRule(input: { matchType: REGEX, pattern: "^TARIFA", category: "Tarifas", kind: EXPENSE }) { id } }`);
    const p = (await preview(a, acc.id, ofxV1(LINES))).data!.previewStatementImport;
    expect(p).toMatchObject({ format: 'OFX1', encoding: 'windows-1252', lineCount: 4, newCount: 3, duplicateCount: 1, totalIncome: { cents: 150_000 }, totalExpense: { cents: 13_335 } });
    expect(p.lines[0]).toMatchObject({ description: 'PAGAMENTO DE ÁGUA', counterparty: 'SABESP', kind: 'EXPENSE', amount: { cents: 12_345 }, category: 'Água e esgoto', duplicate: false, countsAsRevenue: false });
    expect(p.lines[3]).toMatchObject({ duplicate: true, duplicateReason: 'IN_FILE' });
    const c = (await a.call(CONFIRM, { id: p.id })).data!.confirmStatementImport;
    expect(c).toMatchObject({ imported: 3, duplicates: 1, revenueCount: 0, categorized: 2, bankAccount: { balance: { cents: 150_000 - 13_335 } } });
    expect(await outbox(a.tid)).toEqual([]);
    const txs = (await a.ok(`{ transactions(first: 10) { nodes { code category description countsAsRevenue } } }`)).transactions.nodes;
    expect(txs).toHaveLength(3);
    expect(txs.every((t: any) => isValidLucrumCode(t.code) && !t.countsAsRevenue)).toBe(true);
    expect((await reconcile(a, acc.id)).matches).toBe(true);

    // re-importing the same file: everything is a duplicate; confirming twice is refused
    const again = (await preview(a, acc.id, ofxV1(LINES))).data!.previewStatementImport;
    expect(again).toMatchObject({ newCount: 0, duplicateCount: 4 });
    expect(again.lines.slice(0, 3).map((l: any) => l.duplicateReason)).toEqual(['FITID', 'FITID', 'FITID']);
    expect((await a.call(CONFIRM, { id: again.id })).data!.confirmStatementImport.imported).toBe(0);
    expect((await a.call(CONFIRM, { id: p.id })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await a.ok(`{ transactions { totalCount } }`)).transactions.totalCount).toBe(3);
  });

  it('OFX v2 (XML, gzip upload), lines without FITID deduplicated by date+amount+description; revenue lines chosen by the user or a rule', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    await a.ok(`mutation { createCategorizationRule(input: { matchType: CONTAINS, pattern: "venda", category: "Vendas", kind: INCOME, countsAsRevenue: true }) { id } }`);
    const lines = [
      { date: '2026-02-01', amountCents: 30_000, memo: 'VENDA BALCÃO' },
      { date: '2026-02-02', amountCents: 20_000, memo: 'PIX RECEBIDO FULANO' },
      { date: '2026-02-03', amountCents: -5_000, memo: 'COMPRA MATERIAL' },
    ];
    const p = (await preview(a, acc.id, gzipSync(ofxV2(lines)), { encoding: 'GZIP_BASE64' })).data!.previewStatementImport;
    expect(p).toMatchObject({ format: 'OFX2', newCount: 3 });
    expect(p.lines.map((l: any) => [l.category, l.countsAsRevenue])).toEqual([['Vendas', true], [null, false], [null, false]]);
    const bad = await a.call(CONFIRM, { id: p.id, i: { revenueLines: [2] } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { revenueLines: expect.stringMatching(/saída/) } });
    const c = (await a.call(CONFIRM, { id: p.id, i: { revenueLines: [1] } })).data!.confirmStatementImport;
    expect(c).toMatchObject({ imported: 3, revenueCount: 2 });
    const events = await outbox(a.tid);
    expect(events.map((e) => [e.type, e.payload.amountCents, e.payload.occurredOn, e.payload.version])).toEqual(
      expect.arrayContaining([
        ['revenue.recorded', 30_000, '2026-02-01', 1],
        ['revenue.recorded', 20_000, '2026-02-02', 1],
      ]),
    );
    expect(events).toHaveLength(2);
    // same lines (accents/case differ) in an OFX v1 without FITID: duplicates by hash
    const again = (await preview(a, acc.id, ofxV1(lines.map((l) => ({ ...l, memo: l.memo.toLowerCase().replace('ã', 'a') }))))).data!.previewStatementImport;
    expect(again.lines.map((l: any) => l.duplicateReason)).toEqual(['HASH', 'HASH', 'HASH']);
  });

  it('the same period in the other format: a CSV after the OFX, and an OFX after the CSV, are flagged by hash, counted; distinct FITIDs stay distinct', async () => {
    const a = account();
    const csv = { delimiter: ';', dateColumn: 0, descriptionColumn: 1, amountColumn: 2 };
    const period = [
      { fitid: 'P1', date: '2026-04-01', amountCents: 80_000, memo: 'PIX RECEBIDO LOJA' },
      { fitid: 'P2', date: '2026-04-02', amountCents: -990, memo: 'TARIFA PACOTE' },
      { fitid: 'P3', date: '2026-04-02', amountCents: -990, memo: 'TARIFA PACOTE' }, // a second, real one: its own FITID
    ];
    const ofxFirst = await bankAccount(a, { openingBalanceCents: 0 });
    const o = (await preview(a, ofxFirst.id, ofxV1(period))).data!.previewStatementImport;
    expect(o).toMatchObject({ newCount: 3, duplicateCount: 0 });
    await a.ok(CONFIRM, { id: o.id });
    const thenCsv = (await preview(a, ofxFirst.id, csvStatement(period.map(({ fitid: _f, ...l }) => l)), { format: 'CSV', csv })).data!.previewStatementImport;
    expect(thenCsv.lines.map((l: any) => [l.duplicate, l.duplicateReason])).toEqual([[true, 'HASH'], [true, 'HASH'], [true, 'HASH']]);

    const csvFirst = await bankAccount(a, { openingBalanceCents: 0 });
    const c = (await preview(a, csvFirst.id, csvStatement(period.slice(0, 2).map(({ fitid: _f, ...l }) => l)), { format: 'CSV', csv })).data!.previewStatementImport;
    await a.ok(CONFIRM, { id: c.id });
    const thenOfx = (await preview(a, csvFirst.id, ofxV1(period))).data!.previewStatementImport;
    // The CSV had one "TARIFA PACOTE": the OFX's second one (its own FITID) is new.
    expect(thenOfx.lines.map((l: any) => [l.duplicate, l.duplicateReason])).toEqual([[true, 'HASH'], [true, 'HASH'], [false, null]]);
  });

  it('CSV with chosen columns (pt-BR numbers and dates), then duplicates on re-import', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const lines = [
      { fitid: 'D1', date: '2026-03-01', amountCents: 123_456, memo: 'RECEBIMENTO; NOTA 12' },
      { fitid: 'D2', date: '2026-03-02', amountCents: -2_500, memo: 'PAGAMENTO DE ÁGUA' },
    ];
    const csv = { delimiter: ';', dateColumn: 0, descriptionColumn: 1, amountColumn: 2, idColumn: 3 };
    const p = (await preview(a, acc.id, csvStatement(lines), { format: 'CSV', csv })).data!.previewStatementImport;
    expect(p).toMatchObject({ format: 'CSV', newCount: 2 });
    expect(p.lines.map((l: any) => [l.line, l.date, l.kind, l.amount.cents, l.description])).toEqual([
      [2, '2026-03-01', 'INCOME', 123_456, 'RECEBIMENTO; NOTA 12'],
      [3, '2026-03-02', 'EXPENSE', 2_500, 'PAGAMENTO DE ÁGUA'],
    ]);
    expect((await a.call(CONFIRM, { id: p.id })).data!.confirmStatementImport.bankAccount.balance.cents).toBe(120_956);
    expect((await preview(a, acc.id, csvStatement(lines), { format: 'CSV', csv })).data!.previewStatementImport.duplicateCount).toBe(2);
    const noMap = await preview(a, acc.id, csvStatement(lines), { format: 'CSV' });
    expect(noMap.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { csv: expect.any(String) } });
  });

  it('a malformed file gives a line-numbered pt-BR error and imports nothing', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const text = ofxV1(manyLines(50)).toString('latin1');
    const broken = text.replace('<TRNAMT>', '<TRNAMT>abc');
    const expectedLine = broken.split('\r\n').findIndex((l) => l.startsWith('<TRNAMT>abc')) + 1;
    const r = await preview(a, acc.id, Buffer.from(broken, 'latin1'));
    expect(r.errors![0]!.message).toMatch(new RegExp(`^Linha ${expectedLine}: valor inválido`));
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: expectedLine, fields: { content: expect.any(String) } });
    const csvBad = await preview(a, acc.id, Buffer.from('Data;Hist;Valor\n01/01/2026;A;1,00\n01/13/2026;B;2,00\n'), { format: 'CSV', csv: { delimiter: ';', dateColumn: 0, descriptionColumn: 1, amountColumn: 2 } });
    expect(csvBad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: 3 });
    expect((await preview(a, acc.id, Buffer.from('%%%'), { encoding: 'GZIP_BASE64' })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await db.query(`select count(*)::int as n from finance.statement_imports where tenant_id = $1`, [a.tid])).rows[0].n).toBe(0);
    expect((await a.ok(`{ transactions { totalCount } }`)).transactions.totalCount).toBe(0);
  });

  it('an expired preview cannot be confirmed, and expired previews are purged', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const p = (await preview(a, acc.id, ofxV1([{ fitid: 'E1', date: '2026-01-01', amountCents: 100, memo: 'A' }]))).data!.previewStatementImport;
    await db.query(`update finance.statement_imports set expires_at = now() - interval '1 minute' where id = $1`, [p.id]);
    const r = await a.call(CONFIRM, { id: p.id });
    expect(r.errors![0]).toMatchObject({ message: 'A prévia expirou: envie o arquivo de novo.', extensions: { code: 'CONFLICT' } });
    await preview(a, acc.id, ofxV1([{ fitid: 'E2', date: '2026-01-01', amountCents: 100, memo: 'B' }]));
    expect((await db.query(`select count(*)::int as n from finance.statement_imports where id = $1`, [p.id])).rows[0].n).toBe(0);
    expect((await a.ok(`{ transactions { totalCount } }`)).transactions.totalCount).toBe(0);
  });

  it('imports 2,000 lines with a constant number of statements', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const lines = manyLines(2_000, 'B');
    const p = (await preview(a, acc.id, gzipSync(ofxV1(lines)), { encoding: 'GZIP_BASE64' })).data!.previewStatementImport;
    const { result, statements } = await countStatements(() => a.call(CONFIRM, { id: p.id }));
    expect(statements).toBeGreaterThan(0);
    expect(result.data!.confirmStatementImport.imported).toBe(2_000);
    expect(statements).toBeLessThanOrEqual(16);
    const expected = lines.reduce((s, l) => s + l.amountCents, 0);
    expect(result.data!.confirmStatementImport.bankAccount.balance.cents).toBe(expected);
    expect((await reconcile(a, acc.id))).toMatchObject({ matches: true, transactionCount: 2_000 });
    const codes = await db.query(`select count(distinct code)::int as n from finance.transactions where tenant_id = $1`, [a.tid]);
    expect(codes.rows[0].n).toBe(2_000);
  }, 60_000);
});

describe('concurrency', () => {
  it('parallel creates keep the balance exact and codes unique', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => createTx(a, { bankAccountId: acc.id, kind: i % 2 ? 'INCOME' : 'EXPENSE', amountCents: 1_000 + i, date: '2026-03-01' })),
    );
    const codes = results.map((r) => r.data!.createTransaction.code);
    expect(new Set(codes).size).toBe(25);
    const expected = Array.from({ length: 25 }, (_, i) => (i % 2 ? 1 : -1) * (1_000 + i)).reduce((s, v) => s + v, 0);
    expect(await reconcile(a, acc.id)).toMatchObject({ matches: true, transactionCount: 25, balance: { cents: expected } });
  });

  it('the same statement confirmed twice at once is inserted once', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 0 });
    const file = ofxV1(manyLines(200, 'P'));
    const p1 = (await preview(a, acc.id, file)).data!.previewStatementImport;
    const p2 = (await preview(a, acc.id, file)).data!.previewStatementImport;
    expect([p1.newCount, p2.newCount]).toEqual([200, 200]);
    const [c1, c2] = await Promise.all([a.call(CONFIRM, { id: p1.id }), a.call(CONFIRM, { id: p2.id })]);
    const imported = [c1, c2].map((c) => c.data!.confirmStatementImport.imported).sort((x, y) => x - y);
    expect(imported).toEqual([0, 200]);
    expect(await reconcile(a, acc.id)).toMatchObject({ matches: true, transactionCount: 200 });
  });
});

describe('rules and reports', () => {
  it('validates rules, applies them on demand to uncategorised transactions', async () => {
    const a = account();
    const acc = await bankAccount(a);
    for (const [pattern, msg] of [['(a+)+', /aninhados/], ['[', /inválida/]] as const) {
      const r = await a.call(`mutation($p: String!) { createCategorizationRule(input: { matchType: REGEX, pattern: $p, category: "X" }) { id } }`, { p: pattern });
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { pattern: expect.stringMatching(msg) } });
    }
    await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 100, date: '2026-01-01', description: 'Conta de Luz ENEL' });
    await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 100, date: '2026-01-01', description: 'Conta de luz', category: 'Manual' });
    await a.ok(`mutation { createCategorizationRule(input: { matchType: REGEX, pattern: "luz|energia", category: "Energia" }) { id } }`);
    expect((await a.ok(`mutation { applyCategorizationRules }`)).applyCategorizationRules).toBe(1);
    expect((await a.ok(`mutation { applyCategorizationRules(overwrite: true) }`)).applyCategorizationRules).toBe(1);
    const cats = (await a.ok(`{ transactions { nodes { category } } }`)).transactions.nodes.map((n: any) => n.category);
    expect(cats).toEqual(['Energia', 'Energia']);
  });

  it('cash flow by São Paulo month and category; balance history', async () => {
    const a = account();
    const acc = await bankAccount(a, { openingBalanceCents: 1_000 });
    await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 10_000, date: '2026-01-31', category: 'Vendas' });
    await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 3_000, date: '2026-02-01', category: 'Aluguel' });
    await createTx(a, { bankAccountId: acc.id, kind: 'EXPENSE', amountCents: 500, date: '2026-02-15' });
    await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 99_999, date: '2025-12-31' });
    const cf = (await a.ok(`{ cashFlow(from: "2026-01-01", to: "2026-03-31") { from to totalIncome { cents } totalExpense { cents } net { cents formatted }
      months { month income { cents } expense { cents } net { cents } } categories { category kind total { cents } count } } }`)).cashFlow;
    expect(cf).toMatchObject({ totalIncome: { cents: 10_000 }, totalExpense: { cents: 3_500 }, net: { cents: 6_500, formatted: 'R$ 65,00' } });
    expect(cf.months).toEqual([
      { month: '2026-01', income: { cents: 10_000 }, expense: { cents: 0 }, net: { cents: 10_000 } },
      { month: '2026-02', income: { cents: 0 }, expense: { cents: 3_500 }, net: { cents: -3_500 } },
      { month: '2026-03', income: { cents: 0 }, expense: { cents: 0 }, net: { cents: 0 } },
    ]);
    expect(cf.categories).toEqual([
      { category: 'Vendas', kind: 'INCOME', total: { cents: 10_000 }, count: 1 },
      { category: 'Aluguel', kind: 'EXPENSE', total: { cents: 3_000 }, count: 1 },
      { category: 'Sem categoria', kind: 'EXPENSE', total: { cents: 500 }, count: 1 },
    ]);
    expect((await a.call(`{ cashFlow(from: "2026-02-01", to: "2026-01-01") { net { cents } } }`)).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await a.call(`{ cashFlow(from: "01/01/2026", to: "2026-01-01") { net { cents } } }`)).errors![0]!.extensions!.fields).toHaveProperty('from');

    const monthly = (await a.ok(`query($id: ID!) { balanceHistory(bankAccountId: $id, from: "2026-01-01", to: "2026-03-10", granularity: MONTH) { date balance { cents } } }`, { id: acc.id })).balanceHistory;
    expect(monthly).toEqual([
      { date: '2026-01-31', balance: { cents: 1_000 + 99_999 + 10_000 } },
      { date: '2026-02-28', balance: { cents: 1_000 + 99_999 + 10_000 - 3_500 } },
      { date: '2026-03-10', balance: { cents: 1_000 + 99_999 + 10_000 - 3_500 } },
    ]);
    const daily = (await a.ok(`query($id: ID!) { balanceHistory(bankAccountId: $id, from: "2026-01-30", to: "2026-02-02") { date balance { cents } } }`, { id: acc.id })).balanceHistory;
    expect(daily.map((p: any) => [p.date, p.balance.cents])).toEqual([
      ['2026-01-30', 100_999],
      ['2026-01-31', 110_999],
      ['2026-02-01', 107_999],
      ['2026-02-02', 107_999],
    ]);
  });
});

describe('tenant isolation', () => {
  it('another account can neither read nor change bank accounts, transactions, rules or imports', async () => {
    const a = account();
    const b = account();
    const acc = await bankAccount(a);
    const t = (await createTx(a, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 1_000, date: '2026-01-01', countsAsRevenue: true })).data!.createTransaction;
    const rule = (await a.ok(`mutation { createCategorizationRule(input: { matchType: CONTAINS, pattern: "x", category: "X" }) { id } }`)).createCategorizationRule;
    const p = (await preview(a, acc.id, ofxV1([{ fitid: 'I1', date: '2026-01-01', amountCents: 100, memo: 'A' }]))).data!.previewStatementImport;

    expect((await b.ok(`{ bankAccounts { id } }`)).bankAccounts).toEqual([]);
    expect((await b.ok(`{ transactions { totalCount nodes { id } } }`)).transactions).toEqual({ totalCount: 0, nodes: [] });
    expect((await b.ok(`query($id: ID!) { transaction(id: $id) { id } }`, { id: t.id })).transaction).toBeNull();
    expect((await b.ok(`{ categorizationRules { id } }`)).categorizationRules).toEqual([]);
    expect((await b.call(`query($id: ID!) { reconcileBankAccount(id: $id) { matches } }`, { id: acc.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.call(`query($id: ID!) { balanceHistory(bankAccountId: $id, from: "2026-01-01", to: "2026-01-02") { date } }`, { id: acc.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.ok(`{ cashFlow(from: "2026-01-01", to: "2026-01-31") { totalIncome { cents } } }`)).cashFlow.totalIncome.cents).toBe(0);

    expect((await updateTx(b, t.id, { amountCents: 1 })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await deleteTx(b, t.id)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await createTx(b, { bankAccountId: acc.id, kind: 'INCOME', amountCents: 1, date: '2026-01-01' })).errors![0]!.extensions!.fields.bankAccountId).toMatch(/não encontrada/);
    expect((await b.call(`mutation($id: ID!) { deleteCategorizationRule(id: $id) }`, { id: rule.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.call(`mutation($id: ID!) { updateCategorizationRule(id: $id, input: { matchType: CONTAINS, pattern: "y", category: "Y" }) { id } }`, { id: rule.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.call(CONFIRM, { id: p.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await preview(b, acc.id, ofxV1([{ fitid: 'I2', date: '2026-01-01', amountCents: 100, memo: 'B' }]))).errors![0]!.extensions!.fields.bankAccountId).toMatch(/não encontrada/);
    const bAcc = await bankAccount(b);
    expect((await updateTx(b, t.id, { bankAccountId: bAcc.id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await b.ok(`mutation { applyCategorizationRules(overwrite: true) }`)).applyCategorizationRules).toBe(0);

    // a's data is untouched
    expect((await reconcile(a, acc.id))).toMatchObject({ matches: true, transactionCount: 1, balance: { cents: 11_000 } });
    expect((await a.ok(`query($id: ID!) { transaction(id: $id) { amount { cents } } }`, { id: t.id })).transaction.amount.cents).toBe(1_000);
    expect((await a.call(CONFIRM, { id: p.id })).data!.confirmStatementImport.imported).toBe(1);
    // and at the SQL level b's tenant sees none of a's rows (RLS as the app role, not just filters)
    const asB = await runInTenant((finance as any).deps.ds, b.tid, async (em) => ({
      accounts: (await em.query(`select count(*)::int as n from finance.bank_accounts where id = $1`, [acc.id]))[0].n,
      transactions: (await em.query(`select count(*)::int as n from finance.transactions where bank_account_id = $1`, [acc.id]))[0].n,
      rules: (await em.query(`select count(*)::int as n from finance.categorization_rules where id = $1`, [rule.id]))[0].n,
      imports: (await em.query(`select count(*)::int as n from finance.statement_imports where id = $1`, [p.id]))[0].n,
    }));
    expect(asB).toEqual({ accounts: 0, transactions: 0, rules: 0, imports: 0 });
  });
});
