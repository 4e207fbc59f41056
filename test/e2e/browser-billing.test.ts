import { randomUUID } from 'node:crypto';
import { type Page, type Locator } from 'playwright';
import { generateCnpj } from '@prumo/br';
import { useBrowserStack } from './browser-harness';

// Plans, usage and the sandbox checkout in a real browser: the platform in-process, the built client
// served by the router, Debian's Chromium driven by Playwright. No Stripe keys: billing serves its
// offline checkout page and delivers signed webhooks to itself, as Stripe would.
const SCREENSHOT = '/tmp/prumo-planos.png';
const env = useBrowserStack({ viewport: { width: 1280, height: 860 }, timeoutMs: 10_000 });

const planCard = (p: Page, name: string) => p.getByRole('article', { name, exact: true });
const meter = (p: Page, label: string) => p.getByRole('group', { name: label, exact: true });

test('browser billing: Free plan and usage, the invite limit opens the upgrade dialog, sandbox checkout to Pro, cycle change, member view, cancellation', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));

  const unique = randomUUID().slice(0, 8);
  const companyName = `Mercearia Boa Vista ${unique}`;

  // Sign up: a new account starts on Free.
  await env.page.goto(`${env.stack.router.url}/cadastro`);
  await env.page.getByLabel('Seu nome', { exact: true }).fill('Rita Assinante');
  await env.page.getByLabel('E-mail', { exact: true }).fill(`assinante-${unique}@example.com`);
  await env.page.getByLabel('Senha', { exact: true }).fill('senha-forte-2024');
  await env.page.getByLabel('Nome da empresa', { exact: true }).fill(companyName);
  await env.page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(generateCnpj());
  await env.page.getByRole('button', { name: 'Criar conta' }).click();
  await env.page.waitForURL('**/painel');
  await env.page.getByRole('heading', { name: companyName }).waitFor();

  // /planos: Free is the current plan, with the comparison, the limits table and the usage meters.
  await env.page.getByRole('link', { name: 'Planos', exact: true }).click();
  await env.page.waitForURL('**/planos');
  await planCard(env.page, 'Free').getByText('Plano atual').waitFor();
  await expectText(env.page.getByRole('heading', { name: /^Free/ }), 'Free');
  expect(await planCard(env.page, 'Pro').getByText('Plano atual').count()).toBe(0);
  await expectText(meter(env.page, 'Usuários'), '1 de 1');
  await expectText(meter(env.page, 'Usuários'), '100% usado');
  await expectText(meter(env.page, 'Envios de documentos'), 'zera em ');
  await expectText(env.page.getByRole('table'), 'ilimitado');
  await expectText(planCard(env.page, 'Pro'), 'Vender no marketplace B2B');
  await planCard(env.page, 'Enterprise').getByRole('link', { name: 'Fale com vendas' }).waitFor();

  // Mensal/Anual toggle.
  await expectText(planCard(env.page, 'Pro'), /R\$\s?99\/mês/);
  await env.page.getByRole('button', { name: /^Anual/ }).click();
  await expectText(planCard(env.page, 'Pro'), /R\$\s?990\/ano/);
  await env.page.getByRole('button', { name: 'Mensal', exact: true }).click();
  await expectText(planCard(env.page, 'Pro'), /R\$\s?99\/mês/);

  // On Free, inviting a second person hits the users limit: the global upgrade dialog names it.
  await env.page.getByRole('link', { name: 'Configurações', exact: true }).first().click();
  await env.page.getByRole('tab', { name: 'Convites' }).click();
  const inviteForm = env.page.getByRole('form', { name: 'Novo convite' });
  await inviteForm.getByLabel('E-mail do convidado').fill(`colega-${unique}@example.com`);
  await inviteForm.getByRole('button', { name: 'Convidar' }).click();
  const dialog = env.page.getByRole('dialog', { name: /Usuários/ });
  await dialog.waitFor();
  await expectText(dialog, '1 de 1');
  await expectText(dialog, 'plano Free');
  await dialog.getByRole('link', { name: 'Ver planos' }).click();
  await env.page.waitForURL('**/planos');
  expect(await env.page.getByRole('dialog').count()).toBe(0);

  // Upgrade to Pro (monthly) -> the sandbox checkout page -> "Pagar" -> back with the success state.
  await planCard(env.page, 'Pro').getByRole('button', { name: 'Fazer upgrade' }).click();
  await env.page.waitForURL('**/checkout/sandbox/**');
  await env.page.getByRole('heading', { name: 'Plano Pro' }).waitFor();
  await expectText(env.page.locator('body'), /R\$\s?99,00/);
  const refreshes: number[] = [];
  env.page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/auth/refresh') refreshes.push(r.status());
  });
  await env.page.getByRole('button', { name: 'Pagar' }).click();
  await env.page.waitForURL('**/planos?checkout=sucesso');
  await env.page.getByText('Pagamento confirmado!').waitFor();
  await env.page.getByText(/Seu plano Pro já está ativo/).waitFor({ timeout: 20_000 });
  await planCard(env.page, 'Pro').getByText('Plano atual').waitFor();
  expect(await planCard(env.page, 'Free').getByText('Plano atual').count()).toBe(0);
  await expectText(meter(env.page, 'Usuários'), '1 de 5');
  await expectText(meter(env.page, 'Análises do consultor'), 'ilimitado');
  // The session was refreshed after the switch (besides the restore on page load): the new access
  // token carries Pro's modules.
  expect(refreshes.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
  await expectText(env.page.getByRole('region', { name: 'Seu plano' }), /Mensal · renova em \d{2}\/\d{2}\/\d{4}/);
  const history = env.page.getByRole('region', { name: 'Histórico de pagamentos' });
  await expectText(history, /R\$\s?99,00/);
  await expectText(history, 'Pago');
  await env.page.getByRole('button', { name: 'Gerenciar pagamento' }).waitFor();
  await env.page.screenshot({ path: SCREENSHOT, fullPage: true });

  // Already paying: switching to yearly is a plan change, not a new checkout.
  await env.page.getByRole('button', { name: 'Fechar' }).click();
  await env.page.getByRole('button', { name: /^Anual/ }).click();
  await planCard(env.page, 'Pro').getByRole('button', { name: 'Trocar para anual' }).click();
  await env.page.getByText('Sua assinatura agora é anual').waitFor();
  await expectText(env.page.getByRole('region', { name: 'Seu plano' }), /Anual · renova em/);

  // The dashboard shows the plan and a usage summary.
  await env.page.getByRole('link', { name: 'Painel', exact: true }).click();
  const usageCard = env.page.getByRole('region', { name: 'Uso do plano' });
  await expectText(usageCard, 'Pro');
  await expectText(usageCard, 'Usuários');

  // With Pro, inviting works; the member sees plans and usage but no billing buttons.
  await env.page.goto(`${env.stack.router.url}/configuracoes?aba=convites`);
  await inviteForm.getByLabel('E-mail do convidado').fill(`membro-${unique}@example.com`);
  await inviteForm.getByRole('button', { name: 'Convidar' }).click();
  const acceptUrl = await env.page.getByLabel('Link do convite').inputValue();
  const memberContext = await env.browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', viewport: { width: 1280, height: 860 } });
  memberContext.setDefaultTimeout(10_000);
  try {
    const member = await memberContext.newPage();
    member.on('pageerror', (err) => pageErrors.push(`member: ${err.message}`));
    await member.goto(acceptUrl);
    await member.getByLabel('Seu nome', { exact: true }).fill('Beto Membro');
    await member.getByLabel('Crie uma senha', { exact: true }).fill('senha-membro-2024');
    await member.getByRole('button', { name: 'Aceitar convite' }).click();
    await member.waitForURL('**/painel');
    await member.goto(`${env.stack.router.url}/planos`);
    await planCard(member, 'Pro').getByText('Plano atual').waitFor();
    await expectText(meter(member, 'Usuários'), 'de 5');
    await member.getByText('Só donos(as) e administradores(as) da conta podem mudar o plano.').waitFor();
    for (const name of ['Fazer upgrade', 'Assinar', 'Cancelar assinatura', 'Gerenciar pagamento', 'Trocar para mensal', 'Trocar para anual']) {
      expect(await member.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await member.getByRole('region', { name: 'Histórico de pagamentos' }).count()).toBe(0);
  } finally {
    await memberContext.close();
  }

  // Cancellation asks for confirmation and keeps access until the period end.
  await env.page.goto(`${env.stack.router.url}/planos`);
  await env.page.getByRole('button', { name: 'Cancelar assinatura' }).click();
  const confirm = env.page.getByRole('dialog', { name: 'Cancelar a assinatura?' });
  await confirm.getByRole('button', { name: 'Confirmar cancelamento' }).click();
  await expectText(env.page.getByRole('region', { name: 'Seu plano' }), /Cancelada — acesso até \d{2}\/\d{2}\/\d{4}/);
  await planCard(env.page, 'Pro').getByRole('button', { name: 'Manter assinatura' }).waitFor();

  // The customer portal (sandbox): a failed renewal -> the past-due banner with the grace period end.
  await env.page.getByRole('button', { name: 'Gerenciar pagamento' }).click();
  await env.page.waitForURL('**/checkout/sandbox/portal/**');
  await env.page.getByRole('heading', { name: 'Portal do cliente' }).waitFor();
  await env.page.getByRole('button', { name: 'Simular falha de pagamento' }).click();
  await env.page.waitForURL('**/planos');
  // The webhook is processed in the background: reload until the page shows it.
  const banner = env.page.getByText(/Pagamento pendente: regularize até \d{2}\/\d{2}\/\d{4}/);
  for (let i = 0; i < 20; i++) {
    await env.page.getByRole('region', { name: 'Seu plano' }).waitFor();
    if (await banner.count()) break;
    await env.page.waitForTimeout(500);
    await env.page.reload();
  }
  await banner.waitFor();
  await env.page.getByRole('button', { name: 'Regularizar pagamento' }).waitFor();

  expect(pageErrors).toEqual([]);
}, 120_000);

async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await locator.first().waitFor();
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    last = (await locator.first().innerText()).replace(/\s+/g, ' ');
    if (typeof text === 'string' ? last.includes(text) : text.test(last)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`expected ${String(text)} in: ${last}`);
}
