import { randomUUID } from 'node:crypto';
import { generateCnpj, generateCpf } from '@prumo/br';
import { gql } from '@prumo/kit/testing';

export const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken expiresAt user { id email name } account { id name taxId planCode modules } }
}`;
export const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { accessToken refreshToken expiresAt user { id email } account { id name } }
}`;

export interface SignedUp {
  token: string;
  refreshToken: string;
  userId: string;
  accountId: string;
  email: string;
  password: string;
}

/** Signs up a fresh user + account through the router and returns its tokens. */
export async function signUp(graphqlUrl: string, overrides: Record<string, unknown> = {}): Promise<SignedUp> {
  const email = `u-${randomUUID()}@example.com`;
  const password = 'correta-senha-42';
  const input = { name: 'Maria Teste', email, password, companyName: 'Empresa Teste LTDA', taxId: generateCnpj(), cpf: generateCpf(), ...overrides };
  const r = await gql(graphqlUrl, SIGN_UP, { input });
  if (!r.data) throw new Error(`signUp failed: ${JSON.stringify(r.errors)}`);
  const p = r.data.signUp;
  return { token: p.accessToken, refreshToken: p.refreshToken, userId: p.user.id, accountId: p.account.id, email: String(input.email), password: String(input.password) };
}
