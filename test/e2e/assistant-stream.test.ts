// The fiscal assistant's answer streamed live (offline model, no key): askAssistant with a streamId
// publishes the text so far on a channel private to the asking user; the router's assistantAnswer
// subscription (graphql-ws) delivers it. Isolation between members of one account and between
// accounts, bad input, and a FAILED event when the plan's AI tokens are used up.
import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createRedis, loadConfig, QuotaClient } from '@prumo/kit';
import { eventually, gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';
import { checkStreamed, subscribeAnswer, type Watch } from './assistant-stream-helpers';

jest.setTimeout(90_000);

let stack: Stack;
let owner: SignedUp;
let member: { token: string; userId: string };
let stranger: SignedUp;
let db: PgClient;
const redis = createRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
const clients: Client[] = [];

const ASK = `mutation($i: AskAssistantInput!) { askAssistant(input: $i) { answer conversationId messageId offline citations { kind number title } } }`;
const ask = (token: string, input: Record<string, unknown>) => gql(stack.graphqlUrl, ASK, { i: input }, { token });

function wsClient(token: string): Client {
  const c = createClient({ url: stack.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
  clients.push(c);
  return c;
}
const watch = (token: string, streamId: string): Watch => subscribeAnswer(wsClient(token), streamId);
/** The live keys (channels' snapshots and seqs) of an account's assistant streams. */
const assistantKeys = (tenantId: string) => redis.keys(`live:${tenantId}:assistant:*`);

beforeAll(async () => {
  stack = await startStack({ env: { OPENAI_API_KEY: '' } });
  [owner, stranger] = await Promise.all([signUp(stack.graphqlUrl, { companyName: 'Doceria Stream MEI' }), signUp(stack.graphqlUrl, { companyName: 'Outra Conta MEI' })]);
  // Pro: a second seat for a member of the same account.
  await upgradeToPro(stack.graphqlUrl, owner.token);
  const inv = await gql(stack.graphqlUrl, `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { token } }`, { e: `membro-${randomUUID()}@example.com` }, { token: owner.token });
  const acc = await gql(stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken user { id } } }`, {
    i: { token: inv.data!.inviteMember.token, name: 'Pessoa Membro', password: 'outra-senha-77' },
  });
  member = { token: acc.data!.acceptInvitation.accessToken, userId: acc.data!.acceptInvitation.user.id };
  db = new PgClient({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  redis.disconnect();
  await db?.end();
  await stack?.stop();
});

test('a knowledge question streams in groups of words: RUNNING texts grow by prefix, then DONE equals the answer (deterministic)', async () => {
  const question = 'O que acontece se eu passar do limite em até 20%?';
  const runs: Array<{ answer: string; texts: string[] }> = [];
  for (let i = 0; i < 2; i++) {
    const streamId = randomUUID();
    const w = watch(owner.token, streamId);
    // The subscription is live before the question: its first event is the QUEUED placeholder.
    await eventually(async () => w.events.length >= 1);
    expect(w.events[0]).toMatchObject({ streamId, seq: 0, state: 'QUEUED', text: null });
    const r = await ask(owner.token, { question, streamId });
    expect(r.errors).toBeUndefined();
    const a = r.data!.askAssistant;
    expect(a.offline).toBe(true);
    expect(a.answer.startsWith('Encontrei isto nas suas fontes:')).toBe(true);
    await eventually(async () => w.isComplete(), 10_000);
    const { running, done } = checkStreamed(w, a.answer);
    expect(done).toMatchObject({ streamId, state: 'DONE', stage: 'DONE', conversationId: a.conversationId, messageId: a.messageId, offline: true, code: null });
    // The offline model writes in groups of three words: the first text is the first group, the last
    // the whole answer; in between, what the throttle let through (the latest text wins).
    expect(running[0].text).toBe('Encontrei isto nas');
    expect(running.at(-1)!.text).toBe(a.answer);
    expect(w.events.filter((e) => e.state === 'RUNNING').map((e) => e.stage)[0]).toBe('THINKING');
    runs.push({ answer: a.answer, texts: [running[0].text, running.at(-1)!.text, done.text] });
  }
  expect(runs[1]).toEqual(runs[0]);
});

test('a late subscriber of the same user gets the snapshot: the whole answer', async () => {
  const streamId = randomUUID();
  const r = await ask(owner.token, { question: 'Quando vence o DAS do MEI?', streamId });
  expect(r.errors).toBeUndefined();
  const w = watch(owner.token, streamId);
  await eventually(async () => w.isComplete(), 10_000);
  expect(w.events).toHaveLength(1);
  expect(w.events[0]).toMatchObject({ streamId, state: 'DONE', text: r.data!.askAssistant.answer, conversationId: r.data!.askAssistant.conversationId });
});

test('an exact figure (tool call, then the phrased result) streams too and ends with the exact answer', async () => {
  const streamId = randomUUID();
  const w = watch(owner.token, streamId);
  await eventually(async () => w.events.length >= 1);
  const r = await ask(owner.token, { question: 'Quanto ainda resta do meu limite do MEI?', streamId });
  expect(r.errors).toBeUndefined();
  const a = r.data!.askAssistant;
  expect(a.answer).toMatch(/Ainda pode faturar R\$\s*81\.000,00/);
  expect(a.citations.map((c: any) => c.kind)).toEqual(['DATA']);
  await eventually(async () => w.isComplete(), 10_000);
  const { done } = checkStreamed(w, a.answer);
  expect(done.conversationId).toBe(a.conversationId);
  expect(w.events.map((e) => e.stage)).toContain('TOOLS');
});

test('private per user: another member of the account, and another account, receive nothing with the same streamId', async () => {
  const streamId = randomUUID();
  const mine = watch(owner.token, streamId);
  const colleague = watch(member.token, streamId);
  const outsider = watch(stranger.token, streamId);
  await eventually(async () => mine.events.length >= 1 && colleague.events.length >= 1 && outsider.events.length >= 1);
  const r = await ask(owner.token, { question: 'O que acontece se eu passar do limite do MEI?', streamId });
  expect(r.errors).toBeUndefined();
  await eventually(async () => mine.isComplete(), 10_000);
  checkStreamed(mine, r.data!.askAssistant.answer);
  // Anything published for the owner has reached the router by now; give the other sockets a moment.
  await new Promise((res) => setTimeout(res, 300));
  for (const w of [colleague, outsider]) {
    expect(w.events).toEqual([expect.objectContaining({ streamId, seq: 0, state: 'QUEUED', text: null })]);
    expect(w.isComplete()).toBe(false);
  }
  // Late subscribers do not get the owner's snapshot either (it is on the owner's channel).
  for (const token of [member.token, stranger.token]) {
    const late = watch(token, streamId);
    await eventually(async () => late.events.length >= 1);
    expect(late.events[0]).toMatchObject({ seq: 0, state: 'QUEUED', text: null, conversationId: null });
  }

  // The member asking with the very same streamId gets their own answer, on their own channel; the
  // owner's channel still holds the owner's answer.
  const theirs = await ask(member.token, { question: 'Quando vence o DAS do MEI?', streamId });
  expect(theirs.errors).toBeUndefined();
  await eventually(async () => colleague.isComplete(), 10_000);
  expect(colleague.events.at(-1)).toMatchObject({ state: 'DONE', text: theirs.data!.askAssistant.answer, conversationId: theirs.data!.askAssistant.conversationId });
  const ownerAgain = watch(owner.token, streamId);
  await eventually(async () => ownerAgain.isComplete(), 10_000);
  expect(ownerAgain.events).toEqual([expect.objectContaining({ state: 'DONE', text: r.data!.askAssistant.answer, conversationId: r.data!.askAssistant.conversationId })]);
  expect(outsider.events).toHaveLength(1);
  // Keys are per account and user: nothing of the owner's account landed under the other account.
  expect(await assistantKeys(stranger.accountId)).toEqual([]);
  const keys = await assistantKeys(owner.accountId);
  expect(keys).toEqual(expect.arrayContaining([`live:${owner.accountId}:assistant:${owner.userId}:${streamId}:last`, `live:${owner.accountId}:assistant:${member.userId}:${streamId}:last`]));
});

test('a streamId that is not a UUID: BAD_USER_INPUT in pt-BR, nothing stored or published; the subscription refuses it too', async () => {
  const fresh = await signUp(stack.graphqlUrl, { companyName: 'Conta Entrada Ruim MEI' });
  const bad = await ask(fresh.token, { question: 'Qual o limite anual do MEI?', streamId: 'nao-e-uuid' });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { streamId: 'Identificador da transmissão inválido: use um UUID.' } });
  expect(bad.errors?.[0].message).toBe('Identificador da transmissão inválido: use um UUID.');
  const n = await db.query(`select (select count(*)::int from agents.conversations where tenant_id = $1) + (select count(*)::int from agents.messages where tenant_id = $1) as n`, [fresh.accountId]);
  expect(n.rows[0].n).toBe(0);
  expect(await assistantKeys(fresh.accountId)).toEqual([]);

  const w = watch(fresh.token, 'nao-e-uuid');
  await eventually(async () => w.errors.length >= 1 || w.isComplete());
  expect(w.events).toEqual([]);
  expect(JSON.stringify(w.errors)).toContain('BAD_USER_INPUT');

  // Without a streamId nothing is published at all (the answer is only the mutation's result).
  const plain = await ask(fresh.token, { question: 'Qual o limite anual do MEI?' });
  expect(plain.errors).toBeUndefined();
  expect(await assistantKeys(fresh.accountId)).toEqual([]);
});

test('over the llm_tokens quota: the mutation answers PAYMENT_REQUIRED and the stream ends FAILED with the same pt-BR message', async () => {
  const acct = await signUp(stack.graphqlUrl, { companyName: 'Sem Tokens Stream MEI' });
  const config = loadConfig({}, stack.env);
  const quota = new QuotaClient({ billingUrl: stack.env.BILLING_URL!, serviceSecret: config.serviceTokenSecret, service: 'test' });
  const u = (await gql(stack.graphqlUrl, `query { usage { metric used limit } }`, {}, { token: acct.token })).data!.usage.find((x: any) => x.metric === 'llm_tokens');
  await quota.reserve(acct.accountId, 'llm_tokens', u.limit - u.used - 10, `fill-${randomUUID()}`);
  const streamId = randomUUID();
  const w = watch(acct.token, streamId);
  await eventually(async () => w.events.length >= 1);
  const r = await ask(acct.token, { question: 'Qual o limite anual do MEI?', streamId });
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'PAYMENT_REQUIRED', metric: 'llm_tokens' });
  await eventually(async () => w.isComplete(), 10_000);
  const last = w.events.at(-1);
  expect(last).toMatchObject({ streamId, state: 'FAILED', stage: 'FAILED', code: 'PAYMENT_REQUIRED', message: r.errors![0].message, conversationId: null });
  expect(last.message.length).toBeGreaterThan(10);
  expect((await gql(stack.graphqlUrl, `query { conversations { nodes { id } } }`, {}, { token: acct.token })).data!.conversations.nodes).toEqual([]);
});
