// The Free plan carries the consultant module (10 analyses a month, 1 at a time): new accounts get
// it at sign-up, and the billing migration tells accounts that were on Free before it (plan.changed
// -> identity -> the next token's mods).
import { Client as PgClient } from 'pg';
import { createDataSource, loadConfig } from '@prumo/kit';
import { eventually, gql } from '@prumo/kit/testing';
import { BillingFreeConsultant1731000200000 } from '../../subgraphs/billing/src/migrations/1731000200000-billing-free-consultant';
import { startStack, type Stack } from '../stack';
import { signUp } from './helpers';

jest.setTimeout(60_000);

let stack: Stack;
let db: PgClient;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

beforeAll(async () => {
  stack = await startStack({ env: { OPENAI_API_KEY: '' } });
  db = new PgClient({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

test('a new Free account has the consultant module in its token and can run an analysis', async () => {
  const user = await signUp(stack.graphqlUrl);
  expect(claimsOf(user.token)).toMatchObject({ plan: 'free', mods: ['fiscal', 'finance', 'consultant'] });
  const r = await gql(stack.graphqlUrl, `mutation { startExecution(input: { problemDescription: "Meu faturamento caiu e quero entender por quê.", businessType: "MEI de serviços", depth: QUICK }) { id } }`, {}, { token: user.token });
  expect(r.errors).toBeUndefined();
  const plans = await gql(stack.graphqlUrl, `query { plans { code modules limits { metric limit } } }`);
  const free = plans.data!.plans.find((p: any) => p.code === 'free');
  expect(free.modules).toEqual(['fiscal', 'finance', 'consultant']);
  expect(free.limits.find((l: any) => l.metric === 'agent_executions').limit).toBe(10);
  expect(free.limits.find((l: any) => l.metric === 'concurrent_agent_executions').limit).toBe(1);
});

test('an account that was on Free before the migration gets the module through plan.changed', async () => {
  const user = await signUp(stack.graphqlUrl);
  await eventually(async () => (await db.query(`select 1 from billing.subscriptions where tenant_id = $1`, [user.accountId])).rowCount === 1);
  // Wait for sign-up's own plan.changed to settle, then put identity back in the pre-migration state.
  await eventually(async () => (await db.query(`select plan_changed_at from identity.accounts where id = $1`, [user.accountId])).rows[0]?.plan_changed_at !== null);
  await db.query(`update identity.accounts set modules = '{fiscal,finance}', plan_changed_at = now() - interval '1 day' where id = $1`, [user.accountId]);
  const before = await gql(stack.graphqlUrl, REFRESH, { t: user.refreshToken });
  expect(claimsOf(before.data!.refreshSession.accessToken).mods).toEqual(['fiscal', 'finance']);
  let refreshToken = before.data!.refreshSession.refreshToken;

  // The migration's statements as the owner role, scoped to this account (other suites share the database).
  const config = loadConfig();
  const ds = createDataSource({ config, schema: 'billing', entities: [], role: 'owner', poolMax: 1 });
  await ds.initialize();
  const qr = ds.createQueryRunner();
  await qr.startTransaction();
  const scoped = { query: (sql: string, params?: unknown[]) => qr.query(sql.replace(`where s.plan_code = 'free'`, `where s.plan_code = 'free' and s.tenant_id = '${user.accountId}'`), params) };
  await new BillingFreeConsultant1731000200000().up(scoped as any);
  await qr.commitTransaction();
  await qr.release();
  await ds.destroy();

  const mods = await eventually(async () => {
    const r = await gql(stack.graphqlUrl, REFRESH, { t: refreshToken });
    refreshToken = r.data!.refreshSession.refreshToken;
    const m = claimsOf(r.data!.refreshSession.accessToken).mods as string[];
    return m.includes('consultant') ? m : null;
  }, 15_000, 200);
  expect(mods).toEqual(['fiscal', 'finance', 'consultant']);
});
