import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { generateCnpj } from '@prumo/br';
import { startStack, type Stack } from '../stack';

// The whole platform in-process, the built client served by the router at its root, and Debian's
// Chromium driven by Playwright (no browser downloads).
const REPO_ROOT = resolve(__dirname, '../..');
const CLIENT_DIST = resolve(REPO_ROOT, 'client/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = '/tmp/prumo-dashboard.png';

let stack: Stack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (!existsSync(resolve(CLIENT_DIST, 'index.html'))) {
    execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  [stack, browser] = await Promise.all([
    // Anonymous requests count per IP across the run's parallel suites: a roomy limit keeps this one independent.
    startStack({ env: { CLIENT_DIST, RATE_LIMIT_IP_PER_MINUTE: '10000' } }),
    chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }),
  ]);
  context = await browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(10_000);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await stack?.stop();
});

test('browser: landing lead form, sign-up, sign-out, sign-in, reload keeps the session without readable tokens', async () => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const unique = randomUUID().slice(0, 8);
  const email = `navegador-${unique}@example.com`;
  const password = 'senha-forte-2024';
  const companyName = `Padaria Pão de Ouro ${unique}`;

  // Landing page: the lead form answers with the server's confirmation message.
  await page.goto(stack.router.url);
  await page.getByRole('heading', { name: 'Sua empresa no prumo.' }).waitFor();
  const lead = page.getByRole('form', { name: 'Fale com a gente' });
  await lead.getByLabel('Nome', { exact: true }).fill('Joana Cliente');
  await lead.getByLabel('E-mail', { exact: true }).fill(`lead-${unique}@example.com`);
  await lead.getByLabel('WhatsApp', { exact: true }).fill('(11) 98765-4321');
  await lead.getByLabel('Mensagem', { exact: true }).fill('Quero organizar as notas do meu MEI.');
  await lead.getByRole('button', { name: 'Enviar mensagem' }).click();
  await lead.getByText('Recebemos sua mensagem!').waitFor();

  // Sign-up lands on the dashboard with the account name.
  await page.getByRole('link', { name: 'Criar conta', exact: true }).first().click();
  await page.getByRole('heading', { name: 'Criar conta' }).waitFor();
  await page.getByLabel('Seu nome', { exact: true }).fill('Maria Navegadora');
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByLabel('Nome da empresa', { exact: true }).fill(companyName);
  await page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(generateCnpj());
  await page.getByRole('button', { name: 'Criar conta' }).click();
  await page.waitForURL('**/painel');
  await page.getByRole('heading', { name: companyName }).waitFor();
  await page.getByRole('heading', { name: /Maria!/ }).waitFor();

  // Sign-out from the user menu.
  await page.getByRole('button', { name: 'Menu do usuário' }).click();
  await page.getByRole('menuitem', { name: 'Sair' }).click();
  await page.getByRole('heading', { name: 'Entrar' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/entrar');
  // The cookie is gone too: a reload stays signed out.
  await page.reload();
  await page.getByRole('heading', { name: 'Entrar' }).waitFor();
  expect((await context.cookies()).find((c) => c.name === 'prumo_rt')).toBeUndefined();

  // Sign-in again with the same e-mail and password.
  await page.getByLabel('E-mail ou CPF', { exact: true }).fill(email);
  await page.getByLabel('Senha', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await page.waitForURL('**/painel');
  await page.getByRole('heading', { name: companyName }).waitFor();

  // A reload restores the session from the httpOnly refresh cookie.
  await page.reload();
  await page.getByRole('heading', { name: companyName }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/painel');

  // No token readable by page scripts: the refresh cookie is httpOnly, storage is empty.
  const visible = await page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
    session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
  }));
  expect(visible.cookie).not.toContain('prumo_rt');
  expect(visible.cookie).not.toMatch(/eyJ/);
  for (const entry of [...visible.local, ...visible.session]) expect(entry).not.toMatch(/eyJ|token/i);
  const refreshCookie = (await context.cookies()).find((c) => c.name === 'prumo_rt');
  expect(refreshCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(pageErrors).toEqual([]);
}, 60_000);
