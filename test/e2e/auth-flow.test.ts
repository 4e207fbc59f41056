import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { SIGN_IN, signUp } from './helpers';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken user { id } account { id } } }`;
const ME = `query { me { id email account { id name } role memberships { role account { id } } } }`;

test('sign-up -> sign-in -> me -> refresh -> replaying a rotated token revokes the family -> sign-out', async () => {
  const url = stack.graphqlUrl;
  const user = await signUp(url);

  const signIn = await gql(url, SIGN_IN, { input: { login: user.email.toUpperCase(), password: user.password } });
  expect(signIn.errors).toBeUndefined();
  const session = signIn.data!.signIn;
  expect(session.user.id).toBe(user.userId);

  const me = await gql(url, ME, {}, { token: session.accessToken });
  expect(me.data!.me).toMatchObject({ id: user.userId, email: user.email, role: 'OWNER', account: { id: user.accountId } });
  expect(me.headers.get('x-request-id')).toBeTruthy();

  const r1 = await gql(url, REFRESH, { t: session.refreshToken });
  expect(r1.errors).toBeUndefined();
  const rotated = r1.data!.refreshSession;
  expect(rotated.refreshToken).not.toBe(session.refreshToken);

  // The old token again: reuse detected, the whole family (incl. the new token) dies.
  const replay = await gql(url, REFRESH, { t: session.refreshToken });
  expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const afterReplay = await gql(url, REFRESH, { t: rotated.refreshToken });
  expect(afterReplay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  // Sign-out ends the sign-up session: its refresh token stops working.
  const out = await gql(url, `mutation { signOut }`, {}, { token: user.token });
  expect(out.data).toEqual({ signOut: true });
  const dead = await gql(url, REFRESH, { t: user.refreshToken });
  expect(dead.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
});
