import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeWhatsApp, STATUS_ERRORS, type FakeWhatsApp } from './fake-whatsapp';

let fake: FakeWhatsApp;
beforeAll(async () => {
  fake = await startFakeWhatsApp();
});
afterAll(() => fake.stop());

const send = (body: unknown, opts: { token?: string; phoneId?: string } = {}) =>
  fetch(`${fake.url}/${opts.phoneId ?? fake.phoneNumberId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${opts.token ?? fake.token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const text = (to: string, body = 'Olá') => ({ messaging_product: 'whatsapp', to, type: 'text', text: { body } });

test('accepts a text message and answers like the Cloud API', async () => {
  const r = await send(text('5511987654321', 'Novo contato'));
  expect(r.status).toBe(200);
  const json: any = await r.json();
  expect(json).toMatchObject({ messaging_product: 'whatsapp', contacts: [{ input: '5511987654321', wa_id: '5511987654321' }] });
  expect(json.messages[0].id).toMatch(/^wamid\./);
  expect(fake.messages.at(-1)).toMatchObject({ to: '5511987654321', body: 'Novo contato', id: json.messages[0].id });
});

test('wrong token -> 401 OAuthException 190; unknown phone number id -> 400 code 100; nothing recorded', async () => {
  const before = fake.messages.length;
  const bad = await send(text('5511987654321'), { token: 'nope' });
  expect(bad.status).toBe(401);
  expect(((await bad.json()) as any).error).toMatchObject({ type: 'OAuthException', code: 190 });
  const other = await send(text('5511987654321'), { phoneId: '123' });
  expect(other.status).toBe(400);
  expect(((await other.json()) as any).error).toMatchObject({ code: 100, error_subcode: 33 });
  expect(fake.messages.length).toBe(before);
});

test('validates the body: messaging_product, to, text.body', async () => {
  expect(((await (await send({ to: '5511987654321', type: 'text', text: { body: 'x' } })).json()) as any).error.code).toBe(100);
  expect(((await (await send(text('abc'))).json()) as any).error.code).toBe(131009);
  expect(((await (await send(text('5511987654321', ''))).json()) as any).error.code).toBe(100);
  expect((await send('{not json')).status).toBe(400);
});

test('failNext: n failures (500 or a Graph error), then success', async () => {
  fake.failNext(2);
  expect((await send(text('5511912345678'))).status).toBe(500);
  const second = await send(text('5511912345678'));
  expect(second.status).toBe(500);
  expect(((await second.json()) as any).error).toMatchObject({ code: 1, is_transient: true });
  expect((await send(text('5511912345678'))).status).toBe(200);
  fake.failNext(1, 'not_whatsapp_user');
  const undeliverable = await send(text('5511912345678'));
  expect(undeliverable.status).toBe(400);
  expect(((await undeliverable.json()) as any).error.code).toBe(131026);
});

test('failNext can target one recipient: others keep working', async () => {
  fake.failNext(1, 'rate_limited', '5511900000001');
  expect((await send(text('5511900000002'))).status).toBe(200);
  const limited = await send(text('5511900000001'));
  expect(limited.status).toBe(429);
  expect(((await limited.json()) as any).error.code).toBe(130429);
  expect((await send(text('5511900000001'))).status).toBe(200);
});

const template = (to: string, t: unknown) => ({ messaging_product: 'whatsapp', to, type: 'template', template: t });
const bodyParams = (...texts: unknown[]) => [{ type: 'body', parameters: texts.map((text) => ({ type: 'text', text })) }];
const graphError = async (r: Response) => (((await r.json()) as any).error ?? null);

test('accepts an approved template with its body parameters, renders and records it', async () => {
  const r = await send(template('5511987654321', { name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('Título', 'Corpo do aviso', 'https://app/painel') }));
  expect(r.status).toBe(200);
  const json: any = await r.json();
  expect(json.messages[0].id).toMatch(/^wamid\./);
  expect(fake.messages.at(-1)).toMatchObject({
    id: json.messages[0].id,
    to: '5511987654321',
    type: 'template',
    body: '*Título*\n\nCorpo do aviso\n\nAbrir no Prumo: https://app/painel',
    template: { name: 'prumo_aviso', language: 'pt_BR', parameters: ['Título', 'Corpo do aviso', 'https://app/painel'] },
  });
});

test('rejects malformed templates like the Cloud API (Graph error shape), recording nothing', async () => {
  const before = fake.messages.length;
  const to = '5511987654321';
  const cases: Array<[unknown, number, RegExp?]> = [
    [undefined, 100],
    [{ language: { code: 'pt_BR' }, components: bodyParams('a', 'b', 'c') }, 100, /template\['name'\]/],
    [{ name: 'prumo_aviso', components: bodyParams('a', 'b', 'c') }, 100, /template\['language'\]/],
    [{ name: 'prumo_aviso', language: 'pt_BR', components: bodyParams('a', 'b', 'c') }, 100, /template\['language'\]/],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 42, 'c') }, 100],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: [{ type: 'body', parameters: [{ type: 'texto', text: 'a' }] }] }, 100],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', '', 'c') }, 131008],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'b') }, 132000],
    [{ name: 'nao_existe', language: { code: 'pt_BR' }, components: bodyParams('a', 'b', 'c') }, 132001],
    [{ name: 'prumo_aviso', language: { code: 'en_US' }, components: bodyParams('a', 'b', 'c') }, 132001],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'linha 1\nlinha 2', 'c') }, 132018],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'tab\taqui', 'c') }, 132018],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'cinco     espaços', 'c') }, 132018],
    [{ name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'x'.repeat(1100), 'c') }, 132005],
  ];
  for (const [t, code, message] of cases) {
    const r = await send(template(to, t));
    expect(r.status).toBe(400);
    const error = await graphError(r);
    expect({ t, code: error.code }).toEqual({ t, code });
    expect(error).toMatchObject({ type: 'OAuthException', fbtrace_id: expect.any(String) });
    if (message) expect(error.message).toMatch(message);
  }
  // Four spaces are allowed.
  expect((await send(template(to, { name: 'prumo_aviso', language: { code: 'pt_BR' }, components: bodyParams('a', 'quatro    espaços', 'c') }))).status).toBe(200);
  expect(fake.messages.length).toBe(before + 1);
});

test('failNext re_engagement: 131047 outside the 24-hour window', async () => {
  fake.failNext(1, 're_engagement');
  const r = await send(text('5511912340000'));
  expect(r.status).toBe(400);
  expect(await graphError(r)).toMatchObject({ code: 131047, error_data: { details: expect.stringContaining('24 hours') } });
});

describe('webhooks', () => {
  let receiver: Server;
  let received: Array<{ method: string; url: string; headers: IncomingMessage['headers']; raw: Buffer }> = [];
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, raw: Buffer.concat(chunks) });
        const u = new URL(req.url ?? '/', 'http://x');
        if (req.method === 'GET') {
          const ok = u.searchParams.get('hub.verify_token') === fake.verifyToken;
          res.writeHead(ok ? 200 : 403).end(ok ? u.searchParams.get('hub.challenge') : 'no');
        } else res.writeHead(200).end('{"received":true}');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    fake.setWebhookUrl(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/whatsapp`);
  });
  afterAll(() => new Promise((r) => receiver.close(r)));
  beforeEach(() => {
    received = [];
  });

  test('sendStatus posts Meta\'s status payload, signed with the app secret over the raw bytes', async () => {
    await send(text('5511987651111', 'Olá'));
    const id = fake.messages.at(-1)!.id;
    const at = new Date('2025-03-10T12:00:05Z');
    expect(await fake.sendStatus(id, 'delivered', { at })).toEqual({ status: 200, body: '{"received":true}' });
    const [hit] = received;
    expect(hit.method).toBe('POST');
    expect(hit.headers['x-hub-signature-256']).toBe(`sha256=${createHmac('sha256', fake.appSecret).update(hit.raw).digest('hex')}`);
    const payload = JSON.parse(hit.raw.toString('utf8'));
    expect(payload).toMatchObject({
      object: 'whatsapp_business_account',
      entry: [{ changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: fake.phoneNumberId }, statuses: [{ id, status: 'delivered', timestamp: '1741608005', recipient_id: '5511987651111' }] } }] }],
    });
    await fake.sendStatus(id, 'failed', { errors: [STATUS_ERRORS.reEngagement] });
    const failed = JSON.parse(received[1].raw.toString('utf8')).entry[0].changes[0].value.statuses[0];
    expect(failed).toMatchObject({ status: 'failed', errors: [{ code: 131047, title: 'Re-engagement message' }] });
    expect(fake.webhooks.slice(-2).map((w) => w.status)).toEqual([200, 200]);
  });

  test('sendWebhook can send a wrong or missing signature; non-ASCII is escaped like Meta does', async () => {
    await fake.sendWebhook({ object: 'whatsapp_business_account', entry: [], note: 'ação' }, { signature: 'sha256=00' });
    expect(received[0].headers['x-hub-signature-256']).toBe('sha256=00');
    expect(received[0].raw.toString('utf8')).toContain('a\\u00e7\\u00e3o');
    await fake.sendWebhook('{}', { signature: null });
    expect(received[1].headers['x-hub-signature-256']).toBeUndefined();
    expect(fake.sign('{}', 'other')).toBe(`sha256=${createHmac('sha256', 'other').update('{}').digest('hex')}`);
  });

  test('verifyWebhook performs Meta\'s subscription check', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/whatsapp`;
    const ok = await fake.verifyWebhook(url);
    expect(ok).toEqual({ status: 200, body: ok.challenge, challenge: ok.challenge });
    expect(new URL(received[0].url, 'http://x').searchParams.get('hub.mode')).toBe('subscribe');
    expect((await fake.verifyWebhook(url, 'wrong')).status).toBe(403);
  });
});
