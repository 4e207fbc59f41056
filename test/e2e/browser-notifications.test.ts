import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { QUEUES, type EventEnvelope } from '@prumo/kit';
import { eventually, gql } from '@prumo/kit/testing';
import { startFakeWhatsApp, type FakeWhatsApp } from '../fakes/fake-whatsapp';
import { signInInBrowser, useBrowserStack } from './browser-harness';
import { signUp } from './helpers';

// The bell in a real browser: unread count in the header, the dropdown, following a link marks the
// notification read, "Marcar todos como lidos" clears the badge; a WhatsApp delivery that failed is
// sent again after the number is fixed in "Meu perfil", then shows WhatsApp's delivered/read receipts.
// WhatsApp is the local fake Graph API (which also sends the signed status webhooks).
let fake: FakeWhatsApp;
beforeAll(async () => {
  fake = await startFakeWhatsApp();
});
afterAll(async () => {
  await fake?.stop();
});
const env = useBrowserStack({ viewport: { width: 1280, height: 860 }, timeoutMs: 10_000, env: () => fake.env });

async function notify(accountId: string, payload: Record<string, unknown>) {
  const queue = new Queue<EventEnvelope>(QUEUES.events('identity'), { connection: { url: env.stack.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: env.stack.env.REDIS_PREFIX });
  try {
    const id = randomUUID();
    await queue.add('notification.requested', { id, type: 'notification.requested', tenantId: accountId, occurredAt: new Date().toISOString(), payload: { key: `browser:${id}`, accountId, ...payload } }, { jobId: id });
  } finally {
    await queue.close();
  }
}


test('browser: the header bell shows the unread count, lists notifications, follows links and marks them read', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));
  const user = await signUp(env.stack.graphqlUrl);
  const notes = [
    { title: 'Você atingiu 70% do limite do MEI', body: 'Faturamento de 2026: R$ 56.700,00 de R$ 81.000,00.', kind: 'limit_alert', link: '/planos' },
    { title: 'Não conseguimos cobrar sua assinatura', body: 'Atualize a forma de pagamento em até 7 dias.', kind: 'payment_problem', link: '/configuracoes' },
  ];
  for (const n of notes) await notify(user.accountId, n);
  await eventually(async () => (await gql(env.stack.graphqlUrl, `query { unreadNotificationCount }`, {}, { token: user.token })).data?.unreadNotificationCount === 2);

  await signInInBrowser(env, user.email, user.password);

  const bell = env.page.getByRole('button', { name: /^Avisos:/ });
  await env.page.getByRole('button', { name: 'Avisos: 2 não lidos' }).waitFor();
  await bell.click();
  const panel = env.page.getByRole('menu', { name: 'Avisos' });
  await panel.getByText('Você atingiu 70% do limite do MEI').waitFor();
  await panel.getByText('Não conseguimos cobrar sua assinatura').waitFor();
  await panel.getByText('Limite do MEI', { exact: true }).waitFor();

  // Following a notification marks it read and navigates to its link.
  await panel.getByRole('menuitem', { name: /Você atingiu 70%/ }).click();
  await env.page.waitForURL('**/planos');
  await env.page.getByRole('button', { name: 'Avisos: 1 não lido' }).waitFor();

  // Mark all: the badge goes away.
  await bell.click();
  await panel.getByRole('menuitem', { name: 'Marcar todos como lidos' }).click();
  await env.page.getByRole('button', { name: 'Avisos: nenhum não lido' }).waitFor();
  await env.page.screenshot({ path: '/tmp/prumo-avisos.png' });
  const count = await gql(env.stack.graphqlUrl, `query { unreadNotificationCount }`, {}, { token: user.token });
  expect(count.data).toEqual({ unreadNotificationCount: 0 });
  expect(pageErrors).toEqual([]);
}, 90_000);

test('browser: a WhatsApp delivery that failed -> fix the number in "Meu perfil" -> "Reenviar pelo WhatsApp" -> delivered to the new number', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));
  await env.context.clearCookies();
  const oldPhone = `5511${String(Date.now()).slice(-9).replace(/^./, '9')}`;
  const user = await signUp(env.stack.graphqlUrl, { whatsapp: oldPhone.slice(2) });
  fake.failNext(1, 'not_whatsapp_user', oldPhone);
  await notify(user.accountId, { title: 'Pedido novo no marketplace', body: 'Você recebeu um pedido.', kind: 'generic', link: '/marketplace/pedidos' });
  const STATUS = `query { notifications(first: 5) { nodes { title deliveries { channel status } } } }`;
  const whatsappStatus = async () =>
    (await gql(env.stack.graphqlUrl, STATUS, {}, { token: user.token })).data?.notifications.nodes[0]?.deliveries.find((d: any) => d.channel === 'WHATSAPP')?.status;
  await eventually(async () => (await whatsappStatus()) === 'FAILED', 20_000, 200);

  await signInInBrowser(env, user.email, user.password);
  await env.page.getByRole('button', { name: /^Avisos:/ }).click();
  const panel = env.page.getByRole('menu', { name: 'Avisos' });
  await panel.getByText('Não chegou no seu WhatsApp.').waitFor();
  await panel.getByRole('link', { name: 'Conferir número' }).click();
  await env.page.waitForURL('**/configuracoes?aba=perfil');
  const form = env.page.getByRole('form', { name: 'Meu perfil' });
  await form.getByLabel('WhatsApp').fill('123');
  await form.getByRole('button', { name: 'Salvar' }).click();
  await form.getByText('WhatsApp inválido. Use DDD + número.').waitFor();
  const newPhone = `5521${oldPhone.slice(4)}`;
  await form.getByLabel('WhatsApp').fill(`(21) ${newPhone.slice(4)}`);
  await form.getByRole('button', { name: 'Salvar' }).click();
  await form.getByText('Perfil salvo.').waitFor();

  await env.page.getByRole('button', { name: /^Avisos:/ }).click();
  await panel.getByRole('button', { name: 'Reenviar pelo WhatsApp' }).click();
  await eventually(async () => (await whatsappStatus()) === 'SENT', 20_000, 200);
  const delivered = fake.messages.filter((m) => m.to === newPhone && m.body.includes('Pedido novo no marketplace'));
  expect(delivered).toHaveLength(1);
  expect(fake.messages.filter((m) => m.to === oldPhone)).toHaveLength(0);

  // WhatsApp's receipts arrive by webhook (signed, through the router): the bell says so.
  fake.setWebhookUrl(`${env.stack.router.url}/webhooks/whatsapp`);
  expect((await fake.sendStatus(delivered[0].id, 'delivered')).status).toBe(200);
  await env.page.getByRole('button', { name: /^Avisos:/ }).click(); // closes the open panel
  await env.page.getByRole('button', { name: /^Avisos:/ }).click(); // opens it again: fresh data
  await panel.getByText('Entregue no WhatsApp').waitFor();
  expect(await panel.getByText('Não chegou no seu WhatsApp.').count()).toBe(0);
  expect((await fake.sendStatus(delivered[0].id, 'read')).status).toBe(200);
  await env.page.getByRole('button', { name: /^Avisos:/ }).click();
  await env.page.getByRole('button', { name: /^Avisos:/ }).click();
  await panel.getByText('Lida no WhatsApp').waitFor();
  await env.page.screenshot({ path: '/tmp/prumo-avisos-lida.png' });
  expect(pageErrors).toEqual([]);
}, 90_000);
