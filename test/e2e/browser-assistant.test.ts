import { randomUUID } from 'node:crypto';
import { generateCnpj, saoPauloDate } from '@prumo/br';
import { nfeXml } from '../../subgraphs/documents/src/demo/fiscal-xml';
import { useBrowserStack } from './browser-harness';

// The assistant page in a real browser (offline model): the "modo offline" label, an exact answer
// with its data citation streamed while written, a document answer whose citation opens the
// document, the conversation list.
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 15_000 });

test('assistant page: exact figures, citations that open the cited document, conversation list', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));
  const unique = randomUUID().slice(0, 8);
  const cnpj = generateCnpj();

  await env.page.goto(`${env.stack.router.url}/cadastro`);
  await env.page.getByLabel('Seu nome', { exact: true }).fill('Bia Assistente');
  await env.page.getByLabel('E-mail', { exact: true }).fill(`assist-${unique}@example.com`);
  await env.page.getByLabel('Senha', { exact: true }).fill('senha-forte-2024');
  await env.page.getByLabel('Nome da empresa', { exact: true }).fill(`Doceria ${unique}`);
  await env.page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(cnpj);
  await env.page.getByRole('button', { name: 'Criar conta' }).click();
  await env.page.waitForURL('**/painel');

  // One issued NF-e, uploaded on the documents page.
  await env.page.getByRole('link', { name: 'Documentos', exact: true }).click();
  const year = saoPauloDate(new Date())!.year; // the app's year (São Paulo), not the runner's
  const { xml } = nfeXml({ issuerCnpj: cnpj.replace(/\D/g, ''), issuerName: 'Doceria MEI', recipientTaxId: '11444777000161', recipientName: 'Confeitaria Girassol', issuedAt: `${year}-02-10T10:00:00-03:00`, totalCents: 432_100, number: 321 });
  await env.page.getByLabel('Enviar documentos').setInputFiles({ name: 'nota-girassol.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
  await env.page.locator('li.upload', { hasText: 'nota-girassol.xml' }).getByTestId('upload-stage').filter({ hasText: 'Salvo' }).waitFor({ timeout: 30_000 });

  await env.page.getByRole('link', { name: 'Assistente', exact: true }).click();
  await env.page.getByRole('heading', { name: /Assistente/, level: 1 }).waitFor();
  await env.page.getByText('modo offline', { exact: true }).waitFor();

  const box = env.page.getByLabel('Sua pergunta');
  const answers = env.page.locator('.chat__message--assistant');
  async function askInPage(question: string) {
    const before = await answers.count();
    await box.fill(question);
    await box.press('Enter');
    // Answered: no message is still being written (aria-busy while thinking and while streaming).
    await env.page.waitForFunction(
      (n) => document.querySelectorAll('.chat__message--assistant').length > n && !document.querySelector('.chat__message[aria-busy="true"]'),
      before,
      { timeout: 20_000 },
    );
  }

  // A document question (indexing is asynchronous: ask until the document is found).
  const link = env.page.getByRole('link', { name: 'NF-e nº 321' }).first();
  for (let i = 0; i < 20 && !(await link.isVisible()); i++) {
    await askInPage('Qual o valor da nota para a Confeitaria Girassol?');
    if (!(await link.isVisible())) await env.page.waitForTimeout(500);
  }
  await answers.last().getByText(/R\$\s*4\.321,00/).first().waitFor();

  // An exact figure from limits, cited as account data, shown while it is being written. Every text
  // the answer showed while still being written (the typing indicator in the message) is recorded
  // (a DOM observer, so no render is missed). The answer's own response is held until the live text
  // is on screen, so the streamed text is always seen before the final one replaces it, whatever
  // the machine's timing (the pace of the stream itself is asserted in assistant-stream*.test.ts).
  await env.page.evaluate(() => {
    const w = window as unknown as { __partials: Array<{ text: string; typing: boolean }> };
    w.__partials = [];
    new MutationObserver(() => {
      const el = document.querySelector('.chat__message--streaming .chat__text');
      const text = el?.textContent ?? '';
      if (text && w.__partials.at(-1)?.text !== text) w.__partials.push({ text, typing: !!el?.querySelector('.typing[role="status"]') });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await env.page.route('**/graphql', async (route) => {
    if (!route.request().postData()?.includes('AskAssistant')) return route.fallback();
    const response = await route.fetch();
    await env.page.locator('.chat__message--streaming .chat__text').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    await route.fulfill({ response });
  });
  // The figure needs limits to have counted the NF-e (asynchronous): ask until it does.
  const expected = /Ainda pode faturar R\$\s*76\.679,00/;
  for (let i = 0; i < 20; i++) {
    await env.page.evaluate(() => ((window as unknown as { __partials: unknown[] }).__partials = []));
    await askInPage('Quanto ainda resta do meu limite do MEI?');
    if (await answers.last().locator('.chat__text', { hasText: expected }).isVisible()) break;
    await env.page.waitForTimeout(500);
  }
  await env.page.unroute('**/graphql');
  const finalText = answers.last().locator('.chat__text', { hasText: expected });
  await finalText.waitFor();
  await answers.last().getByText('Dados da conta').waitFor();
  const partials = await env.page.evaluate(() => (window as unknown as { __partials: Array<{ text: string; typing: boolean }> }).__partials);
  const full = (await finalText.textContent())!;
  expect(partials.length).toBeGreaterThanOrEqual(1);
  for (const p of partials) {
    expect(full.startsWith(p.text)).toBe(true);
    expect(p.typing).toBe(true);
  }

  const conversations = env.page.locator('.assistant-conversations__list li');
  await conversations.first().waitFor();
  expect(await conversations.count()).toBe(1);

  // The citation opens the cited document on the documents page.
  await link.click();
  await env.page.waitForURL(/\/documentos\?doc=/);
  await env.page.getByRole('dialog').locator('.doc-facts__total', { hasText: /R\$\s*4\.321,00/ }).waitFor();
  expect(pageErrors).toEqual([]);
}, 120_000);
