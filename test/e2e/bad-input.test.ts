import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { generateCnpj } from '@prumo/br';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { SIGN_UP, signUp, type SignedUp } from './helpers';

let stack: Stack;
let db: Client;
let user: SignedUp;

beforeAll(async () => {
  stack = await startStack();
  user = await signUp(stack.graphqlUrl);
  db = new Client({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const valid = () => ({
  name: 'Fulana de Tal',
  email: `f-${randomUUID()}@example.com`,
  password: 'senha-forte-123',
  companyName: 'Fulana ME',
  taxId: generateCnpj(),
});

async function usersWith(email: string) {
  const r = await db.query(`select count(*)::int as n from identity.users where email_normalized = $1`, [email.toLowerCase()]);
  return r.rows[0].n as number;
}

test.each([
  ['invalid CNPJ check digit', { taxId: '11.444.777/0001-62' }, 'taxId', /CNPJ\/CPF inválido/],
  ['all-equal CPF as tax id', { taxId: '111.111.111-11' }, 'taxId', /inválido/],
  ['invalid user CPF', { cpf: '529.982.247-24' }, 'cpf', /CPF inválido/],
  ['weak password (short)', { password: 'abc1' }, 'password', /pelo menos 8/],
  ['weak password (no digit)', { password: 'somenteletras' }, 'password', /letras e números/],
  ['common password', { password: 'senha123' }, 'password', /comum demais/],
  ['malformed e-mail', { email: 'maria@@exemplo' }, 'email', /E-mail inválido/],
  ['bad WhatsApp', { whatsapp: '123' }, 'whatsapp', /WhatsApp inválido/],
])('sign-up with %s -> BAD_USER_INPUT in pt-BR on the field, nothing written', async (_name, patch, field, message) => {
  const input = { ...valid(), ...patch };
  const r = await gql(stack.graphqlUrl, SIGN_UP, { input });
  expect(r.data).toBeNull();
  const err = r.errors![0];
  expect(err.extensions?.code).toBe('BAD_USER_INPUT');
  expect(err.extensions?.fields[field]).toMatch(message);
  expect(JSON.stringify(r.errors)).not.toMatch(/at \w+ \(|stack/i);
  expect(await usersWith(String(input.email))).toBe(0);
});

test('a CNPJ already on the platform -> CONFLICT on taxId, and the user row is not half-written', async () => {
  const first = valid();
  await gql(stack.graphqlUrl, SIGN_UP, { input: first });
  const second = { ...valid(), taxId: first.taxId };
  const r = await gql(stack.graphqlUrl, SIGN_UP, { input: second });
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: { taxId: expect.any(String) } });
  expect(await usersWith(second.email)).toBe(0);
});

test('alphanumeric CNPJ is accepted and normalised', async () => {
  const r = await gql(stack.graphqlUrl, SIGN_UP, { input: { ...valid(), taxId: '12.abc.345/01de-35' } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.signUp.account.taxId).toBe('12.ABC.345/01DE-35');
});

test('a malformed id argument -> BAD_USER_INPUT, not a database error', async () => {
  const r = await gql(stack.graphqlUrl, `mutation { revokeApiKey(id: "not-a-uuid") { id } }`, {}, { token: user.token });
  expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: 'Identificador inválido.' } });
});

test('an oversized body is refused with 413 before it is read', async () => {
  const huge = 'x'.repeat(2 * 1024 * 1024);
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation($i: SubmitLeadInput!) { submitLead(input: $i) { id } }`, variables: { i: { name: 'A', email: 'a@b.co', whatsapp: '11987654321', message: huge } } }),
  });
  expect(res.status).toBe(413);
  const body = await res.json();
  expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const leads = await db.query(`select count(*)::int as n from identity.leads where length(message) > 1000000`);
  expect(leads.rows[0].n).toBe(0);
});

test('depth attack -> typed error, never reaches the subgraph', async () => {
  let q = 'id';
  for (let i = 0; i < 15; i++) q = `account { members { user { ${q} } } }`;
  const r = await gql(stack.graphqlUrl, `query { me { ${q} } }`, {}, { token: user.token });
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0].message).toMatch(/profundidade|custosa/i);
});

test('alias attack -> typed error', async () => {
  const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(' ');
  const r = await gql(stack.graphqlUrl, `query { ${aliases} }`, {}, { token: user.token });
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(r.errors?.[0].message).toBe('A consulta usa aliases demais.');
});

test('invalid JSON body -> BAD_USER_INPUT', async () => {
  const res = await fetch(stack.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
  expect(res.status).toBe(400);
  expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
});

test('CSRF: a simple cross-site form post is refused', async () => {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: 'mutation { signOut }' }),
  });
  expect(res.status).toBe(400);
});

test('an operation that does not fit the API is marked invalidOperation (clients word it themselves); a typed value error is not', async () => {
  const unknownField = await gql(stack.graphqlUrl, `query { me { id notAField } }`, {}, { token: user.token });
  expect(unknownField.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidOperation: true });
  const badVariable = await gql(stack.graphqlUrl, `query($n: Int) { notifications(first: $n) { nodes { id } } }`, { n: 'dez' }, { token: user.token });
  expect(badVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', invalidOperation: true });
  const badValue = await gql(stack.graphqlUrl, `mutation { updateProfile(input: { whatsapp: "123" }) { id } }`, {}, { token: user.token });
  expect(badValue.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { whatsapp: 'WhatsApp inválido. Use DDD + número.' } });
  expect(badValue.errors?.[0].extensions?.invalidOperation).toBeUndefined();
});
