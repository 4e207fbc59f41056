import { randomUUID } from 'node:crypto';
import { gql, gqlOk, mintToken } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';

let stack: Stack;
let owner: SignedUp;
const tokens: Record<string, string | undefined> = {};
const headers: Record<string, Record<string, string>> = {};

async function join(role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const url = stack.graphqlUrl;
  const inv = await gql(url, `mutation($e: String!, $r: Role!) { inviteMember(input: { email: $e, role: $r }) { token } }`, { e: `${role.toLowerCase()}-${randomUUID()}@example.com`, r: role }, { token: owner.token });
  const acc = await gql(url, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
    i: { token: inv.data!.inviteMember.token, name: `Pessoa ${role}`, password: 'outra-senha-77' },
  });
  return acc.data!.acceptInvitation.accessToken;
}

async function apiKey(scopes: string[]): Promise<string> {
  const r = await gql(stack.graphqlUrl, `mutation($s: [String!]!) { createApiKey(input: { name: "parceiro", scopes: $s }) { secret } }`, { s: scopes }, { token: owner.token });
  return r.data!.createApiKey.secret;
}

beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack.graphqlUrl);
  await upgradeToPro(stack.graphqlUrl, owner.token); // Free has one seat; the matrix needs three people
  tokens.owner = owner.token;
  tokens.admin = await join('ADMIN');
  tokens.member = await join('MEMBER');
  tokens.anonymous = undefined;
  tokens.expired = mintToken({ sub: owner.userId, tid: owner.accountId, role: 'owner', ttlSeconds: -60 });
  headers.apiKeyRead = { 'x-api-key': await apiKey(['read']) };
  headers.apiKeyWrite = { 'x-api-key': await apiKey(['read', 'write']) };
});
afterAll(async () => {
  await stack?.stop();
});

const CALLERS = ['owner', 'admin', 'member', 'anonymous', 'expired', 'apiKeyRead', 'apiKeyWrite'] as const;
type Caller = (typeof CALLERS)[number];

// What each caller gets: 'ok' or the error code.
const MATRIX: Array<{ name: string; query: string; expect: Record<Caller, string> }> = [
  {
    name: 'me',
    query: `query { me { id account { id } } }`,
    expect: { owner: 'ok', admin: 'ok', member: 'ok', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'ok', apiKeyWrite: 'ok' },
  },
  {
    name: 'members list',
    query: `query { me { account { members { id } } } }`,
    expect: { owner: 'ok', admin: 'ok', member: 'ok', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'ok', apiKeyWrite: 'ok' },
  },
  {
    name: 'audit log (admin+)',
    query: `query { auditLog(first: 5) { nodes { id } } }`,
    expect: { owner: 'ok', admin: 'ok', member: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'FORBIDDEN', apiKeyWrite: 'FORBIDDEN' },
  },
  {
    name: 'create API key (admin+)',
    query: `mutation { createApiKey(input: { name: "xy", scopes: ["read"] }) { apiKey { id } } }`,
    expect: { owner: 'ok', admin: 'ok', member: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'FORBIDDEN', apiKeyWrite: 'FORBIDDEN' },
  },
  {
    name: 'invite (admin+)',
    query: `mutation { inviteMember(input: { email: "conv-${randomUUID()}@example.com", role: MEMBER }) { invitation { id } } }`,
    expect: { owner: 'ok', admin: 'ok', member: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'FORBIDDEN', apiKeyWrite: 'FORBIDDEN' },
  },
  {
    // The owner meets the domain rule (never the last owner); keys never manage members.
    name: 'remove the owner (domain rule)',
    query: `mutation { removeMember(memberId: "OWNER_MEMBER_ID") }`,
    expect: { owner: 'CONFLICT', admin: 'FORBIDDEN', member: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'FORBIDDEN', apiKeyWrite: 'FORBIDDEN' },
  },
  {
    name: 'staff: all accounts',
    query: `query { adminAccounts(first: 5) { nodes { id } } }`,
    expect: { owner: 'FORBIDDEN', admin: 'FORBIDDEN', member: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED', expired: 'UNAUTHENTICATED', apiKeyRead: 'FORBIDDEN', apiKeyWrite: 'FORBIDDEN' },
  },
];

test.each(MATRIX)('role matrix: $name', async ({ query, expect: expected }) => {
  const me = await gql(stack.graphqlUrl, `query { me { account { members { id role } } } }`, {}, { token: owner.token });
  const ownerMemberId = me.data!.me.account.members.find((m: any) => m.role === 'OWNER').id;
  const got: Record<string, string> = {};
  for (const caller of CALLERS) {
    // The same invitation e-mail twice in a row is a CONFLICT for the second inviter (admin).
    const q = query.replace('OWNER_MEMBER_ID', ownerMemberId);
    const r = await gql(stack.graphqlUrl, q, {}, { token: tokens[caller], headers: headers[caller] });
    got[caller] = r.errors ? String(r.errors[0].extensions?.code) : 'ok';
  }
  expect(got).toEqual(expected);
});

test('an API key without the write scope cannot call mutations at all; with it, the role still applies', async () => {
  const q = `mutation { removeMember(memberId: "${randomUUID()}") }`;
  const read = await gql(stack.graphqlUrl, q, {}, { headers: headers.apiKeyRead });
  expect(read.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('escopo "write"') });
  const write = await gql(stack.graphqlUrl, q, {}, { headers: headers.apiKeyWrite });
  expect(write.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('Chaves de API') });
});

test('the expired token error says so, so the client knows to refresh', async () => {
  const r = await gql(stack.graphqlUrl, `query { me { id } }`, {}, { token: tokens.expired });
  expect(r.status).toBe(401);
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
});

test('a revoked API key stops working', async () => {
  const secret = await apiKey(['read']);
  const ok = await gql(stack.graphqlUrl, `query { me { id } }`, {}, { headers: { 'x-api-key': secret } });
  expect(ok.data?.me.id).toBe(owner.userId);
  const keys = await gql(stack.graphqlUrl, `query { me { account { apiKeys { id prefix } } } }`, {}, { token: owner.token });
  const prefix = secret.split('_')[1];
  const id = keys.data!.me.account.apiKeys.find((k: any) => k.prefix === prefix).id;
  await gqlOk(stack.graphqlUrl, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id }, { token: owner.token });
  // The router caches exchanges for up to a minute; a fresh router process sees the revocation at once.
  const other = await startStack();
  try {
    const denied = await gql(other.graphqlUrl, `query { me { id } }`, {}, { headers: { 'x-api-key': secret } });
    expect(denied.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  } finally {
    await other.stop();
  }
});
