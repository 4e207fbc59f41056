import { randomUUID } from 'node:crypto';
import { generateCnpj } from '@prumo/br';
import { useBrowserStack } from './browser-harness';

// The whole platform in-process, the built client served by the router at its root, and Debian's
// Chromium driven by Playwright (no browser downloads).
const SCREENSHOT = '/tmp/prumo-dashboard.png';
const env = useBrowserStack({ viewport: { width: 1280, height: 860 }, timeoutMs: 10_000 });

test('browser: landing lead form, sign-up, sign-out, sign-in, reload keeps the session without readable tokens', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));

  const unique = randomUUID().slice(0, 8);
  const email = `navegador-${unique}@example.com`;
  const password = 'senha-forte-2024';
  const companyName = `Padaria Pão de Ouro ${unique}`;

  // Landing page: the lead form answers with the server's confirmation message.
  await env.page.goto(env.stack.router.url);
  await env.page.getByRole('heading', { name: 'Sua empresa no prumo.' }).waitFor();
  const lead = env.page.getByRole('form', { name: 'Fale com a gente' });
  await lead.getByLabel('Nome', { exact: true }).fill('Joana Cliente');
  await lead.getByLabel('E-mail', { exact: true }).fill(`lead-${unique}@example.com`);
  await lead.getByLabel('WhatsApp', { exact: true }).fill('(11) 98765-4321');
  await lead.getByLabel('Mensagem', { exact: true }).fill('Quero organizar as notas do meu MEI.');
  await lead.getByRole('button', { name: 'Enviar mensagem' }).click();
  await lead.getByText('Recebemos sua mensagem!').waitFor();

  // Sign-up lands on the dashboard with the account name.
  await env.page.getByRole('link', { name: 'Criar conta', exact: true }).first().click();
  await env.page.getByRole('heading', { name: 'Criar conta' }).waitFor();
  await env.page.getByLabel('Seu nome', { exact: true }).fill('Maria Navegadora');
  await env.page.getByLabel('E-mail', { exact: true }).fill(email);
  await env.page.getByLabel('Senha', { exact: true }).fill(password);
  await env.page.getByLabel('Nome da empresa', { exact: true }).fill(companyName);
  await env.page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(generateCnpj());
  await env.page.getByRole('button', { name: 'Criar conta' }).click();
  await env.page.waitForURL('**/painel');
  await env.page.getByRole('heading', { name: companyName }).waitFor();
  await env.page.getByRole('heading', { name: /Maria!/ }).waitFor();

  // Sign-out from the user menu.
  await env.page.getByRole('button', { name: 'Menu do usuário' }).click();
  await env.page.getByRole('menuitem', { name: 'Sair' }).click();
  await env.page.getByRole('heading', { name: 'Entrar' }).waitFor();
  expect(new URL(env.page.url()).pathname).toBe('/entrar');
  // The cookie is gone too: a reload stays signed out.
  await env.page.reload();
  await env.page.getByRole('heading', { name: 'Entrar' }).waitFor();
  expect((await env.context.cookies()).find((c) => c.name === 'prumo_rt')).toBeUndefined();

  // Sign-in again with the same e-mail and password.
  await env.page.getByLabel('E-mail ou CPF', { exact: true }).fill(email);
  await env.page.getByLabel('Senha', { exact: true }).fill(password);
  await env.page.getByRole('button', { name: 'Entrar', exact: true }).click();
  await env.page.waitForURL('**/painel');
  await env.page.getByRole('heading', { name: companyName }).waitFor();

  // A reload restores the session from the httpOnly refresh cookie.
  await env.page.reload();
  await env.page.getByRole('heading', { name: companyName }).waitFor();
  expect(new URL(env.page.url()).pathname).toBe('/painel');

  // No token readable by page scripts: the refresh cookie is httpOnly, storage is empty.
  const visible = await env.page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
    session: Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
  }));
  expect(visible.cookie).not.toContain('prumo_rt');
  expect(visible.cookie).not.toMatch(/eyJ/);
  for (const entry of [...visible.local, ...visible.session]) expect(entry).not.toMatch(/eyJ|token/i);
  const refreshCookie = (await env.context.cookies()).find((c) => c.name === 'prumo_rt');
  expect(refreshCookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth' });

  await env.page.screenshot({ path: SCREENSHOT, fullPage: true });
  expect(pageErrors).toEqual([]);
}, 60_000);
