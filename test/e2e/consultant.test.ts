// The executive consultant end to end: through the router as the user, offline (no model key), with
// live agent events on the agentExecution subscription and the artifacts resolved at the end.
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { Queue } from 'bullmq';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { formatBRL, saoPauloDate } from '@prumo/br';
import { countStatements, createQueue, QUEUES, returnedRows, runInTenant, type EventEnvelope } from '@prumo/kit';
import { eventually, gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';

jest.setTimeout(90_000);

let stack: Stack;
let pro: SignedUp;
let other: SignedUp;
let db: PgClient;
const connection = { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
const prefix = process.env.REDIS_PREFIX!;
const executionsQueue = createQueue(QUEUES.agentsExecutions, connection, prefix);
const limitsEvents = new Queue<EventEnvelope>(QUEUES.events('limits'), { connection, prefix });

const today = saoPauloDate(new Date())!;
const thisMonth = `${today.year}-${String(today.month).padStart(2, '0')}`;
const lastMonth = today.month === 1 ? `${today.year - 1}-12` : `${today.year}-${String(today.month - 1).padStart(2, '0')}`;
const MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const lastMonthName = `${MONTHS[Number(lastMonth.slice(5)) - 1]}/${lastMonth.slice(0, 4)}`;
// The year's revenue (São Paulo year): last month's R$ 20.000,00 counts only if it is in this year (not in January).
const YEAR_REVENUE_CENTS = 150_000 + (lastMonth.startsWith(`${today.year}-`) ? 2_000_000 : 0);

const START = `mutation($input: StartExecutionInput!) { startExecution(input: $input) { id status depth offline } }`;
const EXECUTION = `query($id: ID!) { execution(id: $id) {
  id status stage offline tokensUsed failureReason durationMs
  agents { role status tokens method toolCalls unavailableData findings { text source } }
  conflicts { id kind agents description severity }
  meeting { consensus rounds { number statements { agent text } } }
  artifacts { summary actionPlan { action ownerRole deadline priority budget { cents } } risks { description probability impact } kpis { name unit current target currentText source } }
} }`;
const PROBLEM = {
  problemDescription: 'As vendas caíram neste mês e não sei se devo investir em divulgação ou segurar o caixa.',
  businessType: 'loja de roupas',
  depth: 'STANDARD',
};

beforeAll(async () => {
  // Offline mode: no model key (the rules write the analysis from the account's figures).
  stack = await startStack({ env: { OPENAI_API_KEY: '', REDIS_PREFIX: prefix } });
  [pro, other] = await Promise.all([signUp(stack.graphqlUrl, { companyName: 'Loja Pro Ltda' }), signUp(stack.graphqlUrl, { companyName: 'Outra Conta Ltda' })]);
  await upgradeToPro(stack.graphqlUrl, pro.token);
  db = new PgClient({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
  // Revenue of last month and this month, delivered to limits the way the outbox relay does.
  for (const [sourceId, amountCents, occurredOn] of [
    ['nf-a', 1_234_567, `${lastMonth}-10`],
    ['nf-b', 765_433, `${lastMonth}-20`],
    ['nf-c', 150_000, `${thisMonth}-01`],
  ] as const) {
    const id = randomUUID();
    await limitsEvents.add('revenue.recorded', { id, type: 'revenue.recorded', tenantId: pro.accountId, occurredAt: new Date().toISOString(), payload: { source: 'documents', sourceId, amountCents, occurredOn } }, { jobId: id });
  }
  // Both months processed before any test reads the figures.
  await eventually(async () => {
    const total = async (m: string) => (await gql(stack.graphqlUrl, `query($m: String!) { revenue(month: $m) { totalCents } }`, { m }, { token: pro.token })).data?.revenue.totalCents;
    return (await total(lastMonth)) === 2_000_000 && (await total(thisMonth)) === 150_000;
  });
});
afterAll(async () => {
  await executionsQueue.resume().catch(() => undefined);
  await executionsQueue.close();
  await limitsEvents.close();
  await db?.end();
  await stack?.stop();
});

const call = (token: string, query: string, variables: Record<string, unknown> = {}) => gql(stack.graphqlUrl, query, variables, { token });

async function finished(token: string, id: string) {
  return eventually(async () => {
    const r = await call(token, EXECUTION, { id });
    const e = r.data?.execution;
    return e && (e.status === 'DONE' || e.status === 'FAILED') ? e : null;
  }, 30_000);
}

function wsClient(token: string): Client {
  return createClient({ url: stack.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
}
const SUB = `subscription($id: ID!) { agentExecution(executionId: $id) {
  executionId seq state stage percent message agent agentStatus tokens agents { role status tokens }
  execution { id status artifacts { summary kpis { name unit current } actionPlan { action deadline ownerRole } } meeting { consensus } }
} }`;

test('a full execution through the router: live agent events, then the artifacts resolved through the gateway with the account figures', async () => {
  // Held in the queue until the subscriber is listening, so every event is observed.
  await executionsQueue.pause();
  const started = await call(pro.token, START, { input: PROBLEM });
  expect(started.errors).toBeUndefined();
  const id = started.data!.startExecution.id;
  expect(started.data!.startExecution).toMatchObject({ status: 'QUEUED', depth: 'STANDARD', offline: true });

  const client = wsClient(pro.token);
  const events: any[] = [];
  let done = false;
  client.subscribe({ query: SUB, variables: { id } }, { next: (v) => events.push(v.data?.agentExecution ?? { errors: v.errors }), error: (e) => events.push({ error: e }), complete: () => (done = true) });
  await eventually(async () => events.length >= 1);
  expect(events[0]).toMatchObject({ state: 'QUEUED', executionId: id, execution: null });
  await executionsQueue.resume();
  await eventually(async () => done, 30_000);
  await client.dispose();

  const seqs = events.map((e) => e.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  for (const role of ['ANALYST', 'COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS']) {
    expect(events.some((e) => e.agent === role && e.agentStatus === 'RUNNING')).toBe(true);
    expect(events.some((e) => e.agent === role && e.agentStatus === 'DONE')).toBe(true);
  }
  const stages = [...new Set(events.map((e) => e.stage))];
  expect(stages).toEqual(['QUEUED', 'FRAMING', 'ANALYSIS', 'CONFLICTS', 'MEETING', 'ARTIFACTS', 'DONE']);
  // Intermediate events carry no entity; the final one resolves the execution through the gateway.
  expect(events.slice(0, -1).every((e) => e.execution === null)).toBe(true);
  const last = events.at(-1);
  expect(last).toMatchObject({ state: 'DONE', percent: 100, tokens: 0, execution: { id, status: 'DONE' } });
  expect(last.agents).toHaveLength(5);
  expect(last.agents.every((a: any) => a.status === 'DONE')).toBe(true);
  const kpi = last.execution.artifacts.kpis.find((k: any) => k.name === `Faturamento de ${lastMonthName}`);
  expect(kpi).toEqual({ name: `Faturamento de ${lastMonthName}`, unit: 'CENTS', current: 2_000_000 });
  expect(last.execution.artifacts.summary).toContain('R$ 20.000,00');

  const e = await finished(pro.token, id);
  expect(e.status).toBe('DONE');
  expect(e.durationMs).toBeGreaterThanOrEqual(0);
  // Each data tool either gave figures or said, in Portuguese, why the data is unavailable.
  const fiscal = e.agents.find((a: any) => a.role === 'FISCAL');
  expect(fiscal.toolCalls).toEqual(['limit', 'das', 'revenue']);
  expect(fiscal.findings.some((f: any) => f.source === 'limit' && f.text.includes(`: ${formatBRL(YEAR_REVENUE_CENTS)} de `))).toBe(true);
  for (const a of e.agents.filter((x: any) => x.role !== 'ANALYST')) expect(a.findings.length + a.unavailableData.length).toBeGreaterThan(0);
  const limitKpi = e.artifacts.kpis.find((k: any) => k.source === 'limit');
  expect(limitKpi.current).toBeCloseTo((YEAR_REVENUE_CENTS / 8_100_000) * 100, 1);
  expect(e.meeting.rounds.length).toBeGreaterThanOrEqual(1);
  for (const item of e.artifacts.actionPlan) expect(item.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The running slot went back to the plan.
  const usage = await call(pro.token, `query { usage { metric used } }`);
  expect(usage.data!.usage.find((u: any) => u.metric === 'concurrent_agent_executions').used).toBe(0);
});

test('the financial agent works from the cash flow and balances finance has for the account (seeded through the router)', async () => {
  const acct = await signUp(stack.graphqlUrl, { companyName: 'Loja com Caixa Ltda' });
  await upgradeToPro(stack.graphqlUrl, acct.token);
  const mutate = async (query: string, i: Record<string, unknown>) => {
    const r = await call(acct.token, query, { i });
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return Object.values(r.data)[0] as any;
  };
  const bank = await mutate(`mutation($i: CreateBankAccountInput!) { createBankAccount(input: $i) { id } }`, { name: 'Conta PJ', bankCode: '341', agency: '1234', number: '12345-6', kind: 'CHECKING', openingBalanceCents: 1_000_000 });
  const day = `${thisMonth}-${String(today.day).padStart(2, '0')}`;
  for (const i of [
    { kind: 'INCOME', amountCents: 800_000, category: 'Vendas', date: `${lastMonth}-05`, description: 'Vendas da loja' },
    { kind: 'EXPENSE', amountCents: 300_000, category: 'Aluguel', date: day, description: 'Aluguel' },
    { kind: 'EXPENSE', amountCents: 150_000, category: 'Fornecedores', date: `${lastMonth}-12`, description: 'Compra de tecidos' },
  ]) {
    await mutate(`mutation($i: CreateTransactionInput!) { createTransaction(input: $i) { id } }`, { ...i, bankAccountId: bank.id });
  }
  const started = await call(acct.token, START, { input: PROBLEM });
  expect(started.errors).toBeUndefined();
  const e = await finished(acct.token, started.data!.startExecution.id);
  expect(e.status).toBe('DONE');

  // What finance says for the analysis period (two months back to today, São Paulo).
  const [y, m] = thisMonth.split('-').map(Number);
  const from = `${m > 2 ? y : y - 1}-${String(((m + 9) % 12) + 1).padStart(2, '0')}-01`;
  const f = await call(acct.token, `query($from: String!, $to: String!) { cashFlow(from: $from, to: $to) { totalIncome { cents formatted } totalExpense { cents formatted } net { cents formatted } } bankAccounts { balance { cents } } }`, { from, to: day });
  expect(f.errors).toBeUndefined();
  const cash = f.data!.cashFlow;
  expect([cash.totalIncome.cents, cash.totalExpense.cents, cash.net.cents]).toEqual([800_000, 450_000, 350_000]);

  const financial = e.agents.find((a: any) => a.role === 'FINANCIAL');
  expect(financial.toolCalls).toEqual(['cashFlow', 'bank']);
  expect(financial.unavailableData).toEqual([]);
  const flow = financial.findings.find((x: any) => x.source === 'cashFlow' && x.text.includes('entradas'));
  expect(flow.text).toContain(`entradas ${cash.totalIncome.formatted}, saídas ${cash.totalExpense.formatted}, resultado ${cash.net.formatted} (margem 43,8%)`);
  expect(flow.text).toContain('entradas R$ 8.000,00, saídas R$ 4.500,00, resultado R$ 3.500,00');
  expect(financial.findings).toContainEqual({ source: 'cashFlow', text: expect.stringContaining('Aluguel R$ 3.000,00') });
  expect(financial.findings).toContainEqual({ source: 'bank', text: 'Saldo atual em 1 conta: R$ 13.500,00.' });
  expect(f.data!.bankAccounts[0].balance.cents).toBe(1_350_000);
  // The KPIs carry the same figures.
  expect(e.artifacts.kpis).toContainEqual(expect.objectContaining({ name: 'Margem líquida do período', unit: 'PERCENT', current: 43.8, source: 'cashFlow' }));
  expect(e.artifacts.kpis).toContainEqual(expect.objectContaining({ name: 'Despesa com Aluguel no período', unit: 'CENTS', current: 300_000, source: 'cashFlow' }));
  expect(e.artifacts.kpis).toContainEqual(expect.objectContaining({ name: 'Saldo em contas', unit: 'CENTS', current: 1_350_000, source: 'bank' }));
});

test('offline determinism: the same problem on the same data gives the same artifacts, conflicts and meeting', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const r = await call(pro.token, START, { input: { ...PROBLEM, depth: 'DEEP' } });
    ids.push(r.data!.startExecution.id);
    await finished(pro.token, r.data!.startExecution.id);
  }
  const [a, b] = await Promise.all(ids.map((id) => finished(pro.token, id)));
  expect(a.status).toBe('DONE');
  expect(b.artifacts).toEqual(a.artifacts);
  expect(b.conflicts).toEqual(a.conflicts);
  expect(b.meeting).toEqual(a.meeting);
});

test('Free: a second execution while one runs is refused (PAYMENT_REQUIRED, concurrency 1); the slot comes back when it ends', async () => {
  const free = await signUp(stack.graphqlUrl, { companyName: 'Conta Free Ltda' });
  await executionsQueue.pause();
  try {
    const first = await call(free.token, START, { input: PROBLEM });
    expect(first.errors).toBeUndefined();
    const second = await call(free.token, START, { input: PROBLEM });
    expect(second.data).toBeNull();
    expect(second.errors![0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', plan: 'free', metric: 'concurrent_agent_executions', limit: 1, used: 1 });
    expect(second.errors![0].message).toMatch(/limite|plano/i);
    // Nothing was written for the refused one, nor counted for the month.
    const list = await call(free.token, `query { executions { nodes { id } } }`);
    expect(list.data!.executions.nodes).toHaveLength(1);
    await executionsQueue.resume();
    await finished(free.token, first.data!.startExecution.id);
    const third = await call(free.token, START, { input: PROBLEM });
    expect(third.errors).toBeUndefined();
    await finished(free.token, third.data!.startExecution.id);
    const usage = await call(free.token, `query { usage { metric used limit } }`);
    expect(usage.data!.usage.find((u: any) => u.metric === 'agent_executions')).toMatchObject({ used: 2, limit: 10 });
    // A slot whose release was lost (billing unreachable when a run ended) does not block the account:
    // the refusal re-counts the runs that really hold one.
    const leaked = await db.query(`update billing.usage_counters set used = 1 where tenant_id = $1 and metric = 'concurrent_agent_executions'`, [free.accountId]);
    expect(leaked.rowCount).toBe(1);
    const fourth = await call(free.token, START, { input: PROBLEM });
    expect(fourth.errors).toBeUndefined();
    await finished(free.token, fourth.data!.startExecution.id);
  } finally {
    await executionsQueue.resume();
  }
});

test('Free: starts sent at the same time -> exactly one runs, the others PAYMENT_REQUIRED (the slot re-count never admits a second)', async () => {
  const free = await signUp(stack.graphqlUrl, { companyName: 'Conta Free Simultanea Ltda' });
  await executionsQueue.pause();
  try {
    const results = await Promise.all(Array.from({ length: 4 }, () => call(free.token, START, { input: PROBLEM })));
    const admitted = results.filter((r) => r.data?.startExecution);
    expect(admitted).toHaveLength(1);
    for (const r of results.filter((x) => !x.data?.startExecution)) expect(r.errors![0].extensions!.code).toBe('PAYMENT_REQUIRED');
    const list = await call(free.token, `query { executions { nodes { id } } }`);
    expect(list.data!.executions.nodes).toHaveLength(1);
    const usage = await call(free.token, `query { usage { metric used } }`);
    expect(usage.data!.usage.find((u: any) => u.metric === 'concurrent_agent_executions').used).toBe(1);
    await executionsQueue.resume();
    await finished(free.token, admitted[0]!.data!.startExecution.id);
  } finally {
    await executionsQueue.resume();
  }
});

test('Free: over the monthly quota (10) -> PAYMENT_REQUIRED with plan, metric and limit; nothing written, no slot held', async () => {
  const free = await signUp(stack.graphqlUrl, { companyName: 'Conta Free Cheia Ltda' });
  // Ten analyses already this month (São Paulo month).
  await eventually(async () => (await db.query(`select 1 from billing.subscriptions where tenant_id = $1`, [free.accountId])).rowCount === 1);
  await db.query(
    `insert into billing.usage_counters (tenant_id, metric, period_start, used) values ($1, 'agent_executions', $2, 10)
     on conflict (tenant_id, metric, period_start) do update set used = 10`,
    [free.accountId, `${thisMonth}-01`],
  );
  const r = await call(free.token, START, { input: PROBLEM });
  expect(r.data).toBeNull();
  expect(r.errors![0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', plan: 'free', metric: 'agent_executions', limit: 10, used: 10 });
  expect(r.errors![0].extensions!.upgradeUrl).toBeTruthy();
  const list = await call(free.token, `query { executions { nodes { id } } }`);
  expect(list.data!.executions.nodes).toEqual([]);
  const usage = await call(free.token, `query { usage { metric used } }`);
  expect(usage.data!.usage.find((u: any) => u.metric === 'concurrent_agent_executions').used).toBe(0);
});

test('bad input is refused field by field, in Portuguese, with nothing reserved', async () => {
  const r = await call(pro.token, START, { input: { problemDescription: 'curto', businessType: '', depth: 'QUICK' } });
  expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  expect(r.errors![0].extensions!.fields).toEqual({ problemDescription: 'Descreva o problema com pelo menos 20 caracteres.', businessType: 'Informe o tipo de negócio.' });
  const long = await call(pro.token, START, { input: { ...PROBLEM, problemDescription: 'x'.repeat(4001) } });
  expect(long.errors![0].extensions!.fields).toEqual({ problemDescription: 'A descrição pode ter no máximo 4.000 caracteres.' });
});

test('isolation: another account can neither read, export, delete nor watch an execution', async () => {
  const list = await call(pro.token, `query { executions(first: 1) { nodes { id } } }`);
  const id = list.data!.executions.nodes[0].id;
  expect((await call(other.token, EXECUTION, { id })).data!.execution).toBeNull();
  expect((await call(other.token, `query { executions { nodes { id } } }`)).data!.executions.nodes).toEqual([]);
  const del = await call(other.token, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id });
  expect(del.errors![0].extensions!.code).toBe('NOT_FOUND');
  const exp = await call(other.token, `mutation($id: ID!) { exportExecution(id: $id, format: PDF) { url } }`, { id });
  expect(exp.errors![0].extensions!.code).toBe('NOT_FOUND');
  // At the database (the app role, RLS): another tenant's transaction neither sees nor changes the rows.
  const ds = (stack.subgraphs.agents as any).services.ds;
  const seen = await runInTenant(ds, other.accountId, async (em) => ({
    executions: (await em.query(`select count(*)::int as n from agents.executions where id = $1`, [id]))[0].n,
    agents: (await em.query(`select count(*)::int as n from agents.execution_agents where execution_id = $1`, [id]))[0].n,
    updated: returnedRows(await em.query(`update agents.executions set problem_description = 'x' where id = $1 returning id`, [id])).length,
  }));
  expect(seen).toEqual({ executions: 0, agents: 0, updated: 0 });
  const own = await runInTenant(ds, pro.accountId, async (em) => (await em.query(`select count(*)::int as n from agents.execution_agents where execution_id = $1`, [id]))[0].n);
  expect(own).toBe(5);
  expect((await call(pro.token, EXECUTION, { id })).data!.execution.id).toBe(id);
  // A subscriber of the other account sees only its own (empty) channel for that id.
  const client = wsClient(other.token);
  const events: any[] = [];
  client.subscribe({ query: `subscription($id: ID!) { agentExecution(executionId: $id) { seq state execution { id } } }`, variables: { id } }, { next: (v) => events.push(v.data?.agentExecution), error: () => undefined, complete: () => undefined });
  await eventually(async () => events.length >= 1);
  expect(events[0]).toEqual({ seq: 0, state: 'QUEUED', execution: null });
  await client.dispose();
});

test('export: Markdown and PDF through expiring links served via the router; a forged link is refused', async () => {
  const list = await call(pro.token, `query { executions(first: 1) { nodes { id status } } }`);
  const id = list.data!.executions.nodes[0].id;
  const md = await call(pro.token, `mutation($id: ID!) { exportExecution(id: $id, format: MARKDOWN) { url format filename expiresAt } }`, { id });
  expect(md.errors).toBeUndefined();
  const mdUrl = md.data!.exportExecution.url as string;
  expect(mdUrl.startsWith(`${stack.router.url}/files/agents/`)).toBe(true);
  const mdRes = await fetch(mdUrl);
  expect(mdRes.status).toBe(200);
  expect(mdRes.headers.get('content-type')).toContain('text/markdown');
  const text = await mdRes.text();
  expect(text).toContain('# Análise do consultor executivo');
  expect(text).toContain('## Plano de ação');
  expect(text).toContain(`Faturamento de ${lastMonthName} | R$ 20.000,00`);

  const pdf = await call(pro.token, `mutation($id: ID!) { exportExecution(id: $id, format: PDF) { url filename } }`, { id });
  const pdfRes = await fetch(pdf.data!.exportExecution.url);
  expect(pdfRes.status).toBe(200);
  expect(pdfRes.headers.get('content-type')).toBe('application/pdf');
  const bytes = Buffer.from(await pdfRes.arrayBuffer());
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(1500);

  const forged = new URL(mdUrl);
  forged.searchParams.set('sig', 'x'.repeat(43));
  expect((await fetch(forged)).status).toBe(403);
  const otherKey = mdUrl.replace(pro.accountId, other.accountId);
  expect((await fetch(otherKey)).status).toBe(403);
});

test('executions list: one query for the page and one for all agents, whatever the page size', async () => {
  // Through the router: the page of executions with each one's agents (Execution.agents batched).
  const Q = `query($n: Int) { executions(first: $n) { nodes { id agents { role status } } pageInfo { hasNextPage endCursor } } }`;
  const one = await countStatements(() => call(pro.token, Q, { n: 1 }));
  const many = await countStatements(() => call(pro.token, Q, { n: 3 }));
  expect(one.result.data!.executions.nodes).toHaveLength(1);
  const r = many.result;
  expect(r.data!.executions.nodes).toHaveLength(3);
  expect(r.data!.executions.nodes.every((n: any) => n.agents.length === 5)).toBe(true);
  expect(one.statements).toBeGreaterThan(0);
  expect(many.statements).toBe(one.statements);
  expect(many.statements).toBeLessThanOrEqual(8); // 2 x (begin, set_config, select, commit)
  const next = await call(pro.token, `query($after: String) { executions(first: 3, after: $after) { nodes { id } } }`, { after: r.data!.executions.pageInfo.endCursor });
  expect(next.data!.executions.nodes.map((n: any) => n.id)).not.toContain(r.data!.executions.nodes[0].id);
});

test('deleteExecution removes it; deleting again is NOT_FOUND', async () => {
  const r = await call(pro.token, START, { input: { ...PROBLEM, depth: 'QUICK' } });
  const id = r.data!.startExecution.id;
  await finished(pro.token, id);
  const del = await call(pro.token, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id });
  expect(del.data!.deleteExecution).toBe(true);
  expect((await call(pro.token, EXECUTION, { id })).data!.execution).toBeNull();
  const again = await call(pro.token, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id });
  expect(again.errors![0].extensions!.code).toBe('NOT_FOUND');
});

test('members see every analysis of the account; only its creator or an owner/admin deletes it', async () => {
  const inv = await call(pro.token, `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { token } }`, { e: `membro-${randomUUID()}@example.com` });
  const acc = await gql(stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
    i: { token: inv.data!.inviteMember.token, name: 'Pessoa Membro', password: 'outra-senha-77' },
  });
  const member = acc.data!.acceptInvitation.accessToken as string;
  const ownersId = (await call(pro.token, START, { input: { ...PROBLEM, depth: 'QUICK' } })).data!.startExecution.id;
  await finished(pro.token, ownersId);
  expect((await call(member, EXECUTION, { id: ownersId })).data!.execution.status).toBe('DONE');
  const refused = await call(member, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id: ownersId });
  expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  expect((await call(pro.token, EXECUTION, { id: ownersId })).data!.execution.id).toBe(ownersId);

  const mine = await call(member, START, { input: { ...PROBLEM, depth: 'QUICK' } });
  const id = mine.data!.startExecution.id;
  await finished(member, id);
  expect((await call(pro.token, EXECUTION, { id })).data!.execution.status).toBe('DONE');
  expect((await call(member, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id })).data!.deleteExecution).toBe(true);
});

test('Pro: five analyses at a time, the sixth refused (concurrency 5); an unfinished analysis cannot be exported yet', async () => {
  const account = await signUp(stack.graphqlUrl, { companyName: 'Conta Pro Paralela Ltda' });
  await upgradeToPro(stack.graphqlUrl, account.token);
  await executionsQueue.pause();
  const ids: string[] = [];
  try {
    for (let i = 0; i < 5; i++) {
      const r = await call(account.token, START, { input: PROBLEM });
      expect(r.errors).toBeUndefined();
      ids.push(r.data!.startExecution.id);
    }
    const sixth = await call(account.token, START, { input: PROBLEM });
    expect(sixth.errors![0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', plan: 'pro', metric: 'concurrent_agent_executions', limit: 5, used: 5 });
    const early = await call(account.token, `mutation($id: ID!) { exportExecution(id: $id, format: MARKDOWN) { url } }`, { id: ids[0] });
    expect(early.errors![0].extensions!.code).toBe('CONFLICT');
    // Deleting a queued analysis gives its slot back at once.
    await call(account.token, `mutation($id: ID!) { deleteExecution(id: $id) }`, { id: ids.pop() });
    const again = await call(account.token, START, { input: PROBLEM });
    expect(again.errors).toBeUndefined();
    ids.push(again.data!.startExecution.id);
  } finally {
    await executionsQueue.resume();
  }
  for (const id of ids) expect((await finished(account.token, id)).status).toBe('DONE');
  // Each run gives its slot back right after it is saved as DONE.
  await eventually(async () => {
    const usage = await call(account.token, `query { usage { metric used } }`);
    return usage.data!.usage.find((u: any) => u.metric === 'concurrent_agent_executions').used === 0;
  });
});
