// The fiscal assistant's answer streamed live with a model: the real LangChain/OpenAI clients against
// the local fake OpenAI server, which writes the answer in pieces at a visible pace. The router's
// assistantAnswer subscription delivers the growing text while the mutation is still running.
import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { eventually, gql } from '@prumo/kit/testing';
import { startFakeOpenAi, type ChatRequestBody, type FakeOpenAi } from '../fakes/fake-openai';
import { startStack, type Stack } from '../stack';
import { signUp, type SignedUp } from './helpers';
import { checkStreamed, subscribeAnswer, type Watch } from './assistant-stream-helpers';

jest.setTimeout(90_000);

let stack: Stack;
let fake: FakeOpenAi;
let user: SignedUp;
const clients: Client[] = [];

const ASK = `mutation($i: AskAssistantInput!) { askAssistant(input: $i) { answer conversationId messageId offline citations { kind number title } } }`;
const ANSWER =
  'Quando o faturamento passa do limite em até 20%, o MEI continua enquadrado até o fim do ano e paga o excedente ' +
  'como microempresa [S1]. Acima disso, o desenquadramento é retroativo a janeiro [S1].';
const hasTool = (req: ChatRequestBody) => req.messages.some((m) => m.role === 'tool');

function watch(streamId: string): Watch {
  const c = createClient({ url: stack.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${user.token}` }, retryAttempts: 0, lazy: false });
  clients.push(c);
  return subscribeAnswer(c, streamId);
}

/** Subscribes, waits for the subscription to be live, asks; returns the events and when the answer came. */
async function askStreamed(input: Record<string, unknown>) {
  const streamId = randomUUID();
  const w = watch(streamId);
  await eventually(async () => w.events.length >= 1);
  expect(w.events[0]).toMatchObject({ state: 'QUEUED', seq: 0 });
  const r = await gql(stack.graphqlUrl, ASK, { i: { ...input, streamId } }, { token: user.token });
  const answeredAt = Date.now();
  await eventually(async () => w.isComplete(), 10_000);
  return { w, r, answeredAt, streamId };
}

beforeAll(async () => {
  fake = await startFakeOpenAi();
  stack = await startStack({ env: { OPENAI_API_KEY: 'test', OPENAI_BASE_URL: fake.baseUrl, LLM_RETRY_BASE_MS: '5' } });
  user = await signUp(stack.graphqlUrl, { companyName: 'Doceria Online MEI' });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await stack?.stop();
  await fake?.stop();
});
beforeEach(() => fake.reset());

test("a general question: the model's pieces arrive as RUNNING events with the growing text before the mutation answers, then DONE equals the answer", async () => {
  // 12-character pieces, 25 ms apart: the model takes a visible while to write the answer.
  fake.handler = () => ({ content: ANSWER, streamDelayMs: 25 });
  const { w, r, answeredAt, streamId } = await askStreamed({ question: 'O que acontece se eu passar do limite do MEI?' });
  expect(r.errors).toBeUndefined();
  const a = r.data!.askAssistant;
  expect(a).toMatchObject({ answer: ANSWER, offline: false });
  expect(fake.chatRequests()).toHaveLength(1);
  expect(fake.chatRequests()[0].stream).toBe(true);
  const { running, done } = checkStreamed(w, a.answer);
  expect(done).toMatchObject({ streamId, state: 'DONE', conversationId: a.conversationId, messageId: a.messageId, offline: false });
  // Seen while being written: partial texts reached the subscriber before the mutation's result.
  const early = running.filter((e) => w.arrivals[w.events.indexOf(e)] < answeredAt && e.text.length < ANSWER.length);
  expect(early.length).toBeGreaterThanOrEqual(1);
  // Throttled, not one event per piece (the text so far coalesces, the latest wins).
  expect(running.length).toBeLessThan(ANSWER.length / 12);
});

test('chat mode streams the same way', async () => {
  fake.handler = () => ({ content: 'Olá! Posso ajudar com dúvidas sobre o MEI, o DAS e a emissão de notas fiscais.', streamDelayMs: 15 });
  const { w, r } = await askStreamed({ question: 'Olá, tudo bem?', mode: 'CHAT' });
  expect(r.errors).toBeUndefined();
  checkStreamed(w, r.data!.askAssistant.answer);
});

test('the model asks for a tool first: TOOLS, then the answer it writes from the exact figure', async () => {
  fake.reply({ toolCalls: [{ name: 'limite_mei', arguments: {} }] });
  fake.handler = (req) => {
    const tool = req.messages.find((m) => m.role === 'tool');
    return { content: `Pelos seus dados: ${String(tool?.content ?? '')}`, streamDelayMs: 10 };
  };
  const { w, r } = await askStreamed({ question: 'Quanto ainda posso faturar como MEI?' });
  expect(r.errors).toBeUndefined();
  const a = r.data!.askAssistant;
  expect(a.answer).toMatch(/^Pelos seus dados: Limite do MEI em \d{4}: R\$\s*81\.000,00/);
  expect(a.citations.map((c: any) => c.kind)).toEqual(['DATA']);
  expect(hasTool(fake.chatRequests()[1])).toBe(true);
  checkStreamed(w, a.answer);
  const stages = w.events.map((e) => e.stage);
  expect(stages.indexOf('TOOLS')).toBeGreaterThan(0);
  expect(stages.indexOf('TOOLS')).toBeLessThan(stages.indexOf('ANSWER'));
});

test('the model down (500 after retries): the mutation fails typed and the stream ends FAILED with the same message', async () => {
  fake.failNext(10, 500);
  const { w, r } = await askStreamed({ question: 'O que é o DAS do MEI?' });
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL', reason: 'LLM_UNAVAILABLE' });
  const last = w.events.at(-1);
  expect(last).toMatchObject({ state: 'FAILED', stage: 'FAILED', code: 'INTERNAL', message: r.errors![0].message });
  expect(last.message).toContain('Nada foi cobrado');
});
