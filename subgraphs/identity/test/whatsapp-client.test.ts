// The WhatsApp Cloud API client against the local fake (real HTTP): what is sent, and which errors
// are worth a retry.
import { startFakeWhatsApp, type FakeWhatsApp } from '../../../test/fakes/fake-whatsapp';
import { deliveryJobId } from '../src/notifications/notification.dispatcher';
import { createHmac } from 'node:crypto';
import { loadNotificationSettings } from '../src/notifications/notification.config';
import { messageText, TEMPLATE_CAPS, templateParameters, whatsappMessage } from '../src/notifications/notification.job';
import { isPermanentWhatsAppCode, templateParameter, WhatsAppClient, WhatsAppError } from '../src/notifications/whatsapp.client';
import { parseStatuses, validSignature } from '../src/notifications/whatsapp.webhook';

let fake: FakeWhatsApp;
let client: WhatsAppClient;
beforeAll(async () => {
  fake = await startFakeWhatsApp();
  client = new WhatsAppClient({ token: fake.token, phoneNumberId: fake.phoneNumberId, apiUrl: fake.url });
});
afterAll(() => fake.stop());

const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (err) {
    return err as WhatsAppError;
  }
  throw new Error('expected a failure');
};

test('sends a text message and returns the wamid', async () => {
  const id = await client.sendText('5511987650001', 'Olá, Carla!');
  expect(id).toMatch(/^wamid\./);
  expect(fake.messages.at(-1)).toMatchObject({ id, to: '5511987650001', body: 'Olá, Carla!' });
});

test('5xx and rate limits are retryable; undeliverable numbers, bad tokens and unknown senders are not', async () => {
  fake.failNext(1, 'server_error');
  expect(await failure(client.sendText('5511987650002', 'x'))).toMatchObject({ retryable: true, status: 500 });
  fake.failNext(1, 'rate_limited');
  expect(await failure(client.sendText('5511987650002', 'x'))).toMatchObject({ retryable: true, status: 429, code: 130429 });
  fake.failNext(1, 'not_whatsapp_user');
  const gone = await failure(client.sendText('5511987650002', 'x'));
  expect(gone).toMatchObject({ retryable: false, status: 400, code: 131026 });
  expect(gone.message).toContain('Message undeliverable');
  const badToken = new WhatsAppClient({ token: 'wrong', phoneNumberId: fake.phoneNumberId, apiUrl: fake.url });
  expect(await failure(badToken.sendText('5511987650002', 'x'))).toMatchObject({ retryable: false, status: 401, code: 190 });
  const otherSender = new WhatsAppClient({ token: fake.token, phoneNumberId: '999', apiUrl: fake.url });
  expect(await failure(otherSender.sendText('5511987650002', 'x'))).toMatchObject({ retryable: false, code: 100 });
});

test('an unreachable API is retryable', async () => {
  const down = new WhatsAppClient({ token: 't', phoneNumberId: '1', apiUrl: 'http://127.0.0.1:9/v21.0' }, 2000);
  expect(await failure(down.sendText('5511987650003', 'x'))).toMatchObject({ retryable: true });
});

test('message text and job ids', () => {
  expect(messageText({ title: 'Novo contato', body: 'Ana escreveu', link: '/admin' }, 'https://app.prumo.com.br/')).toBe(
    '*Novo contato*\n\nAna escreveu\n\nAbrir no Prumo: https://app.prumo.com.br/admin',
  );
  expect(messageText({ title: 'T', body: 'B', link: null }, 'http://x')).toBe('*T*\n\nB');
  expect(messageText({ title: 'T', body: 'x'.repeat(5000), link: null }, 'http://x')).toHaveLength(4096);
  // BullMQ refuses ':' in custom ids: the key is URI-encoded, '|' separates the parts; distinct keys stay distinct.
  const id = deliveryJobId('inquiry:0190', '0190-user', 'whatsapp');
  expect(id).toBe('inquiry%3A0190|0190-user|whatsapp');
  expect(id).not.toContain(':');
  expect(deliveryJobId('a:b', 'u', 'log')).not.toBe(deliveryJobId('a.b', 'u', 'log'));
});

test('sends an approved template exactly as the Cloud API expects and returns the wamid', async () => {
  const params = templateParameters({ title: 'Novo contato', body: 'Ana escreveu:\n\n\t"Quero o plano Pro"', link: '/admin' }, 'https://app.prumo.com.br/');
  expect(params).toEqual(['Novo contato', 'Ana escreveu: "Quero o plano Pro"', 'https://app.prumo.com.br/admin']);
  const id = await client.sendTemplate('5511987650004', 'prumo_aviso', 'pt_BR', params);
  expect(id).toMatch(/^wamid\./);
  expect(fake.messages.at(-1)).toMatchObject({
    id,
    type: 'template',
    template: { name: 'prumo_aviso', language: 'pt_BR', parameters: params },
    body: '*Novo contato*\n\nAna escreveu: "Quero o plano Pro"\n\nAbrir no Prumo: https://app.prumo.com.br/admin',
  });
});

test('template parameters: one line, no runs of spaces, never empty, capped within Meta\'s 1,024-character body', () => {
  expect(templateParameter('a\r\nb\tc      d\u2028e', 50)).toBe('a b c d e');
  expect(templateParameter('   \n ', 50)).toBe('-');
  expect(templateParameter('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  const [title, body, link] = templateParameters({ title: 'T'.repeat(500), body: 'B '.repeat(2000), link: null }, 'http://x');
  expect(title).toHaveLength(TEMPLATE_CAPS.title);
  expect(body.length).toBeLessThanOrEqual(TEMPLATE_CAPS.body);
  expect(link).toBe('http://x/'); // no link: the app's home (a parameter cannot be empty)
  expect(TEMPLATE_CAPS.title + TEMPLATE_CAPS.body + TEMPLATE_CAPS.link).toBeLessThan(1024);
  for (const p of [title, body, link]) expect(p).not.toMatch(/[\n\t]| {5,}/);
  // No template configured: today's free-form text.
  expect(whatsappMessage({ title: 'T', body: 'B', link: null }, 'http://x', null)).toEqual({ type: 'text', body: '*T*\n\nB' });
  expect(whatsappMessage({ title: 'T', body: 'B', link: '/p' }, 'http://x', { name: 'prumo_aviso', language: 'pt_BR' })).toEqual({
    type: 'template', name: 'prumo_aviso', language: 'pt_BR', parameters: ['T', 'B', 'http://x/p'],
  });
});

test('outside the 24-hour window (131047) and template errors (132xxx) are permanent', async () => {
  fake.failNext(1, 're_engagement');
  const window = await failure(client.sendText('5511987650005', 'x'));
  expect(window).toMatchObject({ retryable: false, status: 400, code: 131047 });
  expect(window.message).toContain('24 hours');
  const missing = await failure(client.sendTemplate('5511987650005', 'nao_existe', 'pt_BR', ['a', 'b', 'c']));
  expect(missing).toMatchObject({ retryable: false, code: 132001 });
  const count = await failure(client.sendTemplate('5511987650005', 'prumo_aviso', 'pt_BR', ['a', 'b']));
  expect(count).toMatchObject({ retryable: false, code: 132000 });
  for (const code of [131047, 131026, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 132018]) expect(isPermanentWhatsAppCode(code)).toBe(true);
  for (const code of [1, 2, 130429, 131000, 131016, 131048, 133004, undefined]) expect(isPermanentWhatsAppCode(code)).toBe(false);
});

test('configuration: template name and language (pt_BR by default), webhook secrets; invalid values refused at start', () => {
  const base = { WHATSAPP_TOKEN: 't', WHATSAPP_PHONE_NUMBER_ID: '1' };
  expect(loadNotificationSettings(base).whatsapp?.template).toBeNull();
  expect(loadNotificationSettings({ ...base, WHATSAPP_TEMPLATE_NAME: 'prumo_aviso' }).whatsapp?.template).toEqual({ name: 'prumo_aviso', language: 'pt_BR' });
  expect(loadNotificationSettings({ ...base, WHATSAPP_TEMPLATE_NAME: 'prumo_aviso', WHATSAPP_TEMPLATE_LANGUAGE: 'en_US' }).whatsapp?.template).toEqual({ name: 'prumo_aviso', language: 'en_US' });
  expect(() => loadNotificationSettings({ ...base, WHATSAPP_TEMPLATE_NAME: 'Prumo Aviso' })).toThrow(/WHATSAPP_TEMPLATE_NAME/);
  expect(() => loadNotificationSettings({ ...base, WHATSAPP_TEMPLATE_NAME: 'x', WHATSAPP_TEMPLATE_LANGUAGE: 'portuguese' })).toThrow(/WHATSAPP_TEMPLATE_LANGUAGE/);
  expect(loadNotificationSettings({}).webhook).toEqual({ verifyToken: null, appSecret: null });
  expect(loadNotificationSettings({ WHATSAPP_WEBHOOK_VERIFY_TOKEN: ' v ', WHATSAPP_APP_SECRET: 's' }).webhook).toEqual({ verifyToken: 'v', appSecret: 's' });
});

test('webhook: signature over the raw bytes; statuses parsed from Meta\'s payload, other content skipped', () => {
  const raw = Buffer.from('{"object":"whatsapp_business_account","entry":[]}');
  const good = `sha256=${createHmac('sha256', 'segredo').update(raw).digest('hex')}`;
  expect(validSignature(raw, good, 'segredo')).toBe(true);
  expect(validSignature(raw, good.toUpperCase().replace('SHA256', 'sha256'), 'segredo')).toBe(true);
  expect(validSignature(raw, good, 'outro')).toBe(false);
  expect(validSignature(Buffer.concat([raw, Buffer.from(' ')]), good, 'segredo')).toBe(false);
  expect(validSignature(raw, undefined, 'segredo')).toBe(false);
  expect(validSignature(raw, 'sha256=abc', 'segredo')).toBe(false);

  const statuses = parseStatuses({
    object: 'whatsapp_business_account',
    entry: [{ changes: [
      { field: 'messages', value: { messages: [{ from: '5511', text: { body: 'oi' } }] } },
      { field: 'messages', value: { statuses: [
        { id: 'wamid.A', status: 'delivered', timestamp: '1741608005', recipient_id: '5511' },
        { id: 'wamid.B', status: 'failed', timestamp: '1741608006', errors: [{ code: 131047, title: 'Re-engagement message', error_data: { details: 'More than 24 hours.' } }] },
        { id: 'wamid.C', status: 'deleted', timestamp: '1' },
        { status: 'read' },
      ] } },
      { field: 'account_update', value: {} },
    ] }],
  });
  expect(statuses).toEqual([
    { messageId: 'wamid.A', status: 'delivered', at: new Date(1741608005000), error: null },
    { messageId: 'wamid.B', status: 'failed', at: new Date(1741608006000), error: 'WhatsApp (131047): Re-engagement message — More than 24 hours.' },
  ]);
  expect(parseStatuses({ object: 'page', entry: [] })).toEqual([]);
  expect(parseStatuses(null)).toEqual([]);
});
