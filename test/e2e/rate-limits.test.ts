import { randomUUID } from 'node:crypto';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { SIGN_IN, signUp } from './helpers';

let stack: Stack;
beforeAll(async () => {
  // This stack trusts one proxy hop so each test can present its own client IP.
  stack = await startStack({ env: { TRUST_PROXY_HOPS: '1', RATE_LIMITS_PER_MINUTE: 'free:5,pro:50,enterprise:100', RATE_LIMIT_IP_PER_MINUTE: '1000' } });
});
afterAll(async () => {
  await stack?.stop();
});

const ipHeader = () => ({ 'x-forwarded-for': `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

test('the 6th wrong password in 15 minutes -> RATE_LIMITED with retryAfter, even with the right password', async () => {
  const ip = ipHeader();
  const user = await signUp(stack.graphqlUrl, {}); // sign-up itself is not a failure
  for (let i = 1; i <= 5; i++) {
    const r = await gql(stack.graphqlUrl, SIGN_IN, { input: { login: user.email, password: `errada-${i}1` } }, { headers: ip });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }
  const sixth = await gql(stack.graphqlUrl, SIGN_IN, { input: { login: user.email, password: user.password } }, { headers: ip });
  expect(sixth.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  expect(sixth.errors![0].extensions!.retryAfter).toBeGreaterThan(800);
  expect(sixth.errors![0].message).toMatch(/Tente novamente em \d+ minuto/);
});

test('per IP: five wrong passwords over different logins lock that IP, not others', async () => {
  const ip = ipHeader();
  for (let i = 0; i < 5; i++) {
    await gql(stack.graphqlUrl, SIGN_IN, { input: { login: `ninguem-${randomUUID()}@example.com`, password: 'qualquer-1' } }, { headers: ip });
  }
  const user = await signUp(stack.graphqlUrl);
  const blocked = await gql(stack.graphqlUrl, SIGN_IN, { input: { login: user.email, password: user.password } }, { headers: ip });
  expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  const elsewhere = await gql(stack.graphqlUrl, SIGN_IN, { input: { login: user.email, password: user.password } }, { headers: ipHeader() });
  expect(elsewhere.errors).toBeUndefined();
});

test("the router's per-account limit (Free: 5/min here) -> 429 RATE_LIMITED with retryAfter and RateLimit headers", async () => {
  const user = await signUp(stack.graphqlUrl, {});
  // The window is the calendar minute (router/src/rate-limit.ts): a burst that crossed into the next
  // minute would be counted in two windows, so it starts at least 10 s before the minute ends.
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 50_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 50));
  const results = [];
  for (let i = 0; i < 6; i++) results.push(await gql(stack.graphqlUrl, `query { me { id } }`, {}, { token: user.token, headers: ipHeader() }));
  for (const ok of results.slice(0, 5)) expect(ok.errors).toBeUndefined();
  expect(results[0].headers.get('ratelimit-limit')).toBe('5');
  expect(results[4].headers.get('ratelimit-remaining')).toBe('0');
  const limited = results[5];
  expect(limited.status).toBe(429);
  expect(limited.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  // Another account is not affected.
  const other = await signUp(stack.graphqlUrl, {});
  const fine = await gql(stack.graphqlUrl, `query { me { id } }`, {}, { token: other.token });
  expect(fine.errors).toBeUndefined();
});
