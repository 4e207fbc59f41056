import { randomUUID } from 'node:crypto';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Queue } from 'bullmq';
import { Client as Pg } from 'pg';
import { formatBRL, generateCnpj, generateCpf, saoPauloDate } from '@prumo/br';
import { countStatements, createDataSource, loadConfig, QUEUES, QuotaClient, runInTenant } from '@prumo/kit';
import { eventually, gql, gqlOk } from '@prumo/kit/testing';
import { nfeXml, nfseXml } from '../../documents/test/fixtures';
import { startStack, type Stack } from '../../../test/stack';
import { holderData, startPortalSim, type HolderData, type PortalSim } from '../../energy/portal-sim/src';
import { signUp, upgradeToPro, type SignedUp } from '../../../test/e2e/helpers';
import { fakeEmbedding, startFakeOpenAi, type FakeOpenAi } from '../../../test/fakes/fake-openai';
import { DocumentsAnnounceExtracted1732200000000 } from '../../documents/src/migrations/1732200000000-documents-announce-extracted';
import { AssistantService } from '../src/assistant/assistant.service';
import { monthLabel, previousMonth, todayIn } from '../src/assistant/intents';
import { loadAgentsSettings } from '../src/config';
import { createLlmService, offlineRespond, OFFLINE_CHAT_REPLY, formatSources, type LlmService } from '../src/llm';
import { RetrievalService } from '../src/retrieval/retrieval.service';
import { createSupergraphClient } from '../src/supergraph';

/**
 * The fiscal assistant end to end: one platform stack in offline mode (no OPENAI_API_KEY), real
 * documents read by the documents subgraph and indexed from their events, figures from limits (and
 * finance/energy once merged) through the router as the user; the online model layer runs the real
 * ChatOpenAI/OpenAI clients against the fake OpenAI server, metered at the real billing.
 */

let stack: Stack;
let fake: FakeOpenAi;
let portal: PortalSim;
const ENERGY_UNITS = 2;
let db: Pg;
let owner: SignedUp;
let other: SignedUp;
let cnpj: string;
const docs: Record<string, string> = {};
const config = loadConfig();
const t = todayIn(new Date());
const thisMonth = `${t.year}-${String(t.month).padStart(2, '0')}`;
const lastMonth = previousMonth(t);
const brl = (c: number) => formatBRL(c)!;

const ASK = `mutation($i: AskAssistantInput!) { askAssistant(input: $i) { answer conversationId messageId offline citations { kind number documentId field sectionId title label excerpt link } } }`;
const ask = (token: string, question: string, extra: Record<string, unknown> = {}) => gql(stack.graphqlUrl, ASK, { i: { question, ...extra } }, { token });

async function uploadAndWait(token: string, filename: string, xml: string): Promise<string> {
  const c = await gql(stack.graphqlUrl, `mutation($i: CreateUploadInput!) { createUpload(input: $i) { documentId uploadUrl } }`, { i: { filename, contentType: 'application/xml', size: Buffer.byteLength(xml) } }, { token });
  if (!c.data) throw new Error(JSON.stringify(c.errors));
  const put = await fetch(c.data.createUpload.uploadUrl, { method: 'PUT', body: Buffer.from(xml) });
  expect(put.status).toBe(200);
  const id = c.data.createUpload.documentId as string;
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id }, { token });
  // Indexed by agents from documents' `document.extracted` event.
  await eventually(async () => (await db.query(`select 1 from agents.chunks where source_id = $1 limit 1`, [id])).rowCount, 30_000);
  return id;
}

/** Where a document's events are (outbox, queue, consumer, index): said when a wait for them fails. */
async function documentEventTrail(documentId: string) {
  const outbox = (await db.query(`select id, type, payload->>'version' as version, published_at from documents.outbox where payload->>'documentId' = $1 order by created_at`, [documentId])).rows;
  const queue = new Queue(QUEUES.events('agents'), { connection: { url: stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: stack.env.REDIS_PREFIX });
  try {
    const events = await Promise.all(
      outbox.map(async (e) => {
        const job = await queue.getJob(e.id);
        const processed = (await db.query(`select 1 from agents.processed_event where event_id = $1`, [e.id])).rowCount;
        return { ...e, job: job ? { state: await job.getState(), attempts: job.attemptsMade, failed: job.failedReason } : null, processed };
      }),
    );
    const source = (await db.query(`select version, title from agents.sources where source_id = $1`, [documentId])).rows;
    return { events, source };
  } finally {
    await queue.close();
  }
}

const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}T10:00:00-03:00`;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  // The simulated utility portal, in-process (the stack's queues have a prefix of their own: see test/stack.ts).
  portal = await startPortalSim();
  stack = await startStack({ env: { OPENAI_API_KEY: '', LLM_RETRY_BASE_MS: '10', ENERGY_PORTAL_URL: portal.url, ENERGY_RETRY_BASE_MS: '20' } });
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
  cnpj = generateCnpj();
  owner = await signUp(stack.graphqlUrl, { taxId: cnpj, companyName: 'Doceria da Bia MEI' });
  other = await signUp(stack.graphqlUrl, { companyName: 'Outra Empresa MEI' });
  // Pro: 100.000 tokens a day (the offline model is metered too, and this file asks a lot).
  await upgradeToPro(stack.graphqlUrl, owner.token);
  owner.token = (await gql(stack.graphqlUrl, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: owner.refreshToken })).data!.refreshSession.accessToken;
  const item = (description: string, totalCents: number, code: string) => ({ code, description, ncm: '19059090', cfop: '5102', quantity: '1.0000', unitPrice: (totalCents / 100).toFixed(2), totalCents });
  docs.padaria = await uploadAndWait(
    owner.token,
    'nota-padaria.xml',
    nfeXml({ issuerCnpj: cnpj, issuerName: 'Doceria da Bia MEI', recipientTaxId: '11444777000161', recipientName: 'Padaria Pão Quente Ltda', issuedAt: day(lastMonth, 10), totalCents: 123_456, number: 501, items: [item('BOLO DE CHOCOLATE TRUFADO', 100_000, 'B1'), item('TORTA DE LIMAO', 23_456, 'T1')] }).xml,
  );
  docs.mercado = await uploadAndWait(
    owner.token,
    'nota-mercado.xml',
    nfeXml({ issuerCnpj: cnpj, issuerName: 'Doceria da Bia MEI', recipientTaxId: '11222333000181', recipientName: 'Mercado Bom Preço', issuedAt: day(thisMonth, 5), totalCents: 200_000, number: 502, items: [item('CESTA DE CAFE DA MANHA', 200_000, 'C1')] }).xml,
  );
  docs.escola = await uploadAndWait(
    owner.token,
    'nfse-escola.xml',
    nfseXml({ providerCnpj: cnpj, providerName: 'Doceria da Bia MEI', takerTaxId: '11444777000161', takerName: 'Escola Aprender Mais', totalCents: 50_000, issuedAt: `${t.year}-03-10T10:00:00-03:00`, competence: `${t.year}-03-10`, number: 77 }).xml,
  );
  docs.farinha = await uploadAndWait(
    owner.token,
    'compra-farinha.xml',
    nfeXml({ issuerCnpj: '11222333000181', issuerName: 'Distribuidora Farinha Boa', recipientTaxId: cnpj, recipientName: 'Doceria da Bia MEI', issuedAt: day(thisMonth, 12), totalCents: 84_530, number: 9001, items: [item('FARINHA DE TRIGO TIPO 1 SACO 25KG', 70_000, 'F1'), item('FERMENTO BIOLOGICO', 14_530, 'F2')] }).xml,
  );
  // The other account's document holds a secret that must never reach the first account.
  docs.secret = await uploadAndWait(
    other.token,
    'segredo.xml',
    nfeXml({ issuerCnpj: '11222333000181', issuerName: 'Fornecedor Sigiloso', recipientTaxId: '11444777000161', recipientName: 'Cliente Sigiloso', issuedAt: day(thisMonth, 3), totalCents: 999_999, number: 4242, items: [item('PROJETO ZEPHYRQUARTZ CONFIDENCIAL BOLO DE CHOCOLATE', 999_999, 'Z1')] }).xml,
  );
  // Revenue reaches limits through its own events: wait until the year adds up.
  await eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query($y: Int) { meiLimit(year: $y) { revenueCents } }`, { y: t.year }, { token: owner.token });
    return r.data?.meiLimit.revenueCents === 123_456 * (lastMonth.startsWith(String(t.year)) ? 1 : 0) + 200_000 + 50_000;
  }, 30_000);
}, 180_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
  await portal?.stop();
  await fake?.stop();
});

/* ---------------------------------------------------------------------------------------------
 * Data questions: exact figures, offline
 * ------------------------------------------------------------------------------------------- */

describe('data questions are answered exactly (offline)', () => {
  test('faturamento do mês passado / deste mês / do ano, limite restante, próximo DAS', async () => {
    const revenue = async (m: string) => (await gql(stack.graphqlUrl, `query($m: String!) { revenue(month: $m) { totalCents entries } }`, { m }, { token: owner.token })).data!.revenue;
    const last = await revenue(lastMonth);
    expect(last.totalCents).toBe(123_456);
    const a1 = await ask(owner.token, 'Quanto eu faturei no mês passado?');
    expect(a1.errors).toBeUndefined();
    expect(a1.data!.askAssistant.offline).toBe(true);
    expect(a1.data!.askAssistant.answer).toContain(`Faturamento de ${monthLabel(lastMonth)}: R$ 1.234,56`);
    expect(a1.data!.askAssistant.citations).toEqual([expect.objectContaining({ kind: 'DATA', title: 'Faturamento do mês' })]);

    const a2 = await ask(owner.token, 'Qual o FATURAMENTO deste mes?');
    expect(a2.data!.askAssistant.answer).toContain(`Faturamento de ${monthLabel(thisMonth)}: R$ 2.000,00`);

    const limit = (await gql(stack.graphqlUrl, `query($y: Int) { meiLimit(year: $y) { revenueCents remainingCents limitCents } }`, { y: t.year }, { token: owner.token })).data!.meiLimit;
    const a3 = await ask(owner.token, 'Quanto faturei este ano?');
    expect(a3.data!.askAssistant.answer).toContain(`Faturamento de ${t.year} até agora: ${brl(limit.revenueCents)}`);
    expect(a3.data!.askAssistant.answer).toContain('R$ 81.000,00');

    const a4 = await ask(owner.token, 'Quanto ainda resta do meu limite do MEI?');
    expect(limit.remainingCents).toBe(8_100_000 - limit.revenueCents);
    expect(a4.data!.askAssistant.answer).toContain(`Ainda pode faturar ${brl(limit.remainingCents)}`);

    const cal = async (y: number) => (await gql(stack.graphqlUrl, `query($y: Int) { dasCalendar(year: $y) { competence dueDate amountCents } }`, { y }, { token: owner.token })).data!.dasCalendar;
    const today = `${thisMonth}-${String(t.day).padStart(2, '0')}`;
    const next = [...(await cal(t.year)), ...(await cal(t.year + 1))].filter((d: any) => d.dueDate >= today).sort((a: any, b: any) => a.dueDate.localeCompare(b.dueDate))[0];
    const a5 = await ask(owner.token, 'Quando vence o próximo DAS e qual o valor?');
    const due = `${next.dueDate.slice(8, 10)}/${next.dueDate.slice(5, 7)}/${next.dueDate.slice(0, 4)}`;
    expect(a5.data!.askAssistant.answer).toBe(`Próximo DAS-MEI: competência ${monthLabel(next.competence)}, vence em ${due}, valor ${brl(next.amountCents)}.`);
    // Services (the default activity) in 2026: R$ 86,05 (DOMAIN.md).
    if (next.dueDate.startsWith('2026')) expect(next.amountCents).toBe(8605);
  }, 60_000);

  test('a company that is not a MEI (fiscal profile NOT_MEI): the limit and the DAS-MEI are said not to apply; revenue still exact', async () => {
    const ltda = await signUp(stack.graphqlUrl, { companyName: 'Comércio Exemplo LTDA' });
    const set = await gql(stack.graphqlUrl, `mutation { updateFiscalProfile(input: { regime: NOT_MEI }) { regime } }`, {}, { token: ltda.token });
    expect(set.data).toEqual({ updateFiscalProfile: { regime: 'NOT_MEI' } });
    const limit = await ask(ltda.token, 'Quanto ainda resta do meu limite do MEI?');
    expect(limit.data!.askAssistant.answer).toContain('O limite do MEI não se aplica à sua empresa');
    const das = await ask(ltda.token, 'Quando vence o próximo DAS e qual o valor?');
    expect(das.data!.askAssistant.answer).toMatch(/Não há DAS-MEI a pagar/);
    const year = await ask(ltda.token, 'Quanto faturei este ano?');
    expect(year.data!.askAssistant.answer).toContain(`Faturamento de ${t.year} até agora: R$ 0,00.`);
  });

  test('maiores despesas do mês and saldo das contas match finance', async () => {
    // An account without finance data gets the plain "no data" answers (the other account, Free: finance is on).
    expect((await ask(other.token, 'Qual o saldo das minhas contas?')).data!.askAssistant.answer).toBe('Não há contas bancárias cadastradas no Financeiro.');
    expect((await ask(other.token, 'Quais foram as maiores despesas do mês?')).data!.askAssistant.answer).toBe(`Não há despesas registradas em ${monthLabel(thisMonth)}.`);

    // Seed through the router: two accounts with opening balances, this month's expenses (distinct
    // categories and amounts, America/Sao_Paulo month), an income and a bigger expense last month.
    const token = owner.token;
    const mutate = async (query: string, i: Record<string, unknown>) => {
      const r = await gql(stack.graphqlUrl, query, { i }, { token });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return Object.values(r.data)[0] as any;
    };
    const createAccount = (i: Record<string, unknown>) => mutate(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id name bankName } }`, i);
    const itau = await createAccount({ name: 'Conta PJ Itaú', bankCode: '341', agency: '1234', number: '56789-0', kind: 'CHECKING', openingBalanceCents: 1_000_000 });
    const nu = await createAccount({ name: 'Reserva Nubank', bankCode: '260', agency: '0001', number: '1234567-8', kind: 'SAVINGS', openingBalanceCents: 250_075 });
    const d = (n: number) => `${thisMonth}-${String(Math.min(n, t.day)).padStart(2, '0')}`;
    const SEED = [
      { acc: itau, kind: 'EXPENSE', amountCents: 250_000, category: 'Aluguel', date: d(5), description: 'Aluguel da loja' },
      { acc: itau, kind: 'EXPENSE', amountCents: 123_456, category: 'Insumos', date: d(3), description: 'Farinha e açúcar', counterparty: 'Distribuidora Farinha Boa' },
      { acc: nu, kind: 'EXPENSE', amountCents: 45_678, category: 'Energia elétrica', date: d(2), counterparty: 'Distribuidora de Energia' },
      { acc: nu, kind: 'EXPENSE', amountCents: 33_333, category: 'Embalagens', date: d(4), description: 'Caixas para bolo' },
      { acc: itau, kind: 'EXPENSE', amountCents: 9_990, category: 'Internet', date: d(1), description: 'Plano de internet' },
      { acc: nu, kind: 'EXPENSE', amountCents: 1_250, category: 'Tarifas bancárias', date: d(1), description: 'Tarifa de TED' },
      { acc: nu, kind: 'INCOME', amountCents: 500_000, category: 'Vendas', date: d(2), description: 'Venda de bolos' },
      { acc: itau, kind: 'EXPENSE', amountCents: 999_999, category: 'Equipamentos', date: `${lastMonth}-15`, description: 'Forno industrial' },
    ];
    for (const { acc, ...i } of SEED) await mutate(`mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id } }`, { ...i, bankAccountId: acc.id });
    const expenses = SEED.filter((x) => x.kind === 'EXPENSE' && x.date.startsWith(thisMonth));
    const balanceOf = (acc: { id: string }, opening: number) =>
      opening + SEED.filter((x) => x.acc === acc).reduce((s, x) => s + (x.kind === 'INCOME' ? x.amountCents : -x.amountCents), 0);

    // What finance itself says.
    const from = `${thisMonth}-01`;
    const to = `${thisMonth}-${String(new Date(Date.UTC(t.year, t.month, 0)).getUTCDate()).padStart(2, '0')}`;
    const f = await gql(
      stack.graphqlUrl,
      `query($from: String!, $to: String!) { bankAccounts { id name bankName balance { cents formatted } } cashFlow(from: $from, to: $to) { totalExpense { cents formatted } categories { category kind total { cents } count } } }`,
      { from, to },
      { token },
    );
    expect(f.errors).toBeUndefined();
    const accounts = f.data!.bankAccounts as Array<{ id: string; name: string; bankName: string; balance: { cents: number; formatted: string } }>;
    expect(accounts.map((a) => [a.id, a.balance.cents]).sort()).toEqual([[itau.id, balanceOf(itau, 1_000_000)], [nu.id, balanceOf(nu, 250_075)]].sort());
    const cash = f.data!.cashFlow;
    expect(cash.totalExpense.cents).toBe(463_707);
    expect(cash.totalExpense.formatted).toBe('R$ 4.637,07');

    // Saldo das contas: each account and the total, exactly as finance has them.
    const b = await ask(token, 'qual o saldo das contas?');
    expect(b.errors).toBeUndefined();
    const total = accounts.reduce((s, a) => s + a.balance.cents, 0);
    expect(total).toBe(1_000_000 - 250_000 - 123_456 - 9_990 - 999_999 + 250_075 - 45_678 - 33_333 - 1_250 + 500_000);
    const balanceText = `Saldo das contas: ${accounts.map((a) => `${a.name} (${a.bankName}): ${a.balance.formatted}`).join('; ')}. Total: ${brl(total)}.`;
    expect(b.data!.askAssistant.answer).toBe(balanceText);
    expect(b.data!.askAssistant.answer).toContain(`Conta PJ Itaú (${itau.bankName}): ${brl(balanceOf(itau, 1_000_000))}`);
    expect(b.data!.askAssistant.answer).toContain(`Reserva Nubank (${nu.bankName}): ${brl(balanceOf(nu, 250_075))}`);
    expect(b.data!.askAssistant.answer).toContain('Total: R$ 2.863,69.');
    expect(b.data!.askAssistant.citations).toEqual([expect.objectContaining({ kind: 'DATA', title: 'Contas bancárias', excerpt: balanceText, link: '/financeiro' })]);

    // Maiores despesas do mês: the five largest of this month, largest first; last month's and the income are not in it.
    const e = await ask(token, 'quais as maiores despesas do mês?');
    expect(e.errors).toBeUndefined();
    const answer = e.data!.askAssistant.answer as string;
    const top = [...expenses].sort((a, b2) => b2.amountCents - a.amountCents).slice(0, 5);
    const br = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const lines = top.map((x, i) => `${i + 1}) ${x.description ?? x.counterparty}: ${brl(x.amountCents)} em ${br(x.date)} (categoria ${x.category})`);
    const expensesText = `Maiores despesas de ${monthLabel(thisMonth)}: ${lines.join('; ')}. Total de despesas no mês: ${cash.totalExpense.formatted}.`;
    expect(answer).toBe(expensesText);
    expect(lines[0]).toContain('Aluguel da loja: R$ 2.500,00');
    expect(answer.indexOf('R$ 2.500,00')).toBeLessThan(answer.indexOf('R$ 1.234,56'));
    expect(answer.indexOf('R$ 1.234,56')).toBeLessThan(answer.indexOf('R$ 456,78'));
    expect(answer.indexOf('R$ 456,78')).toBeLessThan(answer.indexOf('R$ 333,33'));
    expect(answer.indexOf('R$ 333,33')).toBeLessThan(answer.indexOf('R$ 99,90'));
    expect(answer).not.toContain('Forno industrial');
    expect(answer).not.toContain('R$ 12,50'); // sixth: in the total, not in the top five
    expect(answer).not.toContain('Venda de bolos');
    // Each listed expense agrees with finance's own category totals (one expense per category here).
    for (const x of top) {
      expect(cash.categories).toContainEqual(expect.objectContaining({ category: x.category, kind: 'EXPENSE', total: { cents: x.amountCents }, count: 1 }));
    }
    expect(e.data!.askAssistant.citations).toEqual([expect.objectContaining({ kind: 'DATA', title: 'Despesas do mês', label: monthLabel(thisMonth), excerpt: expensesText, link: '/financeiro' })]);
  }, 90_000);

  test('faturas de energia em aberto match energy; a plan without the module gets a clear answer', async () => {
    const free = await ask(other.token, 'Tenho faturas de energia em aberto?');
    expect(free.errors).toBeUndefined();
    expect(free.data!.askAssistant.answer).toMatch(/O módulo Energia não está ativo no plano desta conta/);

    const token = owner.token; // Pro: energy enabled
    // Nothing connected yet: the plain answer.
    expect((await ask(token, 'Quais faturas de energia estão em aberto?')).data!.askAssistant.answer).toBe('Não há faturas de energia em aberto.');

    // The real flow against the simulated utility portal: client, SMS login, sync to DONE.
    // A holder with open and overdue invoices when the calendar allows one: a bill can only be overdue
    // once its due date has passed, and only the reference months the portal ever leaves unpaid count
    // (early in a month no such bill is due yet, so no holder has an overdue one on those days).
    const now = new Date();
    const sp = saoPauloDate(now)!;
    const todayIso = `${sp.year}-${String(sp.month).padStart(2, '0')}-${String(sp.day).padStart(2, '0')}`;
    const { holder, expectOverdue } = (() => {
      const sampled: Array<{ taxId: string; data: HolderData }> = [];
      const unpaidOf = (h: (typeof sampled)[number]) => h.data.units.flatMap((u) => u.invoices).filter((x) => x.status !== 'PAGA');
      for (let i = 0; i < 200; i++) {
        const taxId = generateCpf();
        const h = { taxId, data: holderData(taxId, { units: ENERGY_UNITS, today: now }) };
        const open = unpaidOf(h);
        if (open.some((x) => x.status === 'VENCIDA') && open.some((x) => x.status === 'EM_ABERTO')) return { holder: h, expectOverdue: true };
        sampled.push(h);
      }
      const bills = sampled.flatMap((h) => h.data.units.flatMap((u) => u.invoices));
      const unpaidMonths = new Set(bills.filter((x) => x.status !== 'PAGA').map((x) => x.referenceMonth));
      const overduePossible = bills.some((x) => unpaidMonths.has(x.referenceMonth) && x.dueDate < todayIso);
      if (overduePossible) throw new Error(`no holder with open and overdue invoices on ${todayIso}, though bills of an unpaid month are past due`);
      expect(bills.filter((x) => x.status === 'VENCIDA')).toEqual([]);
      // No overdue bill can exist today: prefer a holder with open bills of two reference months.
      const h = sampled.find((c) => new Set(unpaidOf(c).map((x) => x.referenceMonth)).size > 1) ?? sampled[0]!;
      return { holder: h, expectOverdue: false };
    })();
    portal.setSwitches({ unitsPerHolder: { [holder.taxId]: ENERGY_UNITS } });
    const q = async (query: string, variables: Record<string, unknown>) => {
      const r = await gql(stack.graphqlUrl, query, variables, { token });
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data as any;
    };
    const clientId = (await q(`mutation($i: CreateEnergyClientInput!) { createEnergyClient(input: $i) { id } }`, { i: { name: 'Doceria - energia', taxId: holder.taxId, phoneLastDigits: '4321' } })).createEnergyClient.id;
    expect((await q(`mutation($id: ID!) { startPortalLogin(clientId: $id) { status } }`, { id: clientId })).startPortalLogin.status).toBe('AWAITING_SMS');
    const code = portal.lastCode(holder.taxId)!;
    expect(code).toMatch(/^\d{6}$/);
    expect((await q(`mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id: clientId, c: code })).confirmPortalLogin.status).toBe('CONNECTED');
    await eventually(async () => {
      const c = (await q(`query($id: ID!) { energyClient(id: $id) { lastSyncStatus } }`, { id: clientId })).energyClient;
      if (c.lastSyncStatus === 'FAILED') throw new Error('energy sync failed');
      return c.lastSyncStatus === 'DONE';
    }, 150_000);

    // What energy and the portal say.
    const ov = (await q(`query { energyOverview { openInvoices { id referenceMonth amount { cents } dueDate status unit { uc } } openAmount { cents formatted } } }`, {})).energyOverview;
    const portalOpen = holder.data.units.flatMap((u) => u.invoices.map((x) => ({ ...x, uc: u.uc }))).filter((x) => x.status !== 'PAGA');
    expect(portalOpen.length).toBeGreaterThan(1);
    const key = (uc: string, ref: string, cents: number, due: string, overdue: boolean) => `${uc}|${ref}|${cents}|${due}|${overdue}`;
    expect(ov.openInvoices.map((x: any) => key(x.unit.uc, x.referenceMonth, x.amount.cents, x.dueDate, x.status === 'OVERDUE')).sort()).toEqual(
      portalOpen.map((x) => key(x.uc, x.referenceMonth, x.amountCents, x.dueDate, x.status === 'VENCIDA')).sort(),
    );
    expect(ov.openAmount.cents).toBe(portalOpen.reduce((s, x) => s + x.amountCents, 0));

    const a = await ask(token, 'tenho faturas de energia em aberto?');
    expect(a.errors).toBeUndefined();
    const answer = a.data!.askAssistant.answer as string;
    const br = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const ordered = [...portalOpen].sort((x, y) => x.dueDate.localeCompare(y.dueDate) || x.uc.localeCompare(y.uc) || x.referenceMonth.localeCompare(y.referenceMonth));
    const lines = ordered.map((x) => `UC ${x.uc}, referência ${monthLabel(x.referenceMonth)}, ${brl(x.amountCents)}, ${x.status === 'VENCIDA' ? 'venceu em' : 'vence em'} ${br(x.dueDate)}`);
    const text = `Faturas de energia em aberto: ${portalOpen.length} (total ${ov.openAmount.formatted}): ${lines.join('; ')}.`;
    expect(answer).toBe(text);
    if (expectOverdue) expect(answer).toMatch(/venceu em \d{2}\/\d{2}\/\d{4}/);
    else expect(answer).not.toMatch(/venceu em/);
    expect(answer).toMatch(/vence em \d{2}\/\d{2}\/\d{4}/);
    expect(a.data!.askAssistant.citations).toEqual([expect.objectContaining({ kind: 'DATA', title: 'Faturas de energia', excerpt: text, link: '/energia' })]);
  }, 240_000);
});

/* ---------------------------------------------------------------------------------------------
 * Retrieval: labelled set, citations, isolation, document lifecycle
 * ------------------------------------------------------------------------------------------- */

describe('retrieval', () => {
  const LABELLED: Array<[string, string[]]> = [
    ['Qual o valor da nota emitida para a Padaria Pão Quente?', ['doc:padaria']],
    ['Para quem vendi o bolo de chocolate trufado?', ['doc:padaria']],
    ['torta de limao', ['doc:padaria']],
    ['Nota da cesta de café da manhã', ['doc:mercado']],
    ['Mercado Bom Preço nota fiscal', ['doc:mercado']],
    ['Quanto comprei de farinha de trigo?', ['doc:farinha']],
    ['Quem me vendeu o fermento biológico?', ['doc:farinha']],
    ['Nota de serviço para a Escola Aprender Mais', ['doc:escola']],
    ['Qual o limite anual de faturamento do MEI?', ['kb:limite-mei#limite-anual']],
    ['Abri a empresa em julho, qual é o limite proporcional no ano de abertura?', ['kb:limite-mei#limite-proporcional']],
    ['O que acontece se eu passar do limite em até 20%?', ['kb:limite-mei#excesso-ate-20']],
    ['Perco a condição de MEI se ultrapassar mais de 20% do limite?', ['kb:limite-mei#excesso-acima-20']],
    ['Em que dia vence o DAS?', ['kb:das-mei#vencimento', 'kb:das-mei#o-que-e']],
    ['Qual o valor do DAS para prestador de serviços em 2026?', ['kb:das-mei#valores-2026']],
    ['Até quando devo entregar a declaração anual DASN-SIMEI?', ['kb:das-mei#dasn-simei']],
    ['Nota cancelada conta no faturamento?', ['kb:notas-fiscais#cancelamento', 'kb:limite-mei#receita-bruta']],
    ['Quantos caracteres tem a chave de acesso da NF-e?', ['kb:notas-fiscais#chave-de-acesso']],
    ['Em quanto tempo vencem os créditos de energia solar?', ['kb:energia-solar#validade-creditos']],
    ['Como funciona a cobrança do Fio B na compensação?', ['kb:energia-solar#fio-b']],
    ['Qual o limite do MEI Caminhoneiro?', ['kb:limite-mei#limite-anual']],
  ];

  test('labelled set: top-3 hit rate >= 0.9 over 20 questions (documents + knowledge base)', async () => {
    const retrieval = stack.subgraphs.agents ? ((stack.subgraphs.agents as any).services.retrieval as RetrievalService) : null;
    expect(retrieval).not.toBeNull();
    let hits = 0;
    const misses: string[] = [];
    for (const [question, expected] of LABELLED) {
      const found = await retrieval!.search({ tenantId: owner.accountId, userId: owner.userId, purpose: 'test' }, question, 3);
      const keys = found.map((h) => (h.kind === 'DOCUMENT' ? `doc:${Object.keys(docs).find((k) => docs[k] === h.documentId)}` : `kb:${h.sectionId}`));
      if (keys.some((k) => expected.includes(k))) hits++;
      else misses.push(`${question} -> ${keys.join(', ')}`);
    }
    const rate = hits / LABELLED.length;
    // eslint-disable-next-line no-console
    console.log(`retrieval top-3 hit rate: ${hits}/${LABELLED.length} = ${rate.toFixed(2)}${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`);
    expect(LABELLED).toHaveLength(20);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  test('a document answer cites the document and field; the citation opens it', async () => {
    const r = await ask(owner.token, 'Qual o valor da nota emitida para a Padaria Pão Quente?');
    expect(r.errors).toBeUndefined();
    const a = r.data!.askAssistant;
    expect(a.answer).toContain('R$ 1.234,56');
    const c = a.citations.find((x: any) => x.documentId === docs.padaria && x.field === 'fields');
    expect(c).toMatchObject({ kind: 'DOCUMENT', field: 'fields', label: 'Dados extraídos', link: `/documentos?doc=${docs.padaria}` });
    expect(a.answer).toContain(`[S${c.number}]`);
    // The cited document is the account's own and opens.
    const d = await gql(stack.graphqlUrl, `query($id: ID!) { document(id: $id) { id totalCents } }`, { id: c.documentId }, { token: owner.token });
    expect(d.data!.document.totalCents).toBe(123_456);
  });

  test('a knowledge question cites the knowledge-base section', async () => {
    const r = await ask(owner.token, 'Até quando devo entregar a declaração anual DASN-SIMEI?');
    const a = r.data!.askAssistant;
    expect(a.answer).toContain('31 de maio');
    expect(a.citations).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'KNOWLEDGE', sectionId: 'das-mei#dasn-simei', title: 'DAS-MEI e declaração anual' })]));
  });

  test('isolation: a planted secret in another account is never retrieved or cited', async () => {
    const retrieval = (stack.subgraphs.agents as any).services.retrieval as RetrievalService;
    for (const q of ['ZEPHYRQUARTZ', 'projeto zephyrquartz confidencial', 'Fornecedor Sigiloso bolo de chocolate']) {
      const hits = await retrieval.search({ tenantId: owner.accountId, userId: owner.userId, purpose: 'test' }, q, 10);
      expect(hits.every((h) => h.documentId !== docs.secret)).toBe(true);
      expect(JSON.stringify(hits)).not.toMatch(/ZEPHYRQUARTZ/i);
      const r = await ask(owner.token, q);
      expect(JSON.stringify(r.data)).not.toMatch(/ZEPHYRQUARTZ|Sigiloso/i);
    }
    // The owner of the secret does find it.
    const own = await retrieval.search({ tenantId: other.accountId, userId: other.userId, purpose: 'test' }, 'zephyrquartz', 3);
    expect(own[0]?.documentId).toBe(docs.secret);
    // Even a direct read in the wrong tenant sees nothing (RLS).
    const ds = stack.subgraphs.agents.deps.ds;
    const rows = await runInTenant(ds, owner.accountId, (em) => em.query(`select count(*)::int as n from agents.chunks where source_id = $1`, [docs.secret]));
    expect(rows[0].n).toBe(0);
    // The other tables of the account's data: the owner's tenant sees none of the other account's
    // rows (which exist: the superuser counts them), whatever the query asks.
    const otherRows = `select (select count(*) from agents.sources where tenant_id = $1)::int as sources,
                              (select count(*) from agents.messages where tenant_id = $1)::int as messages,
                              (select count(*) from agents.llm_usage where tenant_id = $1)::int as usage`;
    expect((await ask(other.token, 'O que é o DAS do MEI?')).errors).toBeUndefined(); // a conversation and metered usage of its own
    const exist = (await db.query(otherRows, [other.accountId])).rows[0];
    expect(exist.sources).toBeGreaterThan(0);
    expect(exist.messages).toBeGreaterThan(0);
    expect(exist.usage).toBeGreaterThan(0);
    expect((await runInTenant(ds, owner.accountId, (em) => em.query(otherRows, [other.accountId])))[0]).toEqual({ sources: 0, messages: 0, usage: 0 });
    // The index-backed matcher (SECURITY DEFINER, runs as the schema owner) keeps to the caller's
    // tenant too, and refuses to run without one.
    const q = `select m.id::text from agents.match_chunks(to_tsquery('pg_catalog.portuguese', 'zephyrquartz'), to_tsquery('pg_catalog.portuguese', 'zephyrquartz'), 10) m`;
    expect(await runInTenant(ds, owner.accountId, (em) => em.query(q))).toEqual([]);
    const mine = await runInTenant(ds, other.accountId, (em) => em.query(q));
    expect(mine.length).toBeGreaterThan(0);
    const app = new Pg({ host: config.DATABASE_HOST, port: config.DATABASE_PORT, database: process.env.DATABASE_NAME, user: config.DATABASE_APP_USER, password: config.DATABASE_APP_PASSWORD });
    await app.connect();
    try {
      await expect(app.query(q)).rejects.toThrow(/app\.tenant_id/);
    } finally {
      await app.end();
    }
  });

  test('deleting a document removes it from retrieval; editing its fields re-indexes it', async () => {
    const id = await uploadAndWait(
      owner.token,
      'temporaria.xml',
      nfeXml({ issuerCnpj: cnpj, issuerName: 'Doceria da Bia MEI', recipientTaxId: '11444777000161', recipientName: 'Buffet Temporario Xilofone', issuedAt: day(thisMonth, 2), totalCents: 1_000, number: 777 }).xml,
    );
    const retrieval = (stack.subgraphs.agents as any).services.retrieval as RetrievalService;
    const scope = { tenantId: owner.accountId, userId: owner.userId, purpose: 'test' };
    expect((await retrieval.search(scope, 'Buffet Xilofone', 3))[0]?.documentId).toBe(id);
    const ed = await gql(stack.graphqlUrl, `mutation($id: ID!, $f: [FieldEditInput!]!) { updateDocumentFields(id: $id, fields: $f) { id } }`, { id, f: [{ name: 'recipientName', value: 'Buffet Marimba' }] }, { token: owner.token });
    expect(ed.errors).toBeUndefined();
    // The edited field itself must be found: the old index already matches "Buffet" (the file's own
    // text keeps the old name, as the file does).
    await eventually(async () => (await retrieval.search(scope, 'Buffet Marimba', 3)).some((h) => h.documentId === id && /Destinatário: Buffet Marimba/.test(h.content)), 15_000);
    const del = await gql(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id }, { token: owner.token });
    expect(del.errors).toBeUndefined();
    await eventually(async () => (await db.query(`select 1 from agents.chunks where source_id = $1`, [id])).rowCount === 0, 15_000).catch(async (err) => {
      throw new Error(`${(err as Error).message}; the document's events: ${JSON.stringify(await documentEventTrail(id))}`);
    });
    expect(await retrieval.search(scope, 'Buffet Xilofone Marimba', 5)).toEqual(expect.not.arrayContaining([expect.objectContaining({ documentId: id })]));
  }, 60_000);

  test('a deletion handled at the same time as the first indexing of the document still removes it', async () => {
    // The consumer handles several events at once: a document deleted right after its upload has its
    // `document.extracted` (older version) and `document.deleted` in flight together.
    const retrieval = (stack.subgraphs.agents as any).services.retrieval as RetrievalService;
    const ds = stack.subgraphs.agents.deps.ds;
    const ids = Array.from({ length: 25 }, () => randomUUID());
    const extracted = (documentId: string) => ({
      documentId, version: 1, filename: 'corrida.xml', kind: 'NFE', issuedOn: '2026-11-02',
      fields: [{ name: 'recipientName', value: 'Cliente Corrida Ocarina' }], items: ['PRODUTO CORRIDA'], text: 'nota corrida ocarina',
    });
    await Promise.all(
      ids.flatMap((documentId) => [
        runInTenant(ds, owner.accountId, (em) => retrieval.ingestDocument(em, owner.accountId, extracted(documentId))),
        runInTenant(ds, owner.accountId, (em) => retrieval.removeDocument(em, owner.accountId, documentId, 2)),
      ]),
    );
    const left = await db.query(`select count(*)::int as n from agents.chunks where source_id = any($1::uuid[])`, [ids]);
    expect(left.rows[0].n).toBe(0);
    const versions = await db.query(`select distinct version from agents.sources where source_id = any($1::uuid[])`, [ids]);
    expect(versions.rows).toEqual([{ version: 2 }]);
  }, 60_000);
});

describe('documents that predate the assistant', () => {
  test('a documents migration announces every processed document: missing ones become citable, indexed and deleted ones are untouched', async () => {
    // Purchases (the account is the recipient): they do not move the revenue other tests check.
    const retrieval = (stack.subgraphs.agents as any).services.retrieval as RetrievalService;
    const scope = { tenantId: owner.accountId, userId: owner.userId, purpose: 'test' };
    const old = await uploadAndWait(
      owner.token,
      'nota-antiga.xml',
      nfeXml({ issuerCnpj: '11444777000161', issuerName: 'Confeitaria Vibrafone Antiga', recipientTaxId: cnpj, recipientName: 'Doceria da Bia MEI', issuedAt: day(lastMonth, 3), totalCents: 4_321, number: 301 }).xml,
    );
    const gone = await uploadAndWait(
      owner.token,
      'nota-apagada.xml',
      nfeXml({ issuerCnpj: '11444777000161', issuerName: 'Lanchonete Ocarina Apagada', recipientTaxId: cnpj, recipientName: 'Doceria da Bia MEI', issuedAt: day(lastMonth, 4), totalCents: 1_234, number: 302 }).xml,
    );
    await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { deleteDocument(id: $id) }`, { id: gone }, { token: owner.token });
    await eventually(async () => (await db.query(`select 1 from agents.chunks where source_id = $1`, [gone])).rowCount === 0, 15_000);
    // As before agents existed: the document is in documents, not in the assistant's index.
    await db.query(`delete from agents.chunks where source_id = $1`, [old]);
    await db.query(`delete from agents.sources where source_id = $1`, [old]);
    expect((await retrieval.search(scope, 'Confeitaria Vibrafone', 3)).map((h) => h.documentId)).not.toContain(old);
    const before = (await db.query(`select source_id, ingested_at from agents.sources where source_id = any($1::uuid[]) order by source_id`, [[docs.padaria, docs.secret]])).rows;

    const ds = createDataSource({ config, schema: 'documents', entities: [], role: 'owner', poolMax: 1 });
    await ds.initialize();
    const qr = ds.createQueryRunner();
    try {
      await qr.startTransaction();
      await new DocumentsAnnounceExtracted1732200000000().up(qr);
      await qr.commitTransaction();
    } finally {
      await qr.release();
      await ds.destroy();
    }
    // RLS is forced again for the owner after the migration.
    const forced = await db.query(`select relname from pg_class where relnamespace = 'documents'::regnamespace and relname in ('documents', 'document_fields', 'document_items') and relforcerowsecurity`);
    expect(forced.rowCount).toBe(3);

    await eventually(async () => (await retrieval.search(scope, 'Confeitaria Vibrafone', 3))[0]?.documentId === old, 30_000);
    const r = await ask(owner.token, 'Qual o valor da nota da Confeitaria Vibrafone Antiga?');
    expect(r.data!.askAssistant.answer).toContain('R$ 43,21');
    expect(r.data!.askAssistant.citations).toEqual(expect.arrayContaining([expect.objectContaining({ documentId: old })]));
    // Every event was consumed: what was indexed stays as it was, in its own account; the deleted one stays out.
    await eventually(async () => (await db.query(`select 1 from documents.outbox where published_at is null`)).rowCount === 0, 15_000);
    expect((await db.query(`select source_id, ingested_at from agents.sources where source_id = any($1::uuid[]) order by source_id`, [[docs.padaria, docs.secret]])).rows).toEqual(before);
    expect((await db.query(`select 1 from agents.chunks where source_id = $1`, [gone])).rowCount).toBe(0);
    expect((await db.query(`select distinct tenant_id from agents.chunks where source_id = $1`, [docs.secret])).rows).toEqual([{ tenant_id: other.accountId }]);
  }, 60_000);
});

/* ---------------------------------------------------------------------------------------------
 * Conversations, chat mode, validation, isolation
 * ------------------------------------------------------------------------------------------- */

describe('conversations', () => {
  test('stored per user; follow-ups continue; chat mode answers without retrieval', async () => {
    const first = await ask(owner.token, 'Qual o limite anual de faturamento do MEI?');
    const convId = first.data!.askAssistant.conversationId;
    const second = await ask(owner.token, 'E qual o valor do DAS para prestador de serviços em 2026?', { conversationId: convId });
    expect(second.data!.askAssistant.conversationId).toBe(convId);
    expect(second.data!.askAssistant.answer).toContain('R$ 86,05');

    const chat = await ask(owner.token, 'Oi, tudo bem?', { mode: 'CHAT' });
    expect(chat.data!.askAssistant).toMatchObject({ answer: OFFLINE_CHAT_REPLY, citations: [], offline: true });

    const conv = await gql(stack.graphqlUrl, `query($id: ID!) { conversation(id: $id) { id mode title messages { role content citations { kind sectionId } offline } } }`, { id: convId }, { token: owner.token });
    const c = conv.data!.conversation;
    expect(c).toMatchObject({ mode: 'ASSISTANT', title: 'Qual o limite anual de faturamento do MEI?' });
    expect(c.messages.map((m: any) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
    expect(c.messages[1].citations.length).toBeGreaterThan(0);

    const list = await gql(stack.graphqlUrl, `query { conversations(first: 50) { nodes { id mode title updatedAt } pageInfo { hasNextPage endCursor } } }`, {}, { token: owner.token });
    const nodes = list.data!.conversations.nodes;
    // No N+1: a page of many conversations costs what a page of one does (counted in the service:
    // statement counting does not follow a request across HTTP).
    const service = (stack.subgraphs.agents as any).services.assistant as AssistantService;
    const claims = { sub: owner.userId, tid: owner.accountId, role: 'owner' as const, staff: false, mods: ['fiscal'], plan: 'pro', sid: randomUUID(), exp: 0, iat: 0 };
    const many = await countStatements(() => service.list(claims, 50));
    const one = await countStatements(() => service.list(claims, 1));
    expect(many.result.nodes.length).toBeGreaterThanOrEqual(2);
    expect(many.statements).toBe(one.statements);
    expect(many.statements).toBeGreaterThan(0);
    expect(many.statements).toBeLessThanOrEqual(4); // begin, set_config, select, commit
    expect(nodes[0].id).toBe(chat.data!.askAssistant.conversationId);
    expect(nodes.map((n: any) => n.id)).toContain(convId);
    const page = await gql(stack.graphqlUrl, `query { conversations(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {}, { token: owner.token });
    const next = await gql(stack.graphqlUrl, `query($a: String) { conversations(first: 1, after: $a) { nodes { id } } }`, { a: page.data!.conversations.pageInfo.endCursor }, { token: owner.token });
    expect(next.data!.conversations.nodes[0].id).toBe(nodes[1].id);
  });

  test('another account (and another user of the same account) can neither read nor change a conversation', async () => {
    const mine = await ask(owner.token, 'Qual o limite anual de faturamento do MEI?');
    const id = mine.data!.askAssistant.conversationId;
    const stranger = await gql(stack.graphqlUrl, `query($id: ID!) { conversation(id: $id) { id } }`, { id }, { token: other.token });
    expect(stranger.data!.conversation).toBeNull();
    const list = await gql(stack.graphqlUrl, `query { conversations { nodes { id } } }`, {}, { token: other.token });
    expect(list.data!.conversations.nodes.map((n: any) => n.id)).not.toContain(id);
    const cont = await ask(other.token, 'continuação', { conversationId: id });
    expect(cont.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const del = await gql(stack.graphqlUrl, `mutation($id: ID!) { deleteConversation(id: $id) }`, { id }, { token: other.token });
    expect(del.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // Same account, another user: the restrictive policy hides it even inside the tenant.
    const ds = stack.subgraphs.agents.deps.ds;
    const rows = await runInTenant(ds, { tenantId: owner.accountId, userId: randomUUID() }, (em) => em.query(`select count(*)::int as n from agents.conversations where id = $1`, [id]));
    expect(rows[0].n).toBe(0);
    const own = await gql(stack.graphqlUrl, `mutation($id: ID!) { deleteConversation(id: $id) }`, { id }, { token: owner.token });
    expect(own.data!.deleteConversation).toBe(true);
  });

  test('bad input is a typed pt-BR error and writes nothing', async () => {
    const before = (await db.query(`select count(*)::int as n from agents.messages`)).rows[0].n;
    const empty = await ask(owner.token, ' ');
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { question: 'Escreva sua pergunta.' } });
    const bad = await ask(owner.token, 'Olá', { conversationId: 'nao-e-uuid' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { conversationId: 'Conversa inválida.' } });
    const missing = await ask(owner.token, 'Olá', { conversationId: randomUUID() });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await db.query(`select count(*)::int as n from agents.messages`)).rows[0].n).toBe(before);
    const status = await gql(stack.graphqlUrl, `query { assistantStatus { offline model semanticSearch } }`, {}, { token: owner.token });
    expect(status.data!.assistantStatus).toEqual({ offline: true, model: 'prumo-offline', semanticSearch: false });
  });
});

/* ---------------------------------------------------------------------------------------------
 * Model layer: offline determinism, fake OpenAI (tools, streaming, retries, metering)
 * ------------------------------------------------------------------------------------------- */

describe('model layer', () => {
  const usage = async (token: string) =>
    (await gql(stack.graphqlUrl, `query { usage { metric used } }`, {}, { token })).data!.usage.find((u: any) => u.metric === 'llm_tokens').used as number;

  function onlineLlm(extra: Record<string, string> = {}): LlmService {
    const settings = loadAgentsSettings(config, { ...stack.env, OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseUrl, OPENAI_CHAT_MODEL: 'gpt-4o-mini', LLM_MAX_RETRIES: '3', ...extra });
    const quota = new QuotaClient({ billingUrl: stack.env.BILLING_URL!, serviceSecret: config.serviceTokenSecret, service: 'agents' });
    const deps = stack.subgraphs.agents.deps;
    return createLlmService({ config: settings, quota, ds: deps.ds, logger: deps.logger, retryBaseMs: 10 });
  }

  test('offline model: same input -> same output, through the API too', async () => {
    const msgs = [new SystemMessage(`Fontes\n${formatSources([{ n: 1, title: 'Doc', label: 'Campo', text: 'O DAS vence no dia 20. Outra frase.' }])}`), new HumanMessage('Quando vence o DAS?')];
    expect(offlineRespond(msgs, []).content).toEqual(offlineRespond(msgs, []).content);
    // A short source is quoted whole; a long one by its sentences closest to the question.
    expect(offlineRespond(msgs, []).content).toBe('Encontrei isto nas suas fontes:\n- Doc (Campo): O DAS vence no dia 20. Outra frase. [S1]');
    const long = `${'Texto sem relação com a pergunta. '.repeat(12)}O DAS-MEI vence no dia 20 do mês seguinte. ${'Mais texto sem relação. '.repeat(10)}`;
    const msgs2 = [new SystemMessage(formatSources([{ n: 1, title: 'Artigo', label: 'Seção', text: long }])), new HumanMessage('Quando vence o DAS?')];
    expect(offlineRespond(msgs2, []).content).toBe('Encontrei isto nas suas fontes:\n- Artigo (Seção): O DAS-MEI vence no dia 20 do mês seguinte. [S1]');
    const q = 'O que acontece se eu passar do limite em até 20%?';
    const a = await ask(owner.token, q);
    const b = await ask(owner.token, q);
    expect(a.data!.askAssistant.answer).toBe(b.data!.askAssistant.answer);
    expect(a.data!.askAssistant.citations).toEqual(b.data!.askAssistant.citations);
    expect(a.data!.askAssistant.conversationId).not.toBe(b.data!.askAssistant.conversationId);
    // Offline answers are metered like any other call.
    const rows = await db.query(`select purpose, model, offline, prompt_tokens, completion_tokens from agents.llm_usage where tenant_id = $1 order by created_at desc limit 1`, [owner.accountId]);
    expect(rows.rows[0]).toMatchObject({ purpose: 'assistant', model: 'prumo-offline', offline: true });
    expect(rows.rows[0].prompt_tokens).toBeGreaterThan(50);
  });

  test('tool calls and streaming against the fake OpenAI server; usage reaches billing and the usage rows', async () => {
    fake.reset();
    const llm = onlineLlm();
    expect(llm.offline).toBe(false);
    const before = await usage(owner.token);
    const weather = tool(async ({ city }: { city: string }) => `sol em ${city}`, {
      name: 'clima',
      description: 'Clima de uma cidade',
      schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    });
    fake.reply({ toolCalls: [{ id: 'call_1', name: 'clima', arguments: { city: 'Recife' } }], usage: { prompt_tokens: 120, completion_tokens: 15 } });
    const ctx = { tenantId: owner.accountId, userId: owner.userId, purpose: 'test:tools' };
    const r1 = await llm.invoke(ctx, [new HumanMessage('Como está o clima em Recife?')], { tools: [weather as any] });
    expect(r1.message.tool_calls).toEqual([expect.objectContaining({ id: 'call_1', name: 'clima', args: { city: 'Recife' } })]);
    expect(r1.usage).toEqual({ promptTokens: 120, completionTokens: 15 });
    const sent = fake.chatRequests()[0];
    expect(sent.tools?.[0].function.name).toBe('clima');
    expect(sent.model).toBe('gpt-4o-mini');

    const chunks: string[] = [];
    fake.reply({ content: 'Está ensolarado em Recife hoje, com 30 graus.', usage: { prompt_tokens: 140, completion_tokens: 12 } });
    const r2 = await llm.invoke(ctx, [new HumanMessage('E agora, em texto?')], { stream: (c) => chunks.push(c) });
    expect(fake.chatRequests()[1].stream).toBe(true);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.at(-1)).toBe('Está ensolarado em Recife hoje, com 30 graus.');
    expect(chunks.every((c, i) => i === 0 || c.startsWith(chunks[i - 1]!))).toBe(true); // the text so far, growing
    expect(r2.message.content).toBe('Está ensolarado em Recife hoje, com 30 graus.');
    expect(r2.usage).toEqual({ promptTokens: 140, completionTokens: 12 });

    // A stream dropped mid-answer is retried, and the text starts over: never written twice.
    const retried: string[] = [];
    fake.reply({ content: 'Primeira tentativa que cai no meio do caminho', breakAfterPieces: 2 });
    fake.reply({ content: 'Segunda tentativa, inteira.', usage: { prompt_tokens: 20, completion_tokens: 6 } });
    const r2b = await llm.invoke(ctx, [new HumanMessage('Responda de novo')], { stream: (t) => retried.push(t) });
    expect(r2b.message.content).toBe('Segunda tentativa, inteira.');
    expect(retried.some((t) => t.startsWith('Primeira'))).toBe(true);
    expect(retried.at(-1)).toBe('Segunda tentativa, inteira.');

    // A streamed tool call is assembled from its argument deltas.
    fake.reply({ toolCalls: [{ id: 'call_2', name: 'clima', arguments: { city: 'São Luís' } }], usage: { prompt_tokens: 90, completion_tokens: 9 } });
    const r3 = await llm.invoke(ctx, [new HumanMessage('E em São Luís?')], { tools: [weather as any], stream: () => undefined });
    expect(r3.message.tool_calls?.[0]).toMatchObject({ name: 'clima', args: { city: 'São Luís' } });

    // Billing counted exactly the real usage (estimates were corrected at commit).
    expect(await usage(owner.token)).toBe(before + 135 + 152 + 26 + 99); // the dropped attempt is not billed to the account
    const rows = await db.query(`select model, prompt_tokens, completion_tokens, offline from agents.llm_usage where tenant_id = $1 and purpose = 'test:tools' order by created_at`, [owner.accountId]);
    expect(rows.rows).toEqual([
      { model: 'gpt-4o-mini', prompt_tokens: 120, completion_tokens: 15, offline: false },
      { model: 'gpt-4o-mini', prompt_tokens: 140, completion_tokens: 12, offline: false },
      { model: 'gpt-4o-mini', prompt_tokens: 20, completion_tokens: 6, offline: false },
      { model: 'gpt-4o-mini', prompt_tokens: 90, completion_tokens: 9, offline: false },
    ]);
  });

  test('429 and 500 are retried with backoff; exhausted retries fail typed and give the reservation back', async () => {
    fake.reset();
    const llm = onlineLlm();
    const ctx = { tenantId: owner.accountId, userId: owner.userId, purpose: 'test:retry' };
    fake.failNext(2, 429);
    fake.reply({ content: 'ok depois de 429', usage: { prompt_tokens: 10, completion_tokens: 3 } });
    const r = await llm.invoke(ctx, [new HumanMessage('oi')]);
    expect(r.message.content).toBe('ok depois de 429');
    expect(fake.chatRequests()).toHaveLength(3);

    fake.reset();
    fake.failNext(1, 503);
    fake.reply({ content: 'ok depois de 503' });
    expect((await llm.invoke(ctx, [new HumanMessage('oi')])).message.content).toBe('ok depois de 503');

    fake.reset();
    const before = await usage(owner.token);
    fake.failNext(10, 500);
    await expect(llm.invoke(ctx, [new HumanMessage('oi')])).rejects.toMatchObject({ extensions: { code: 'INTERNAL', reason: 'LLM_UNAVAILABLE' } });
    expect(fake.chatRequests()).toHaveLength(4); // 1 + LLM_MAX_RETRIES
    expect(await usage(owner.token)).toBe(before);

    // 400 is not retried.
    fake.reset();
    fake.reply({ error: { status: 400, message: 'bad request' } });
    await expect(llm.invoke(ctx, [new HumanMessage('oi')])).rejects.toMatchObject({ extensions: { code: 'INTERNAL' } });
    expect(fake.chatRequests()).toHaveLength(1);
  });

  test('a slow model times out and is retried', async () => {
    fake.reset();
    // The timeout leaves the retry room on a loaded machine; the first reply comes well after it.
    const llm = onlineLlm({ LLM_TIMEOUT_MS: '1500', LLM_MAX_RETRIES: '1' });
    fake.reply({ content: 'tarde demais', delayMs: 5000 }, { content: 'a tempo' });
    const r = await llm.invoke({ tenantId: owner.accountId, userId: owner.userId, purpose: 'test:timeout' }, [new HumanMessage('oi')]);
    expect(r.message.content).toBe('a tempo');
    expect(fake.chatRequests()).toHaveLength(2);
  });

  test('PAYMENT_REQUIRED before any model call when over the llm_tokens quota', async () => {
    const acct = await signUp(stack.graphqlUrl, { companyName: 'Sem Tokens MEI' });
    const quota = new QuotaClient({ billingUrl: stack.env.BILLING_URL!, serviceSecret: config.serviceTokenSecret, service: 'test' });
    const u = (await gql(stack.graphqlUrl, `query { usage { metric used limit } }`, {}, { token: acct.token })).data!.usage.find((x: any) => x.metric === 'llm_tokens');
    await quota.reserve(acct.accountId, 'llm_tokens', u.limit - u.used - 10, `fill-${randomUUID()}`);
    fake.reset();
    const llm = onlineLlm();
    await expect(llm.invoke({ tenantId: acct.accountId, userId: acct.userId, purpose: 'test:quota' }, [new HumanMessage('Qual o limite do MEI?')])).rejects.toMatchObject({
      extensions: { code: 'PAYMENT_REQUIRED', metric: 'llm_tokens' },
    });
    expect(fake.requests).toHaveLength(0);
    // Through the API (offline model): the same 402, and nothing stored.
    const r = await ask(acct.token, 'Qual o limite anual do MEI?');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', metric: 'llm_tokens' });
    expect((await gql(stack.graphqlUrl, `query { conversations { nodes { id } } }`, {}, { token: acct.token })).data!.conversations.nodes).toEqual([]);
  });

  test('online assistant: the model calls a data tool as the user, answers with sources; embeddings enable hybrid search', async () => {
    fake.reset();
    const llm = onlineLlm({ OPENAI_EMBEDDING_MODEL: 'text-embedding-3-small' });
    const deps = stack.subgraphs.agents.deps;
    const retrieval = new RetrievalService(deps.ds, llm, deps.logger);
    const supergraph = createSupergraphClient({ routerUrl: stack.env.ROUTER_PUBLIC_URL!, identityUrl: stack.env.IDENTITY_URL!, serviceSecret: config.serviceTokenSecret });
    const assistant = new AssistantService(deps.ds, llm, retrieval, supergraph, deps.logger);
    const auth = { sub: owner.userId, tid: owner.accountId, role: 'owner' as const, staff: false, mods: ['fiscal', 'finance'], plan: 'pro', sid: randomUUID(), exp: 0, iat: 0 };

    fake.reply({ toolCalls: [{ name: 'faturamento', arguments: { month: lastMonth } }] });
    fake.handler = (req) => {
      const toolMsg = req.messages.find((m) => m.role === 'tool');
      return { content: `Segundo seus dados: ${String(toolMsg?.content ?? '')}` };
    };
    // No user token: the tools run with a delegated token for the same user and account.
    const r = await assistant.ask(auth, null, { question: 'Quanto faturei no mês passado?' });
    expect(r.offline).toBe(false);
    expect(r.answer).toBe(`Segundo seus dados: Faturamento de ${monthLabel(lastMonth)}: R$ 1.234,56 (1 lançamento).`);
    expect(r.citations).toEqual([expect.objectContaining({ kind: 'DATA' })]);
    const [first, second] = fake.chatRequests();
    expect(first.tools!.map((x) => x.function.name)).toEqual(['faturamento', 'limite_mei', 'proximo_das', 'maiores_despesas', 'saldo_contas', 'faturas_energia_abertas']);
    expect(second.messages.find((m) => m.role === 'tool')?.content).toContain('R$ 1.234,56');
    // Delegated tokens carry the user's current membership: a non-member gets none.
    await expect(supergraph.delegatedToken(other.userId, owner.accountId)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const delegated = await supergraph.delegatedToken(owner.userId, owner.accountId);
    const me = await supergraph.querySupergraph<{ me: { id: string; account: { id: string } } }>(`query { me { id account { id } } }`, {}, { token: delegated });
    expect(me.me).toEqual({ id: owner.userId, account: { id: owner.accountId } });
    // The question was embedded (hybrid search) and metered.
    expect(fake.requests.some((x) => x.path === '/v1/embeddings')).toBe(true);

    // Vector search over re-indexed chunks: index one document with embeddings, then retrieve it.
    await runInTenant(deps.ds, owner.accountId, (em) =>
      retrieval.ingestDocument(em, owner.accountId, {
        documentId: randomUUID(),
        version: 1,
        filename: 'vetor.xml',
        kind: 'NFE',
        issuedOn: null,
        fields: [{ name: 'recipientName', value: 'Confeitaria Girassol Azul' }],
        items: ['BRIGADEIRO GOURMET'],
        text: '',
      }),
    );
    fake.handler = null;
    const hits = await retrieval.search({ tenantId: owner.accountId, userId: owner.userId, purpose: 'test' }, 'brigadeiro gourmet girassol', 3);
    expect(hits[0].title).toBe('NF-e vetor.xml');
    const withEmb = await db.query(`select count(*)::int as n from agents.chunks where tenant_id = $1 and embedding is not null`, [owner.accountId]);
    expect(withEmb.rows[0].n).toBeGreaterThan(0);

    // A question that shares no word with the document: only the vectors can find it. The fake model
    // places "docinhos" next to "brigadeiro", as a real embedding model places near-synonyms.
    const scope = { tenantId: owner.accountId, userId: owner.userId, purpose: 'test' };
    const fullTextOnly = (stack.subgraphs.agents as any).services.retrieval as RetrievalService; // offline: no embeddings
    expect((await fullTextOnly.search(scope, 'docinhos', 5)).map((h) => h.title)).not.toContain('NF-e vetor.xml');
    fake.embeddingHandler = (input) => input.map((t) => fakeEmbedding(t.replace(/docinhos?/gi, 'brigadeiro')));
    try {
      expect((await retrieval.search(scope, 'docinhos', 3)).map((h) => h.title)).toContain('NF-e vetor.xml');
    } finally {
      fake.embeddingHandler = null;
    }
  });
});
