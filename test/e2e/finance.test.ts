// Finance through the real router: revenue from finance reaches limits exactly once (create, edit,
// delete, import), the contract shapes other teams rely on, and isolation between accounts.
import { gzipSync } from 'node:zlib';
import { Client as Pg } from 'pg';
import { eventually, gql } from '@prumo/kit/testing';
import { ofxV1 } from '../../subgraphs/finance/test/fixtures';
import { startStack, type Stack } from '../stack';
import { signUp, type SignedUp } from './helpers';

let stack: Stack;
let owner: SignedUp;
let other: SignedUp;
let db: Pg;

beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack.graphqlUrl, { companyName: 'Oficina do Beto MEI' });
  other = await signUp(stack.graphqlUrl);
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const ok = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
  const r = await gql(stack.graphqlUrl, query, variables, { token });
  if (!r.data || r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as Record<string, any>;
};
const financeRevenue = async (token: string, month: string) => {
  const r = (await ok(token, `query($m: String!) { revenue(month: $m) { totalCents bySource { source cents entries } } }`, { m: month })).revenue;
  return r.bySource.find((s: any) => s.source === 'finance') ?? { cents: 0, entries: 0 };
};
const ledger = async (tenantId: string) =>
  (await db.query(`select source_id, amount_cents::int as cents, occurred_on::text as day, cancelled, source_version::int as v from limits.ledger_entries where tenant_id = $1 and source = 'finance' order by created_at`, [tenantId])).rows;

test('countsAsRevenue income reaches limits exactly once; edits re-record, deletes void', async () => {
  await ok(owner.token, `mutation { updateFiscalProfile(input: { countFinance: true }) { countFinance } }`);
  const acc = (await ok(owner.token, `mutation { createBankAccount(input: { name: "Conta Itaú", bankCode: "341", agency: "0001", number: "12345-6", kind: CHECKING, openingBalanceCents: 0 }) { id bankName balance { cents } } }`)).createBankAccount;
  expect(acc.bankName).toBe('Itaú');

  const t = (await ok(owner.token, `mutation($a: ID!) { createTransaction(input: { bankAccountId: $a, kind: INCOME, amountCents: 250000, date: "2026-05-10", category: "Serviços", counterparty: "Cliente X", countsAsRevenue: true }) { id code } }`, { a: acc.id })).createTransaction;
  await eventually(async () => (await financeRevenue(owner.token, '2026-05')).cents === 250_000);

  await ok(owner.token, `mutation($id: ID!) { updateTransaction(id: $id, input: { amountCents: 300000 }) { id } }`, { id: t.id });
  await eventually(async () => (await financeRevenue(owner.token, '2026-05')).cents === 300_000);
  await ok(owner.token, `mutation($id: ID!) { updateTransaction(id: $id, input: { date: "2026-06-02" }) { id } }`, { id: t.id });
  await eventually(async () => (await financeRevenue(owner.token, '2026-06')).cents === 300_000);
  expect(await financeRevenue(owner.token, '2026-05')).toMatchObject({ cents: 0 });

  const limit = (await ok(owner.token, `{ meiLimit(year: 2026) { revenueCents } }`)).meiLimit;
  expect(limit.revenueCents).toBe(300_000);
  expect(await ledger(owner.accountId)).toEqual([{ source_id: t.id, cents: 300_000, day: '2026-06-02', cancelled: false, v: 3 }]);

  await ok(owner.token, `mutation($id: ID!) { updateTransaction(id: $id, input: { countsAsRevenue: false }) { id } }`, { id: t.id });
  await eventually(async () => (await financeRevenue(owner.token, '2026-06')).cents === 0);
  await ok(owner.token, `mutation($id: ID!) { updateTransaction(id: $id, input: { countsAsRevenue: true }) { id } }`, { id: t.id });
  await eventually(async () => (await financeRevenue(owner.token, '2026-06')).cents === 300_000);
  await ok(owner.token, `mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: t.id });
  await eventually(async () => (await financeRevenue(owner.token, '2026-06')).cents === 0);
  expect(await ledger(owner.accountId)).toEqual([{ source_id: t.id, cents: 300_000, day: '2026-06-02', cancelled: true, v: 6 }]);
  expect((await ok(owner.token, `{ meiLimit(year: 2026) { revenueCents } }`)).meiLimit.revenueCents).toBe(0);

  // every finance event was consumed once by limits
  const events = await db.query(`select id from finance.outbox where tenant_id = $1`, [owner.accountId]);
  expect(events.rowCount).toBe(6);
  await eventually(async () => {
    const done = await db.query(`select count(*)::int as n from limits.processed_event where event_id = any($1::uuid[])`, [events.rows.map((r) => r.id)]);
    return done.rows[0].n === 6;
  });

  // an import with one line marked as revenue by the user, through the router (gzip + base64)
  const file = gzipSync(ofxV1([{ fitid: 'R1', date: '2026-07-03', amountCents: 80_000, memo: 'PIX RECEBIDO CLIENTE Y' }, { fitid: 'R2', date: '2026-07-04', amountCents: -1_500, memo: 'TARIFA' }]));
  const p = (await ok(owner.token, `mutation($i: PreviewStatementImportInput!) { previewStatementImport(input: $i) { id newCount lines { index kind countsAsRevenue } } }`, {
    i: { bankAccountId: acc.id, filename: 'extrato.ofx', content: file.toString('base64'), encoding: 'GZIP_BASE64' },
  })).previewStatementImport;
  expect(p.lines.map((l: any) => l.countsAsRevenue)).toEqual([false, false]); // imported income does not count unless chosen
  const c = (await ok(owner.token, `mutation($id: ID!) { confirmStatementImport(importId: $id, input: { revenueLines: [0] }) { imported revenueCount bankAccount { balance { cents } } } }`, { id: p.id })).confirmStatementImport;
  expect(c).toMatchObject({ imported: 2, revenueCount: 1, bankAccount: { balance: { cents: 78_500 } } });
  await eventually(async () => (await financeRevenue(owner.token, '2026-07')).cents === 80_000);
  expect((await financeRevenue(owner.token, '2026-07')).entries).toBe(1);
}, 90_000);

test('contract shapes through the router, and isolation between accounts', async () => {
  const flow = (await ok(owner.token, `{ cashFlow(from: "2026-07-01", to: "2026-07-31") { from to totalIncome { cents formatted } totalExpense { cents } net { cents }
    months { month income { cents } expense { cents } net { cents } } categories { category kind total { cents } count } } }`)).cashFlow;
  expect(flow).toMatchObject({ from: '2026-07-01', to: '2026-07-31', totalIncome: { cents: 80_000, formatted: 'R$ 800,00' }, totalExpense: { cents: 1_500 }, months: [{ month: '2026-07', net: { cents: 78_500 } }] });
  const page = (await ok(owner.token, `{ transactions(first: 1, filter: { kind: EXPENSE }) { totalCount edges { cursor node { code } } nodes { id code kind amount { cents } category date counterparty description countsAsRevenue bankAccount { id bankCode } } pageInfo { hasNextPage endCursor } } }`)).transactions;
  expect(page).toMatchObject({ totalCount: 1, nodes: [{ kind: 'EXPENSE', amount: { cents: 1_500 }, bankAccount: { bankCode: '341' } }] });

  const mine = (await ok(owner.token, `{ bankAccounts { id } }`)).bankAccounts;
  expect((await ok(other.token, `{ bankAccounts { id } transactions { totalCount } }`))).toEqual({ bankAccounts: [], transactions: { totalCount: 0 } });
  const t = page.nodes[0];
  const del = await gql(stack.graphqlUrl, `mutation($id: ID!) { deleteTransaction(id: $id) }`, { id: t.id }, { token: other.token });
  expect(del.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  const steal = await gql(stack.graphqlUrl, `mutation($a: ID!) { createTransaction(input: { bankAccountId: $a, kind: EXPENSE, amountCents: 1, date: "2026-07-01" }) { id } }`, { a: mine[0].id }, { token: other.token });
  expect(steal.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { bankAccountId: 'Conta bancária não encontrada.' } });
  expect((await ok(owner.token, `query($id: ID!) { reconcileBankAccount(id: $id) { matches transactionCount } }`, { id: mine[0].id })).reconcileBankAccount).toEqual({ matches: true, transactionCount: 2 });
}, 60_000);
