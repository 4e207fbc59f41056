// Notifications end to end through the real router, PostgreSQL, Redis and BullMQ workers, with a
// local fake of the WhatsApp Cloud API at the network boundary. Identity's API runs in the stack
// (role server); its worker role (event consumer, dispatcher, delivery worker) runs here, so the
// tests can stop and restart it.
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Client as Pg } from 'pg';
import { saoPauloDate } from '@prumo/br';
import { countStatements, loadConfig, QUEUES, type EventEnvelope, type RunningSubgraph } from '@prumo/kit';
import { eventually, gql } from '@prumo/kit/testing';
import * as identity from '../../subgraphs/identity/src';
import { startFakeWhatsApp, STATUS_ERRORS, type FakeWhatsApp } from '../fakes/fake-whatsapp';
import { startStack, type Stack } from '../stack';
import { SIGN_IN, signUp, upgradeToPro, type SignedUp } from './helpers';

let stack: Stack;
let fake: FakeWhatsApp;
let db: Pg;
let worker: RunningSubgraph | null = null;
let events: Queue<EventEnvelope>;
let limitsEvents: Queue<EventEnvelope>;

const NOTIFY_ENV = { NOTIFICATIONS_BACKOFF_MS: '150', NOTIFICATIONS_ATTEMPTS: '4', NOTIFICATIONS_DISPATCH_POLL_MS: '300' };
const envOf = () => Object.fromEntries(Object.entries(stack.env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

async function startWorker(env: Record<string, string> = envOf()) {
  worker = await identity.start({ config: loadConfig({}, env), port: 0, role: 'worker', env });
}
async function stopWorker() {
  await worker?.stop();
  worker = null;
}

let phoneSeq = 0;
/** A unique, valid Brazilian mobile number per user (digits as identity stores them). */
const newPhone = () => `55119${String(70_000_000 + process.pid * 100 + ++phoneSeq).slice(-8)}`;

async function signUpWithPhone(): Promise<SignedUp & { phone: string }> {
  const phone = newPhone();
  const u = await signUp(stack.graphqlUrl, { whatsapp: phone.slice(2) });
  return { ...u, phone };
}

/** A `notification.requested` event as the outbox relay enqueues it (job id = event id). */
function requested(accountId: string | undefined, key: string, extra: Record<string, unknown> = {}): EventEnvelope<'notification.requested'> {
  return {
    id: randomUUID(),
    type: 'notification.requested',
    tenantId: accountId ?? null,
    occurredAt: new Date().toISOString(),
    payload: { key, kind: 'generic', title: 'Aviso de teste', body: 'Corpo do aviso de teste', accountId, link: '/painel', ...extra },
  };
}
const deliver = (e: EventEnvelope, jobId = e.id) => events.add(e.type, e, { jobId });

const LIST = `query($first: Int, $after: String, $unread: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unread) { nodes { id kind title body link readAt createdAt deliveries { channel status attempts lastError sentAt deliveredAt readAt } } pageInfo { hasNextPage endCursor } }
  unreadNotificationCount
}`;
const inbox = async (token: string, vars: Record<string, unknown> = {}) => {
  const r = await gql(stack.graphqlUrl, LIST, vars, { token });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data as { notifications: { nodes: any[]; pageInfo: any }; unreadNotificationCount: number };
};
const byTitle = (nodes: any[], title: string) => nodes.filter((n) => n.title === title);
const channel = (n: any, c: string) => n.deliveries.find((d: any) => d.channel === c);
const messagesTo = (phone: string) => fake.messages.filter((m) => m.to === phone);


/** A platform staff user (the flag is set in the database, as the demo seed does) and a fresh token. */
async function makeStaff(): Promise<SignedUp & { phone: string; staffToken: string }> {
  const staff = await signUpWithPhone();
  await db.query(`update identity.users set staff = true where id = $1`, [staff.userId]);
  const signIn = await gql(stack.graphqlUrl, SIGN_IN, { input: { login: staff.email, password: staff.password } });
  return { ...staff, staffToken: signIn.data!.signIn.accessToken };
}

async function join(owner: SignedUp, role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const inv = await gql(stack.graphqlUrl, `mutation($e: String!, $r: Role!) { inviteMember(input: { email: $e, role: $r }) { token } }`, { e: `${role.toLowerCase()}-${randomUUID()}@example.com`, r: role }, { token: owner.token });
  const acc = await gql(stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
    i: { token: inv.data!.inviteMember.token, name: `Pessoa ${role}`, password: 'outra-senha-77' },
  });
  if (!acc.data) throw new Error(JSON.stringify(acc.errors));
  return acc.data.acceptInvitation.accessToken;
}

beforeAll(async () => {
  fake = await startFakeWhatsApp();
  stack = await startStack({ env: { ...fake.env, ...NOTIFY_ENV }, roles: { identity: 'server' } });
  await startWorker();
  // Meta's webhooks reach identity the way production's do: through the router's passthrough.
  fake.setWebhookUrl(`${stack.router.url}/webhooks/whatsapp`);
  const connection = { url: stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  events = new Queue(QUEUES.events('identity'), { connection, prefix: stack.env.REDIS_PREFIX });
  limitsEvents = new Queue(QUEUES.events('limits'), { connection, prefix: stack.env.REDIS_PREFIX });
  db = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: 'postgres' });
  await db.connect();
}, 60_000);
afterAll(async () => {
  await events?.close();
  await limitsEvents?.close();
  await db?.end();
  await stopWorker();
  await stack?.stop();
  await fake?.stop();
});

test('the same event delivered twice, and the same key requested again: one inbox row and one WhatsApp message', async () => {
  const owner = await signUpWithPhone();
  const e = requested(owner.accountId, `test:${randomUUID()}`, { title: 'Pedido recebido' });
  await deliver(e);
  await deliver(e, `${e.id}-redelivered`); // the relay re-enqueued it after the first job was gone
  await deliver(requested(owner.accountId, e.payload.key, { title: 'Pedido recebido' })); // a new event, same key

  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Pedido recebido');
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  });
  expect(n).toMatchObject({ kind: 'GENERIC', body: 'Corpo do aviso de teste', link: '/painel', readAt: null });
  expect(channel(n, 'IN_APP')).toMatchObject({ status: 'SENT' });
  expect(channel(n, 'WHATSAPP')).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
  await new Promise((r) => setTimeout(r, 1000)); // room for any duplicate to show up
  const again = await inbox(owner.token);
  expect(byTitle(again.notifications.nodes, 'Pedido recebido')).toHaveLength(1);
  expect(again.unreadNotificationCount).toBe(1);
  const sent = messagesTo(owner.phone);
  expect(sent).toHaveLength(1);
  expect(sent[0].body).toContain('*Pedido recebido*');
  expect(sent[0].body).toContain('Corpo do aviso de teste');
  expect(sent[0].body).toMatch(/Abrir no Prumo: http:\/\/127\.0\.0\.1:\d+\/painel/);
  const { rows } = await db.query(`select provider_message_id from identity.notification_deliveries where key = $1 and channel = 'whatsapp'`, [e.payload.key]);
  expect(rows).toEqual([{ provider_message_id: sent[0].id }]);
}, 60_000);

test('identity worker stopped: the event waits in the queue; stopped again mid-retry: still exactly one row and one message', async () => {
  const owner = await signUpWithPhone();
  await stopWorker();
  const e = requested(owner.accountId, `test:${randomUUID()}`, { title: 'Durante a parada' });
  await deliver(e);
  await deliver(e, `${e.id}-dup`);
  await new Promise((r) => setTimeout(r, 500));
  expect((await inbox(owner.token)).notifications.nodes).toEqual([]); // nobody consumed it yet

  // The first WhatsApp attempt fails; stop the worker while the retry waits, then start a new one.
  fake.failNext(1, 'server_error', owner.phone);
  await startWorker();
  await eventually(async () => {
    const { rows } = await db.query(`select attempts from identity.notification_deliveries where key = $1 and channel = 'whatsapp'`, [e.payload.key]);
    return rows[0]?.attempts >= 1;
  });
  await stopWorker();
  await startWorker();
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Durante a parada');
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  expect(channel(n, 'WHATSAPP')).toMatchObject({ attempts: 2, lastError: null });
  await new Promise((r) => setTimeout(r, 1000));
  expect(byTitle((await inbox(owner.token)).notifications.nodes, 'Durante a parada')).toHaveLength(1);
  expect(messagesTo(owner.phone)).toHaveLength(1);
  const { rows } = await db.query(`select count(*)::int as n from identity.notifications where key = $1`, [e.payload.key]);
  expect(rows[0].n).toBe(1);
}, 60_000);

test('worker stopped between the commit and the enqueue: the dispatcher\'s poll finds the unqueued delivery and sends it once', async () => {
  const owner = await signUpWithPhone();
  await stopWorker();
  // Exactly what the consumer commits (inbox row, in_app sent, whatsapp pending and unqueued), but the
  // process died before the NOTIFY woke a dispatcher: no job exists for it.
  const key = `test:${randomUUID()}`;
  const notificationId = randomUUID();
  await db.query(
    `insert into identity.notifications (tenant_id, id, user_id, key, kind, title, body, link, event_id) values ($1, $2, $3, $4, 'generic', 'Órfão', 'Ficou sem fila', '/painel', $5)`,
    [owner.accountId, notificationId, owner.userId, key, randomUUID()],
  );
  await db.query(
    `insert into identity.notification_deliveries (tenant_id, id, notification_id, user_id, key, channel, recipient, status, attempts, queued_at, sent_at)
     values ($1, $2, $3, $4, $5, 'in_app', null, 'sent', 1, now(), now()), ($1, $6, $3, $4, $5, 'whatsapp', $7, 'pending', 0, null, null)`,
    [owner.accountId, randomUUID(), notificationId, owner.userId, key, randomUUID(), owner.phone],
  );
  await startWorker();
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Órfão');
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  });
  expect(channel(n, 'WHATSAPP').attempts).toBe(1);
  await new Promise((r) => setTimeout(r, 800)); // several more polls: nothing is queued again
  expect(messagesTo(owner.phone)).toHaveLength(1);
  expect(messagesTo(owner.phone)[0].body).toContain('Ficou sem fila');
}, 60_000);

test('WhatsApp fails twice, then succeeds: delivered once after the retries; the inbox never waited', async () => {
  const owner = await signUpWithPhone();
  const failedBefore = fake.requests.filter((r) => r.status === 500).length;
  fake.failNext(2, 'server_error', owner.phone);
  const e = requested(owner.accountId, `test:${randomUUID()}`, { title: 'Com falhas' });
  await deliver(e);
  // The inbox row is there while WhatsApp is still failing.
  const early = await eventually(async () => byTitle((await inbox(owner.token)).notifications.nodes, 'Com falhas')[0] ?? null);
  expect(early.readAt).toBeNull();
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Com falhas');
    return channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  expect(channel(n, 'WHATSAPP')).toMatchObject({ attempts: 3, lastError: null });
  expect(messagesTo(owner.phone)).toHaveLength(1);
  expect(fake.requests.filter((r) => r.status === 500).length).toBe(failedBefore + 2); // this delivery's two failed tries
}, 60_000);

test('WhatsApp permanently failing: the inbox still has it and the channel ends FAILED with the error', async () => {
  const down = await signUpWithPhone();
  fake.failNext(Infinity, 'server_error', down.phone);
  await deliver(requested(down.accountId, `test:${randomUUID()}`, { title: 'Fora do ar' }));
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(down.token)).notifications.nodes, 'Fora do ar');
    return row && channel(row, 'WHATSAPP')?.status === 'FAILED' ? row : null;
  }, 30_000, 200);
  expect(channel(n, 'IN_APP').status).toBe('SENT');
  expect(channel(n, 'WHATSAPP')).toMatchObject({ attempts: 4 });
  expect(channel(n, 'WHATSAPP').lastError).toContain('500');
  expect(messagesTo(down.phone)).toHaveLength(0);
  fake.failNext(0);

  // A permanent Graph error (number not on WhatsApp) is not retried.
  const gone = await signUpWithPhone();
  fake.failNext(1, 'not_whatsapp_user', gone.phone);
  await deliver(requested(gone.accountId, `test:${randomUUID()}`, { title: 'Número inválido' }));
  const m = await eventually(async () => {
    const [row] = byTitle((await inbox(gone.token)).notifications.nodes, 'Número inválido');
    return row && channel(row, 'WHATSAPP')?.status === 'FAILED' ? row : null;
  }, 30_000, 200);
  expect(channel(m, 'WHATSAPP')).toMatchObject({ attempts: 1 });
  expect(channel(m, 'WHATSAPP').lastError).toContain('131026');

  // The platform team sees failed deliveries of every account; account users may not ask.
  const REPORT = `query { adminNotificationDeliveries(status: FAILED, first: 100) { nodes { accountId channel status attempts lastError } } }`;
  const staff = await makeStaff();
  const report = await gql(stack.graphqlUrl, REPORT, {}, { token: staff.staffToken });
  const failed = report.data!.adminNotificationDeliveries.nodes;
  expect(failed).toEqual(expect.arrayContaining([
    expect.objectContaining({ accountId: down.accountId, channel: 'WHATSAPP', status: 'FAILED', attempts: 4 }),
    expect.objectContaining({ accountId: gone.accountId, channel: 'WHATSAPP', status: 'FAILED', attempts: 1 }),
  ]));
  expect(failed.every((d: any) => d.status === 'FAILED')).toBe(true);
  const denied = await gql(stack.graphqlUrl, REPORT, {}, { token: down.token });
  expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
}, 60_000);

test('resend: after fixing the number in the profile, a failed WhatsApp delivery goes out once to the new number; guards in pt-BR', async () => {
  const user = await signUpWithPhone();
  fake.failNext(1, 'not_whatsapp_user', user.phone);
  await deliver(requested(user.accountId, `test:${randomUUID()}`, { title: 'Reenviar depois' }));
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(user.token)).notifications.nodes, 'Reenviar depois');
    return row && channel(row, 'WHATSAPP')?.status === 'FAILED' ? row : null;
  }, 30_000, 200);
  const RESEND = `mutation($id: ID!, $c: NotificationChannel!) { resendNotification(id: $id, channel: $c) { id deliveries { channel status } } }`;
  const PROFILE = `mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { id name whatsapp } }`;
  const resend = (token: string, c = 'WHATSAPP') => gql(stack.graphqlUrl, RESEND, { id: n.id, c }, { token });

  // Someone else (another account) cannot resend it; the inbox channel is not resendable.
  const other = await signUpWithPhone();
  const foreign = await resend(other.token);
  expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect((await resend(user.token, 'IN_APP')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { channel: 'A caixa de entrada já tem o aviso: escolha WHATSAPP.' } });
  // No number: a clear error, nothing changes.
  expect((await gql(stack.graphqlUrl, PROFILE, { i: { whatsapp: '' } }, { token: user.token })).data!.updateProfile.whatsapp).toBeNull();
  expect((await resend(user.token)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { channel: 'Cadastre seu número de WhatsApp no perfil para reenviar.' } });
  const bad = await gql(stack.graphqlUrl, PROFILE, { i: { whatsapp: '123', name: 'X' } }, { token: user.token });
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { whatsapp: 'WhatsApp inválido. Use DDD + número.', name: 'Informe o nome.' } });
  expect((await inbox(user.token)).notifications.nodes.find((x) => x.id === n.id).deliveries.find((d: any) => d.channel === 'WHATSAPP').status).toBe('FAILED');

  // The fixed number: resent once, to it.
  const fixed = newPhone();
  const p = await gql(stack.graphqlUrl, PROFILE, { i: { whatsapp: `(${fixed.slice(2, 4)}) ${fixed.slice(4)}`, name: 'Pessoa Corrigida' } }, { token: user.token });
  expect(p.data!.updateProfile).toMatchObject({ name: 'Pessoa Corrigida', whatsapp: fixed });
  const r = await resend(user.token);
  expect(r.errors).toBeUndefined();
  expect(r.data!.resendNotification.deliveries).toEqual(expect.arrayContaining([{ channel: 'WHATSAPP', status: 'PENDING' }]));
  await eventually(async () => channel((await inbox(user.token)).notifications.nodes.find((x) => x.id === n.id), 'WHATSAPP').status === 'SENT', 30_000, 200);
  expect(messagesTo(fixed).filter((m) => m.body.includes('Reenviar depois'))).toHaveLength(1);
  expect(messagesTo(user.phone)).toHaveLength(0);
  // Delivered: a second resend is refused.
  expect((await resend(user.token)).errors?.[0].extensions?.code).toBe('CONFLICT');
}, 60_000);

test('resend from the platform inbox: a staff member resends a lead notice whose WhatsApp failed', async () => {
  const staff = await makeStaff();
  fake.failNext(1, 'not_whatsapp_user', staff.phone);
  const name = `Lead ${randomUUID().slice(0, 8)}`;
  const lead = await gql(stack.graphqlUrl, `mutation($i: SubmitLeadInput!) { submitLead(input: $i) { id } }`, {
    i: { name, email: 'lead-resend@example.com', whatsapp: '11 97777-6666', message: 'Quero saber do plano Pro.' },
  });
  expect(lead.errors).toBeUndefined();
  const title = `Novo contato: ${name}`;
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(staff.staffToken)).notifications.nodes, title);
    return row && channel(row, 'WHATSAPP')?.status === 'FAILED' ? row : null;
  }, 30_000, 200);
  const r = await gql(stack.graphqlUrl, `mutation($id: ID!) { resendNotification(id: $id, channel: WHATSAPP) { id deliveries { channel status } } }`, { id: n.id }, { token: staff.staffToken });
  expect(r.errors).toBeUndefined();
  await eventually(async () => channel(byTitle((await inbox(staff.staffToken)).notifications.nodes, title)[0], 'WHATSAPP').status === 'SENT', 30_000, 200);
  expect(messagesTo(staff.phone).filter((m) => m.body.includes(name))).toHaveLength(1);
}, 60_000);

test('WhatsApp not configured: the log-only channel stands in (inbox + LOG sent), nothing goes to WhatsApp', async () => {
  const owner = await signUpWithPhone();
  await stopWorker();
  const { WHATSAPP_TOKEN: _t, WHATSAPP_PHONE_NUMBER_ID: _p, WHATSAPP_API_URL: _u, ...plain } = envOf();
  await startWorker(plain);
  try {
    await deliver(requested(owner.accountId, `test:${randomUUID()}`, { title: 'Só registro' }));
    const n = await eventually(async () => {
      const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Só registro');
      return row && channel(row, 'LOG')?.status === 'SENT' ? row : null;
    });
    expect(n.deliveries.map((d: any) => d.channel).sort()).toEqual(['IN_APP', 'LOG']);
    expect(messagesTo(owner.phone)).toHaveLength(0);
  } finally {
    await stopWorker();
    await startWorker();
  }
}, 60_000);

test('isolation: owners and admins get their own rows; a member gets none; another account can neither see nor mark them', async () => {
  const a = await signUpWithPhone();
  await upgradeToPro(stack.graphqlUrl, a.token); // Free has one seat
  const admin = await join(a, 'ADMIN');
  const member = await join(a, 'MEMBER');
  const b = await signUp(stack.graphqlUrl);
  const e = requested(a.accountId, `test:${randomUUID()}`, { title: 'Só para a conta A', kind: 'payment_problem' });
  await deliver(e);
  const mine = await eventually(async () => byTitle((await inbox(a.token)).notifications.nodes, 'Só para a conta A')[0] ?? null);
  expect(mine.kind).toBe('PAYMENT_PROBLEM');
  const adminRow = await eventually(async () => byTitle((await inbox(admin)).notifications.nodes, 'Só para a conta A')[0] ?? null);
  expect(adminRow.id).not.toBe(mine.id);
  // The member is not a recipient, and the admin's row is not the owner's.
  expect(byTitle((await inbox(member)).notifications.nodes, 'Só para a conta A')).toEqual([]);
  expect((await inbox(member)).unreadNotificationCount).toBe(0);
  const viaAdmin = await gql(stack.graphqlUrl, `mutation($id: ID!) { markNotificationRead(id: $id) { id } }`, { id: mine.id }, { token: admin });
  expect(viaAdmin.errors?.[0].extensions?.code).toBe('NOT_FOUND');

  // Account B sees nothing, cannot mark A's row, and "mark all" touches nothing of A.
  const seen = await inbox(b.token);
  expect(seen.notifications.nodes).toEqual([]);
  expect(seen.unreadNotificationCount).toBe(0);
  const mark = await gql(stack.graphqlUrl, `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: mine.id }, { token: b.token });
  expect(mark.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(mark.errors?.[0].message).toBe('Aviso não encontrado.');
  const all = await gql(stack.graphqlUrl, `mutation { markAllNotificationsRead }`, {}, { token: b.token });
  expect(all.data).toEqual({ markAllNotificationsRead: 0 });
  expect(byTitle((await inbox(a.token)).notifications.nodes, 'Só para a conta A')[0].readAt).toBeNull();

  // Bad ids are typed errors.
  const bad = await gql(stack.graphqlUrl, `mutation { markNotificationRead(id: "nao-e-um-id") { id } }`, {}, { token: a.token });
  expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const page = await gql(stack.graphqlUrl, `query { notifications(first: 0) { nodes { id } } }`, {}, { token: a.token });
  expect(page.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const anon = await gql(stack.graphqlUrl, `query { unreadNotificationCount }`, {});
  expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

  // Both tables are under RLS, forced (the owner role too).
  const rls = await db.query(`select relname, relrowsecurity, relforcerowsecurity from pg_class where relnamespace = 'identity'::regnamespace and relname in ('notifications', 'notification_deliveries') order by relname`);
  expect(rls.rows).toEqual([
    { relname: 'notification_deliveries', relrowsecurity: true, relforcerowsecurity: true },
    { relname: 'notifications', relrowsecurity: true, relforcerowsecurity: true },
  ]);

  // Even the database refuses: inside B's tenant, A's rows are invisible (RLS, app role).
  const { rows } = await db.query(`select tenant_id from identity.notifications where id = $1`, [mine.id]);
  expect(rows[0].tenant_id).toBe(a.accountId);
  const app = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: stack.env.DATABASE_APP_USER ?? 'prumo_app', password: stack.env.DATABASE_APP_PASSWORD ?? 'prumo_app_dev' });
  await app.connect();
  try {
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [b.accountId, b.userId]);
    expect((await app.query(`select id from identity.notifications where id = $1`, [mine.id])).rows).toEqual([]);
    expect((await app.query(`update identity.notifications set read_at = now() where id = $1`, [mine.id])).rowCount).toBe(0);
    expect((await app.query(`select id from identity.notification_deliveries where notification_id = $1`, [mine.id])).rows).toEqual([]);
    // Same account, another user (the admin): the owner's row stays invisible too.
    await app.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)`, [a.accountId, randomUUID()]);
    expect((await app.query(`select id from identity.notifications where id = $1`, [mine.id])).rows).toEqual([]);
    await app.query('rollback');
  } finally {
    await app.end();
  }
}, 60_000);

test('reading: mark one, unread filter, mark all, keyset pages; the list is a constant number of statements', async () => {
  const owner = await signUpWithPhone();
  for (let i = 0; i < 5; i++) await deliver(requested(owner.accountId, `test:${randomUUID()}`, { title: `Aviso ${i}` }));
  await eventually(async () => (await inbox(owner.token)).unreadNotificationCount === 5);
  const first = await inbox(owner.token, { first: 3 });
  expect(first.notifications.nodes).toHaveLength(3);
  expect(first.notifications.pageInfo.hasNextPage).toBe(true);
  const second = await inbox(owner.token, { first: 3, after: first.notifications.pageInfo.endCursor });
  expect(second.notifications.nodes).toHaveLength(2);
  expect(second.notifications.pageInfo.hasNextPage).toBe(false);
  const ids = [...first.notifications.nodes, ...second.notifications.nodes].map((n) => n.id);
  expect(new Set(ids).size).toBe(5);

  const read = await gql(stack.graphqlUrl, `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`, { id: ids[0] }, { token: owner.token });
  expect(read.data!.markNotificationRead.readAt).toBeTruthy();
  const again = await gql(stack.graphqlUrl, `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: ids[0] }, { token: owner.token });
  expect(again.data!.markNotificationRead.readAt).toBe(read.data!.markNotificationRead.readAt); // idempotent
  const unread = await inbox(owner.token, { unread: true });
  expect(unread.unreadNotificationCount).toBe(4);
  expect(unread.notifications.nodes.map((n) => n.id)).not.toContain(ids[0]);

  // A page of 20 with deliveries: list + batched deliveries + count, whatever the page size.
  for (let i = 5; i < 20; i++) await deliver(requested(owner.accountId, `test:${randomUUID()}`, { title: `Aviso ${i}` }));
  await eventually(async () => (await inbox(owner.token)).unreadNotificationCount === 19);
  const { result, statements } = await countStatements(() => inbox(owner.token, { first: 20 }));
  expect(result.notifications.nodes).toHaveLength(20);
  expect(result.notifications.nodes.every((n) => n.deliveries.length === 2)).toBe(true);
  expect(statements).toBeGreaterThan(0);
  expect(statements).toBeLessThanOrEqual(12); // 3 queries x (begin, set_config, select, commit)

  const all = await gql(stack.graphqlUrl, `mutation { markAllNotificationsRead }`, {}, { token: owner.token });
  expect(all.data).toEqual({ markAllNotificationsRead: 19 });
  expect((await inbox(owner.token)).unreadNotificationCount).toBe(0);
}, 60_000);

test('from a real producer: a landing-page lead reaches the staff inbox (any account they use) and WhatsApp; not other users', async () => {
  const staff = await makeStaff();
  const staffToken = staff.staffToken;
  const other = await signUpWithPhone();

  const name = `Lead ${randomUUID().slice(0, 8)}`;
  const lead = await gql(stack.graphqlUrl, `mutation($i: SubmitLeadInput!) { submitLead(input: $i) { id } }`, {
    i: { name, email: 'lead@example.com', whatsapp: '11 98888-7777', message: 'Quero conhecer o plano Pro.' },
  });
  expect(lead.errors).toBeUndefined();
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(staffToken)).notifications.nodes, `Novo contato: ${name}`);
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  expect(n).toMatchObject({ kind: 'LEAD', link: '/admin' });
  expect(n.body).toContain('Quero conhecer o plano Pro.');
  expect(messagesTo(staff.phone).filter((m) => m.body.includes(name))).toHaveLength(1);
  expect(byTitle((await inbox(other.token)).notifications.nodes, `Novo contato: ${name}`)).toEqual([]);
  expect(messagesTo(other.phone)).toHaveLength(0);
  const { rows } = await db.query(`select tenant_id from identity.notifications where id = $1`, [n.id]);
  expect(rows[0].tenant_id).toBe('00000000-0000-0000-0000-000000000000');
  const marked = await gql(stack.graphqlUrl, `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`, { id: n.id }, { token: staffToken });
  expect(marked.data!.markNotificationRead.readAt).toBeTruthy();
}, 60_000);

test('from a real producer: revenue crossing 70% of the MEI limit (limits) -> the owner inbox and WhatsApp', async () => {
  const owner = await signUpWithPhone();
  const id = randomUUID();
  const year = saoPauloDate(new Date())!.year; // the app's year (São Paulo), not the runner's
  await limitsEvents.add('revenue.recorded', {
    id,
    type: 'revenue.recorded',
    tenantId: owner.accountId,
    occurredAt: new Date().toISOString(),
    payload: { source: 'documents', sourceId: `nf-${id}`, amountCents: 5_700_000, occurredOn: `${year}-03-15` },
  } as EventEnvelope, { jobId: id });
  const n = await eventually(async () => {
    const [row] = (await inbox(owner.token)).notifications.nodes.filter((x) => x.kind === 'LIMIT_ALERT');
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  expect(n.title).toBe(`Você atingiu 70% do limite do MEI em ${year}`);
  expect(n.link).toBe('/painel');
  expect(messagesTo(owner.phone)).toHaveLength(1);
}, 60_000);

test('from a real producer: billing moves a subscription past its grace period back to Free -> a payment problem in the owner inbox', async () => {
  const owner = await signUpWithPhone();
  await upgradeToPro(stack.graphqlUrl, owner.token);
  // The payment failed eight days ago (what Stripe's invoice.payment_failed leaves behind), then the
  // grace-period job runs: billing's own code writes the notification with the downgrade.
  await db.query(`update billing.subscriptions set status = 'past_due', past_due_since = now() - interval '8 days' where tenant_id = $1`, [owner.accountId]);
  await (stack.subgraphs.billing as any).services.subscriptions.enforceGracePeriods();
  const n = await eventually(async () => {
    const [row] = (await inbox(owner.token)).notifications.nodes.filter((x) => x.kind === 'PAYMENT_PROBLEM');
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  expect(n).toMatchObject({ title: 'Sua conta voltou para o plano Free', link: '/planos' });
  expect(messagesTo(owner.phone).filter((m) => m.body.includes('plano Free'))).toHaveLength(1);
}, 60_000);

// ---- WhatsApp: approved templates and delivery status webhooks ---------------------------------

/** A notification delivered to WhatsApp (SENT), with the message the fake accepted for it. */
async function sentToWhatsApp(user: SignedUp & { phone: string }, title: string) {
  await deliver(requested(user.accountId, `test:${randomUUID()}`, { title }));
  const n = await eventually(async () => {
    const [row] = byTitle((await inbox(user.token)).notifications.nodes, title);
    return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
  }, 30_000, 200);
  const message = messagesTo(user.phone).find((m) => m.body.includes(title))!;
  expect(message).toBeDefined();
  return { n, messageId: message.id };
}
/** The WhatsApp delivery row as the database has it (superuser: no RLS). */
const whatsappRow = async (notificationId: string) =>
  (
    await db.query(
      `select status, attempts, last_error, provider_message_id, delivered_at, read_at, updated_at from identity.notification_deliveries where notification_id = $1 and channel = 'whatsapp'`,
      [notificationId],
    )
  ).rows[0];
const webhookUrl = () => `${stack.router.url}/webhooks/whatsapp`;

test('template configured: the WhatsApp message is the approved template with one-line body parameters; an unknown template fails at once', async () => {
  const owner = await signUpWithPhone();
  await stopWorker();
  await startWorker({ ...envOf(), ...fake.templateEnv });
  try {
    await deliver(requested(owner.accountId, `test:${randomUUID()}`, { title: 'Modelo aprovado', body: 'Primeira linha.\n\nSegunda\tlinha com      espaços.', link: '/planos' }));
    const n = await eventually(async () => {
      const [row] = byTitle((await inbox(owner.token)).notifications.nodes, 'Modelo aprovado');
      return row && channel(row, 'WHATSAPP')?.status === 'SENT' ? row : null;
    }, 30_000, 200);
    expect(channel(n, 'WHATSAPP')).toMatchObject({ attempts: 1, lastError: null });
    const [m] = messagesTo(owner.phone);
    expect(m.type).toBe('template');
    expect(m.template).toEqual({
      name: 'prumo_aviso',
      language: 'pt_BR',
      parameters: ['Modelo aprovado', 'Primeira linha. Segunda linha com espaços.', `${stack.env.ROUTER_PUBLIC_URL}/planos`],
    });
    expect(m.body).toBe(`*Modelo aprovado*\n\nPrimeira linha. Segunda linha com espaços.\n\nAbrir no Prumo: ${stack.env.ROUTER_PUBLIC_URL}/planos`);
    expect((await whatsappRow(n.id)).provider_message_id).toBe(m.id);
  } finally {
    await stopWorker();
  }

  // A template name Meta does not know (typo, not approved, other language): 132001, permanent.
  const other = await signUpWithPhone();
  await startWorker({ ...envOf(), WHATSAPP_TEMPLATE_NAME: 'prumo_aviso_v2', WHATSAPP_TEMPLATE_LANGUAGE: 'pt_BR' });
  try {
    const refusedBefore = fake.requests.filter((r) => r.status === 400).length;
    await deliver(requested(other.accountId, `test:${randomUUID()}`, { title: 'Modelo inexistente' }));
    const n = await eventually(async () => {
      const [row] = byTitle((await inbox(other.token)).notifications.nodes, 'Modelo inexistente');
      return row && channel(row, 'WHATSAPP')?.status === 'FAILED' ? row : null;
    }, 30_000, 200);
    expect(channel(n, 'WHATSAPP').attempts).toBe(1); // not retried
    expect(channel(n, 'WHATSAPP').lastError).toContain('132001');
    expect(channel(n, 'WHATSAPP').lastError).toContain('prumo_aviso_v2');
    expect(channel(n, 'IN_APP').status).toBe('SENT');
    expect(messagesTo(other.phone)).toHaveLength(0);
    expect(fake.requests.filter((r) => r.status === 400).length).toBe(refusedBefore + 1);
  } finally {
    await stopWorker();
    await startWorker();
  }
}, 60_000);

test('webhook verification: Meta\'s GET through the router echoes the challenge for the right token only', async () => {
  const ok = await fake.verifyWebhook(webhookUrl());
  expect(ok.status).toBe(200);
  expect(ok.body).toBe(ok.challenge);
  expect((await fake.verifyWebhook(webhookUrl(), 'token-errado')).status).toBe(403);
  expect((await fake.verifyWebhook(webhookUrl(), `é${fake.verifyToken.slice(1)}`)).status).toBe(403); // same length in characters, not in bytes
  const q = new URLSearchParams({ 'hub.mode': 'unsubscribe', 'hub.verify_token': fake.verifyToken, 'hub.challenge': '123' });
  const wrongMode = await fetch(`${webhookUrl()}?${q}`);
  expect(wrongMode.status).toBe(403);
  expect(((await wrongMode.json()) as any).error.message).toBe('Verificação do webhook recusada.');
});

test('webhook POST with a bad or missing signature: 401, never parsed, nothing changes', async () => {
  const owner = await signUpWithPhone();
  const { n, messageId } = await sentToWhatsApp(owner, 'Assinatura conferida');
  const before = await whatsappRow(n.id);
  const forged = JSON.stringify(fake.statusPayload([{ messageId, status: 'failed', errors: [STATUS_ERRORS.reEngagement] }]));
  const otherSecret = await fake.sendWebhook(forged, { signature: fake.sign(forged, 'outro-segredo') });
  expect(otherSecret.status).toBe(401);
  expect(JSON.parse(otherSecret.body)).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Assinatura do webhook inválida.' } });
  expect((await fake.sendWebhook(forged, { signature: null })).status).toBe(401);
  // Signed for other bytes (the body was altered on the way).
  expect((await fake.sendWebhook(forged.replace('failed', 'read'), { signature: fake.sign(forged) })).status).toBe(401);
  // Not even JSON: still 401 (the signature is checked before any parsing).
  expect((await fake.sendWebhook('{não é json', { signature: 'sha256=' + '0'.repeat(64) })).status).toBe(401);
  expect(await whatsappRow(n.id)).toEqual(before);
  expect(channel(byTitle((await inbox(owner.token)).notifications.nodes, 'Assinatura conferida')[0], 'WHATSAPP')).toMatchObject({ status: 'SENT', lastError: null });
}, 60_000);

test('a failed status (outside the 24-hour window) marks the delivery FAILED with the error; the user resends it; the old message\'s late receipts are ignored', async () => {
  const user = await signUpWithPhone();
  const { n, messageId } = await sentToWhatsApp(user, 'Falhou depois');
  const r = await fake.sendStatus(messageId, 'failed', { errors: [STATUS_ERRORS.reEngagement] });
  expect(r.status).toBe(200);
  const failed = channel(byTitle((await inbox(user.token)).notifications.nodes, 'Falhou depois')[0], 'WHATSAPP');
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1, deliveredAt: null, readAt: null });
  expect(failed.lastError).toBe(
    'WhatsApp (131047): Re-engagement message — Message failed to send because more than 24 hours have passed since the customer last replied to this number.',
  );

  // The user sends it again (a new message, a new id).
  const RESEND = `mutation($id: ID!) { resendNotification(id: $id, channel: WHATSAPP) { id deliveries { channel status } } }`;
  const resent = await gql(stack.graphqlUrl, RESEND, { id: n.id }, { token: user.token });
  expect(resent.errors).toBeUndefined();
  expect(resent.data!.resendNotification.deliveries).toEqual(expect.arrayContaining([{ channel: 'WHATSAPP', status: 'PENDING' }]));
  const again = await eventually(async () => {
    const d = channel((await inbox(user.token)).notifications.nodes.find((x) => x.id === n.id), 'WHATSAPP');
    return d.status === 'SENT' ? d : null;
  }, 30_000, 200);
  expect(again).toMatchObject({ lastError: null, deliveredAt: null, readAt: null });
  const sent = messagesTo(user.phone).filter((m) => m.body.includes('Falhou depois'));
  expect(sent).toHaveLength(2);
  expect(sent[1].id).not.toBe(messageId);
  expect((await whatsappRow(n.id)).provider_message_id).toBe(sent[1].id);

  // A late receipt of the first message does not touch the new round; the new message's does.
  const row = await whatsappRow(n.id);
  expect((await fake.sendStatus(messageId, 'failed')).status).toBe(200);
  expect(await whatsappRow(n.id)).toEqual(row);
  await fake.sendStatus(sent[1].id, 'delivered');
  expect((await whatsappRow(n.id)).delivered_at).not.toBeNull();
  expect((await whatsappRow(n.id)).status).toBe('sent');
}, 60_000);

test('receipts Meta posts before the send is recorded are kept and applied when it is: a failed message ends FAILED, not "sent"', async () => {
  const user = await signUpWithPhone();
  fake.reportBeforeReply([{ status: 'delivered' }, { status: 'failed', errors: [STATUS_ERRORS.reEngagement] }]);
  try {
    await deliver(requested(user.accountId, `test:${randomUUID()}`, { title: 'Recibo adiantado' }));
    const d = await eventually(async () => {
      const row = byTitle((await inbox(user.token)).notifications.nodes, 'Recibo adiantado')[0];
      const w = row && channel(row, 'WHATSAPP');
      return w?.status === 'FAILED' ? w : null;
    }, 30_000, 200);
    expect(d.lastError).toMatch(/^WhatsApp \(131047\): Re-engagement message/);
    expect(d.deliveredAt).not.toBeNull();
    // Nothing is left waiting for this message.
    const message = messagesTo(user.phone).find((m) => m.body.includes('Recibo adiantado'))!;
    expect((await db.query(`select count(*)::int as n from identity.whatsapp_early_statuses where message_id = $1`, [message.id])).rows[0].n).toBe(0);
  } finally {
    fake.reportBeforeReply([]);
  }
}, 60_000);

test('delivered then read are recorded; out of order, duplicated or unknown receipts change nothing', async () => {
  const user = await signUpWithPhone();
  const { n, messageId } = await sentToWhatsApp(user, 'Entregue e lida');
  const at = (s: number) => new Date(Math.floor(Date.now() / 1000) * 1000 + s * 1000);
  const state = async () => channel((await inbox(user.token)).notifications.nodes.find((x) => x.id === n.id), 'WHATSAPP');

  // `sent` adds nothing to what the API call already recorded.
  const sentRow = await whatsappRow(n.id);
  expect((await fake.sendStatus(messageId, 'sent', { at: at(1) })).status).toBe(200);
  expect(await whatsappRow(n.id)).toEqual(sentRow);

  await fake.sendStatus(messageId, 'delivered', { at: at(2) });
  expect(await state()).toMatchObject({ status: 'SENT', deliveredAt: at(2).toISOString(), readAt: null });
  const delivered = await whatsappRow(n.id);
  // The same webhook again (Meta retries): byte for byte, nothing changes.
  const payload = fake.statusPayload([{ messageId, status: 'delivered', at: at(2) }]);
  expect((await fake.sendWebhook(payload)).status).toBe(200);
  expect((await fake.sendWebhook(payload)).status).toBe(200);
  expect(await whatsappRow(n.id)).toEqual(delivered);

  await fake.sendStatus(messageId, 'read', { at: at(5) });
  expect(await state()).toMatchObject({ status: 'SENT', deliveredAt: at(2).toISOString(), readAt: at(5).toISOString(), lastError: null });
  const read = await whatsappRow(n.id);
  // Late `delivered` and `sent` after `read`, a second `read`, even `failed`: never backwards.
  await fake.sendStatus(messageId, 'delivered', { at: at(7) });
  await fake.sendStatus(messageId, 'sent', { at: at(8) });
  await fake.sendStatus(messageId, 'read', { at: at(9) });
  await fake.sendStatus(messageId, 'failed', { at: at(10) });
  expect(await whatsappRow(n.id)).toEqual(read);

  // `read` first (the `delivered` receipt lost): read implies delivered; the late one changes nothing.
  const second = await sentToWhatsApp(user, 'Lida sem entregue');
  await fake.sendWebhook(fake.statusPayload([{ messageId: second.messageId, status: 'read', at: at(3) }]));
  const readFirst = await whatsappRow(second.n.id);
  expect(readFirst).toMatchObject({ status: 'sent', delivered_at: at(3), read_at: at(3) });
  await fake.sendStatus(second.messageId, 'delivered', { at: at(2) });
  expect(await whatsappRow(second.n.id)).toEqual(readFirst);

  // A message Prumo never sent: acknowledged (Meta must not retry it) and ignored.
  const unknown = await fake.sendStatus(`wamid.${randomUUID()}`, 'failed');
  expect(unknown.status).toBe(200);
  expect(await whatsappRow(n.id)).toEqual(read);
}, 60_000);

test('webhook isolation: one payload touches only the tenants owning its messages; the lookup across tenants yields tenant ids only', async () => {
  const a = await signUpWithPhone();
  const b = await signUpWithPhone();
  const sa = await sentToWhatsApp(a, 'Conta A no WhatsApp');
  const sb = await sentToWhatsApp(b, 'Conta B no WhatsApp');
  const bBefore = await whatsappRow(sb.n.id);

  expect((await fake.sendStatus(sa.messageId, 'failed', { errors: [STATUS_ERRORS.undeliverable] })).status).toBe(200);
  expect(await whatsappRow(sa.n.id)).toMatchObject({ status: 'failed', last_error: 'WhatsApp (131026): Message undeliverable — Message Undeliverable.' });
  expect(await whatsappRow(sb.n.id)).toEqual(bBefore);
  expect(channel(byTitle((await inbox(b.token)).notifications.nodes, 'Conta B no WhatsApp')[0], 'WHATSAPP')).toMatchObject({ status: 'SENT', lastError: null });

  // One webhook carrying receipts of both accounts: each applied inside its own tenant.
  const t = new Date(Math.floor(Date.now() / 1000) * 1000);
  await fake.sendWebhook(fake.statusPayload([{ messageId: sb.messageId, status: 'delivered', at: t }, { messageId: sa.messageId, status: 'read', at: t }]));
  expect((await whatsappRow(sb.n.id)).delivered_at).toEqual(t);
  expect(await whatsappRow(sa.n.id)).toMatchObject({ status: 'failed', read_at: null }); // failed stays failed

  // As the app role inside B's tenant: A's delivery is invisible, and the webhook's lookup function
  // answers only which tenant a message id belongs to.
  const app = new Pg({ host: '127.0.0.1', database: process.env.DATABASE_NAME, user: stack.env.DATABASE_APP_USER ?? 'prumo_app', password: stack.env.DATABASE_APP_PASSWORD ?? 'prumo_app_dev' });
  await app.connect();
  try {
    await app.query('begin');
    await app.query(`select set_config('app.tenant_id', $1, true), set_config('app.user_id', '', true)`, [b.accountId]);
    expect((await app.query(`select id from identity.notification_deliveries where provider_message_id = $1`, [sa.messageId])).rows).toEqual([]);
    expect((await app.query(`update identity.notification_deliveries set status = 'sent' where provider_message_id = $1`, [sa.messageId])).rowCount).toBe(0);
    const lookup = await app.query(`select * from identity.delivery_tenants($1::text[])`, [[sa.messageId, sb.messageId, 'wamid.desconhecido']]);
    expect(lookup.fields.map((f) => f.name)).toEqual(['provider_message_id', 'tenant_id']);
    expect(lookup.rows.sort((x, y) => x.tenant_id.localeCompare(y.tenant_id))).toEqual(
      [{ provider_message_id: sa.messageId, tenant_id: a.accountId }, { provider_message_id: sb.messageId, tenant_id: b.accountId }].sort((x, y) => x.tenant_id.localeCompare(y.tenant_id)),
    );
    await app.query('rollback');
  } finally {
    await app.end();
  }
}, 60_000);
