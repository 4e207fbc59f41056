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

/**
 * Upgrades the account to Pro through the offline sandbox checkout, exactly as a user would:
 * startCheckout -> the sandbox page's "Pagar" -> signed webhooks -> billing -> plan.changed ->
 * identity. Resolves when identity mirrors the plan (the next token carries it).
 */
export async function upgradeToPro(graphqlUrl: string, token: string, cycle: 'MONTHLY' | 'YEARLY' = 'MONTHLY'): Promise<void> {
  const start = await gql(graphqlUrl, `mutation($c: BillingCycle!) { startCheckout(input: { planCode: "pro", cycle: $c }) { url } }`, { c: cycle }, { token });
  if (!start.data) throw new Error(`startCheckout failed: ${JSON.stringify(start.errors)}`);
  const url = new URL(start.data.startCheckout.url);
  const pay = await fetch(`${url.origin}${url.pathname}/pay`, { method: 'POST', redirect: 'manual' });
  if (pay.status !== 303) throw new Error(`sandbox pay answered ${pay.status}`);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const me = await gql(graphqlUrl, `query { me { account { planCode } } subscription { planCode status } }`, {}, { token });
    if (me.data?.me.account.planCode === 'pro' && me.data.subscription.planCode === 'pro') return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('plan did not become pro');
}
