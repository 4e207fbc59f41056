// The consultant with a model: the real LangChain/OpenAI clients against the local fake OpenAI
// server. Every agent calls the model with its tool data; an invalid answer falls back to the rules;
// tokens are counted per agent and reach billing's llm_tokens meter.
import { eventually, gql } from '@prumo/kit/testing';
import { startFakeOpenAi, type ChatRequestBody, type FakeOpenAi } from '../fakes/fake-openai';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';

jest.setTimeout(90_000);

let stack: Stack;
let fake: FakeOpenAi;
let user: SignedUp;

const USAGE = { prompt_tokens: 100, completion_tokens: 50 };
const system = (req: ChatRequestBody) => String(req.messages.find((m) => m.role === 'system')?.content ?? '');
const human = (req: ChatRequestBody) => String(req.messages.find((m) => m.role === 'user')?.content ?? '');

beforeAll(async () => {
  fake = await startFakeOpenAi();
  stack = await startStack({ env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseUrl, LLM_RETRY_BASE_MS: '5' } });
  user = await signUp(stack.graphqlUrl, { companyName: 'Loja Online Ltda' });
  await upgradeToPro(stack.graphqlUrl, user.token);
});
afterAll(async () => {
  await stack?.stop();
  await fake?.stop();
});

test('each agent calls the model with its data; invalid JSON falls back to the rules; tokens reach billing', async () => {
  fake.handler = (req) => {
    const s = system(req);
    if (s.includes('agente Analista')) return { content: JSON.stringify({ question: 'Investir em divulgação agora?', summary: 'Enquadramento do modelo.' }), usage: USAGE };
    if (s.includes('agente Operações')) return { content: 'desculpe, não sei responder em JSON', usage: USAGE };
    if (s.includes('relator executivo')) return { content: '```json\n{"summary": "Resumo executivo escrito pelo modelo, com os números da conta e as prioridades."}\n```', usage: USAGE };
    const agent = /agente (\S+)/.exec(s)![1];
    return {
      content: JSON.stringify({
        summary: `Parecer ${agent} do modelo.`,
        findings: [{ text: `Achado ${agent}.`, source: 'model' }],
        recommendations: [{ action: `Ação ${agent}`, rationale: 'Porque os dados mostram.', lever: 'REVENUE', direction: 'INCREASE', budgetCents: 0, priority: 'MEDIUM', dueInDays: 10 }],
      }),
      usage: USAGE,
    };
  };
  const started = await gql(
    stack.graphqlUrl,
    `mutation($input: StartExecutionInput!) { startExecution(input: $input) { id offline } }`,
    { input: { problemDescription: 'Minhas vendas caíram e preciso decidir se invisto em divulgação.', businessType: 'loja', depth: 'QUICK' } },
    { token: user.token },
  );
  expect(started.errors).toBeUndefined();
  expect(started.data!.startExecution.offline).toBe(false);
  const id = started.data!.startExecution.id;
  const e = await eventually(async () => {
    const r = await gql(
      stack.graphqlUrl,
      `query($id: ID!) { execution(id: $id) { status tokensUsed failureReason agents { role status tokens method summary } artifacts { summary actionPlan { action } } } }`,
      { id },
      { token: user.token },
    );
    const x = r.data?.execution;
    return x && (x.status === 'DONE' || x.status === 'FAILED') ? x : null;
  }, 30_000);
  expect(e.failureReason).toBeNull();
  expect(e.status).toBe('DONE');

  // Analyst, four specialists and the summary writer: six model calls.
  const chats = fake.chatRequests();
  expect(chats).toHaveLength(6);
  const fiscalPrompt = human(chats.find((c) => system(c).includes('agente Fiscal'))!);
  expect(fiscalPrompt).toContain('limite do MEI');
  expect(fiscalPrompt).toContain('"limitCents":8100000');

  const byRole = Object.fromEntries(e.agents.map((a: any) => [a.role, a]));
  expect(byRole.ANALYST).toMatchObject({ method: 'MODEL', tokens: 150 });
  expect(byRole.COMMERCIAL).toMatchObject({ method: 'MODEL', tokens: 150, summary: 'Parecer Comercial do modelo.' });
  expect(byRole.FISCAL).toMatchObject({ method: 'MODEL', tokens: 150 });
  // Invalid JSON: the rules wrote Operations' report (the tokens were still spent).
  expect(byRole.OPERATIONS.method).toBe('RULES');
  expect(byRole.OPERATIONS.tokens).toBe(150);
  expect(byRole.OPERATIONS.summary).not.toContain('modelo');
  expect(e.tokensUsed).toBe(900);
  expect(e.artifacts.summary).toBe('Resumo executivo escrito pelo modelo, com os números da conta e as prioridades.');
  expect(e.artifacts.actionPlan.some((a: any) => a.action.startsWith('Ação Comercial'))).toBe(true);

  const usage = await gql(stack.graphqlUrl, `query { usage { metric used } }`, {}, { token: user.token });
  expect(usage.data!.usage.find((u: any) => u.metric === 'llm_tokens').used).toBe(900);
});

test('the model down (HTTP 500 after retries): the analysis still ends, by the rules, and nothing is charged', async () => {
  fake.reset();
  fake.handler = () => ({ error: { status: 500, message: 'upstream down' } });
  const before = await gql(stack.graphqlUrl, `query { usage { metric used } }`, {}, { token: user.token });
  const usedBefore = before.data!.usage.find((u: any) => u.metric === 'llm_tokens').used;
  const started = await gql(
    stack.graphqlUrl,
    `mutation($input: StartExecutionInput!) { startExecution(input: $input) { id } }`,
    { input: { problemDescription: 'Preciso decidir se contrato mais uma pessoa para a loja.', businessType: 'loja', depth: 'QUICK' } },
    { token: user.token },
  );
  const id = started.data!.startExecution.id;
  const e = await eventually(async () => {
    const r = await gql(stack.graphqlUrl, `query($id: ID!) { execution(id: $id) { status tokensUsed agents { role method unavailableData } artifacts { summary } } }`, { id }, { token: user.token });
    const x = r.data?.execution;
    return x && (x.status === 'DONE' || x.status === 'FAILED') ? x : null;
  }, 60_000);
  expect(e.status).toBe('DONE');
  expect(e.tokensUsed).toBe(0);
  expect(e.agents.every((a: any) => a.method === 'RULES')).toBe(true);
  expect(e.agents.find((a: any) => a.role === 'FISCAL').unavailableData).toContain('O modelo de IA não respondeu: análise feita pelas regras.');
  expect(e.artifacts.summary.length).toBeGreaterThan(40);
  expect(fake.chatRequests().length).toBeGreaterThanOrEqual(6);
  const after = await gql(stack.graphqlUrl, `query { usage { metric used } }`, {}, { token: user.token });
  expect(after.data!.usage.find((u: any) => u.metric === 'llm_tokens').used).toBe(usedBefore);
});
