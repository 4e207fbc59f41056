import { Client } from 'pg';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp, upgradeToPro, type SignedUp } from './helpers';

let stack: Stack;
let a: SignedUp;
let b: SignedUp;
let bIds: { memberId: string; apiKeyId: string; invitationId: string };

beforeAll(async () => {
  stack = await startStack();
  [a, b] = await Promise.all([signUp(stack.graphqlUrl), signUp(stack.graphqlUrl)]);
  const url = stack.graphqlUrl;
  await upgradeToPro(url, b.token);
  const key = await gql(url, `mutation { createApiKey(input: { name: "B key", scopes: ["read"] }) { apiKey { id } } }`, {}, { token: b.token });
  const inv = await gql(url, `mutation { inviteMember(input: { email: "x-${Date.now()}@example.com", role: MEMBER }) { invitation { id } } }`, {}, { token: b.token });
  const me = await gql(url, `query { me { account { members { id } } } }`, {}, { token: b.token });
  bIds = { apiKeyId: key.data!.createApiKey.apiKey.id, invitationId: inv.data!.inviteMember.invitation.id, memberId: me.data!.me.account.members[0].id };
});
afterAll(async () => {
  await stack?.stop();
});

describe('a member of account A cannot read or change anything of account B', () => {
  test('reads', async () => {
    const url = stack.graphqlUrl;
    const acc = await gql(url, `query($id: ID!) { account(id: $id) { id name } }`, { id: b.accountId }, { token: a.token });
    expect(acc.data).toEqual({ account: null });

    const me = await gql(url, `query { me { memberships { account { id } } account { id members { user { email } } invitations { email } apiKeys { name } } } }`, {}, { token: a.token });
    expect(me.data!.me.memberships.map((m: any) => m.account.id)).toEqual([a.accountId]);
    expect(JSON.stringify(me.data)).not.toContain(b.email);
    expect(me.data!.me.account.invitations).toEqual([]);
    expect(me.data!.me.account.apiKeys).toEqual([]);

    const audit = await gql(url, `query { auditLog(first: 100) { nodes { action actor { id } } } }`, {}, { token: a.token });
    const actors = audit.data!.auditLog.nodes.map((n: any) => n.actor?.id);
    expect(actors.length).toBeGreaterThan(0);
    expect(actors).not.toContain(b.userId);
  });

  test('writes', async () => {
    const url = stack.graphqlUrl;
    const attempts = [
      [`mutation($id: ID!) { switchAccount(accountId: $id) { accessToken } }`, { id: b.accountId }, 'FORBIDDEN'],
      [`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: bIds.apiKeyId }, 'NOT_FOUND'],
      [`mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: bIds.invitationId }, 'NOT_FOUND'],
      [`mutation($id: ID!) { removeMember(memberId: $id) }`, { id: bIds.memberId }, 'NOT_FOUND'],
      [`mutation($id: ID!) { changeMemberRole(input: { memberId: $id, role: MEMBER }) { id } }`, { id: bIds.memberId }, 'NOT_FOUND'],
    ] as const;
    for (const [query, variables, code] of attempts) {
      const r = await gql(url, query, variables, { token: a.token });
      expect([query, r.errors?.[0]?.extensions?.code]).toEqual([query, code]);
    }
    // B's data is intact.
    const bView = await gql(url, `query { me { account { members { id role } apiKeys { id revokedAt } invitations { id status } } } }`, {}, { token: b.token });
    expect(bView.data!.me.account.members).toEqual([{ id: bIds.memberId, role: 'OWNER' }]);
    expect(bView.data!.me.account.apiKeys).toEqual([{ id: bIds.apiKeyId, revokedAt: null }]);
    expect(bView.data!.me.account.invitations).toEqual([{ id: bIds.invitationId, status: 'PENDING' }]);
  });
});

describe('at the SQL level (app role, RLS forced)', () => {
  const connect = () =>
    new Client({
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      database: process.env.DATABASE_NAME,
      user: process.env.DATABASE_APP_USER ?? 'prumo_app',
      password: process.env.DATABASE_APP_PASSWORD ?? 'prumo_app_dev',
    });

  test('a query outside runInTenant sees no tenant rows', async () => {
    const db = connect();
    await db.connect();
    try {
      for (const table of ['accounts', 'memberships', 'invitations', 'api_keys', 'audit_events']) {
        // Unset tenant: the policy's cast fails loudly instead of returning rows.
        await expect(db.query(`select count(*) from identity.${table}`)).rejects.toThrow(/app\.tenant_id|uuid/);
      }
      await expect(db.query(`select count(*) from identity.leads`)).resolves.toMatchObject({ rows: [{ count: '0' }] });
    } finally {
      await db.end();
    }
  });

  test('inside a tenant transaction only that tenant is visible, and writes into another tenant are refused', async () => {
    const db = connect();
    await db.connect();
    try {
      await db.query('begin');
      await db.query(`select set_config('app.tenant_id', $1, true)`, [a.accountId]);
      const { rows } = await db.query(`select distinct tenant_id from identity.memberships`);
      expect(rows).toEqual([{ tenant_id: a.accountId }]);
      await expect(
        db.query(`insert into identity.audit_events (tenant_id, id, action) values ($1, gen_random_uuid(), 'forged')`, [b.accountId]),
      ).rejects.toThrow(/row-level security/);
      await db.query('rollback');
      // And the app role cannot switch RLS off.
      await expect(db.query(`alter table identity.accounts disable row level security`)).rejects.toThrow(/owner/);
    } finally {
      await db.end();
    }
  });
});
