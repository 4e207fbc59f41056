// The Energia page in a real browser (the app served by the router), against the simulated portal:
// connect a holder (CPF -> SMS code dialog), live sync progress to the end, units, invoices on
// expand, the details modal (barcode line and PIX with copy buttons, QR code), the PDF button and the
// GD tree. The robot's Chromium runs in the energy worker; the test's Chromium is the user's.
import { randomUUID } from 'node:crypto';
import { formatBRL } from '@prumo/br';
import { gql } from '@prumo/kit/testing';
import { useBrowserStack } from '../../../test/e2e/browser-harness';
import { signUp, upgradeToPro } from '../../../test/e2e/helpers';
import { startPortalSim, type PortalSim } from '../portal-sim/src';
import { holderWithPlant } from './helpers';

let portal: PortalSim;
const saved = { url: process.env.ENERGY_PORTAL_URL };
beforeAll(async () => {
  portal = await startPortalSim();
  // The harness's stack reads it (its queues already have a prefix of their own: see test/stack.ts).
  process.env.ENERGY_PORTAL_URL = portal.url;
});
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 20_000 });
afterAll(async () => {
  await portal?.stop();
  process.env.ENERGY_PORTAL_URL = saved.url;
  if (saved.url === undefined) delete process.env.ENERGY_PORTAL_URL;
});

test('Energia: connect by SMS code, live sync, units, invoices, details with barcode/PIX/QR, PDF, GD tree', async () => {
  const page = env.page;
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const user = await signUp(env.stack.graphqlUrl);
  await upgradeToPro(env.stack.graphqlUrl, user.token);
  const holder = holderWithPlant(4);
  portal.setSwitches({ unitsPerHolder: { [holder.taxId]: 4 } });

  await page.goto(`${env.stack.router.url}/entrar`);
  await page.getByLabel('E-mail ou CPF', { exact: true }).fill(user.email);
  await page.getByLabel('Senha', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await page.waitForURL('**/painel');
  await page.getByRole('link', { name: 'Energia', exact: true }).click();
  await page.getByRole('heading', { name: 'Contas de energia e créditos solares' }).waitFor();

  // Connect: holder form -> the robot asks for the code -> the SMS code dialog.
  await page.getByRole('button', { name: 'Adicionar titular' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nome', { exact: true }).fill('Condomínio Sol Nascente');
  await dialog.getByLabel('CPF ou CNPJ do titular').fill(holder.taxId);
  await dialog.getByLabel('4 últimos dígitos do celular cadastrado').fill('9876');
  await dialog.getByRole('button', { name: 'Enviar código' }).click();
  await dialog.getByText(/celular final 9876/).waitFor({ timeout: 60_000 });
  // A wrong code first: the portal's message, in Portuguese.
  const code = portal.lastCode(holder.taxId)!;
  await dialog.getByLabel('Código recebido por SMS').fill(code === '000000' ? '111111' : '000000');
  await dialog.getByRole('button', { name: 'Conectar' }).click();
  await dialog.getByText(/Código inválido\. Restam 2 tentativas/).waitFor({ timeout: 60_000 });
  await dialog.getByLabel('Código recebido por SMS').fill(code);
  await dialog.getByRole('button', { name: 'Conectar' }).click();

  // Live progress through the energySync subscription, to the end.
  const card = page.getByTestId('energy-client').filter({ hasText: 'Condomínio Sol Nascente' });
  await card.getByTestId('energy-sync').waitFor({ timeout: 60_000 });
  await card.getByText('Conectado', { exact: true }).waitFor({ timeout: 120_000 });
  await card.getByText(/Sincronização concluída/).waitFor({ timeout: 30_000 });

  // The summary counts overdue bills (unpaid, past their due date).
  const overdue = holder.data.units.flatMap((u) => u.invoices).filter((i) => i.status === 'VENCIDA');
  await page.getByTestId('energy-overdue').getByText(formatBRL(overdue.reduce((s, i) => s + i.amountCents, 0))!, { exact: true }).waitFor();

  // Units; invoices load when a unit is expanded; details modal.
  // The plant when it can (its UC also appears in its beneficiaries' rows), else any unit with a PIX.
  const first = holder.data.units.find((u) => u.generator && u.invoices[0].pixCopyPaste) ?? holder.data.units.find((u) => u.invoices[0].pixCopyPaste)!;
  // The unit's own row (a beneficiary's row also names its plant's UC).
  const row = page.locator('tr').filter({ has: page.locator('td > strong', { hasText: new RegExp(`^${first.uc}$`) }) });
  await row.getByRole('button', { name: 'Ver faturas' }).click();
  const invoices = page.locator('table.energy-invoices');
  await invoices.locator('tbody tr').nth(23).waitFor();
  await invoices.getByRole('button', { name: 'Detalhes' }).first().click();
  const modal = page.getByRole('dialog');
  await modal.getByRole('heading', { name: new RegExp(`UC ${first.uc}`) }).waitFor();
  const line = (await modal.getByTestId('barcode').textContent())!;
  expect(line.replace(/\D/g, '')).toBe(first.invoices[0].barcodeLine);
  await modal.getByLabel('QR code PIX').waitFor();
  // ENERGY_UI_SCREENSHOTS=<dir> keeps pictures of the page for a human look.
  const shot = (name: string) => (process.env.ENERGY_UI_SCREENSHOTS ? page.screenshot({ path: `${process.env.ENERGY_UI_SCREENSHOTS}/${name}.png`, fullPage: true }) : null);
  await shot('energy-invoice');
  await modal.getByRole('button', { name: 'Copiar código de barras' }).click();
  await modal.getByRole('button', { name: 'Copiado!' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.invoices[0].barcodeLine);
  await modal.getByRole('button', { name: 'Copiar PIX' }).click();
  // The copy is asynchronous and the barcode's button may still say "Copiado!": read until the PIX is there (10 s at most).
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  for (let i = 0; i < 100 && (await clipboard()) !== first.invoices[0].pixCopyPaste; i++) await page.waitForTimeout(100);
  expect(await clipboard()).toBe(first.invoices[0].pixCopyPaste);

  // PDF: the button spins while the robot fetches it, then the signed link opens.
  const popup = page.waitForEvent('popup', { timeout: 60_000 });
  await modal.getByRole('button', { name: 'PDF' }).click();
  const pdf = await popup;
  expect(new URL(pdf.url()).pathname).toMatch(/^\/files\/energy\//);
  await pdf.close();
  await modal.getByRole('button', { name: 'Fechar' }).click();

  // The GD tree: plant, beneficiaries with bars, savings.
  await page.getByRole('tab', { name: 'Usinas (geração distribuída)' }).click();
  const plant = holder.data.units.find((u) => u.generator)!;
  await page.getByRole('heading', { name: `UC ${plant.uc}` }).waitFor();
  await page.getByText('Fica com a usina').first().waitFor();
  // Each beneficiary with its percentage bar and its own credit balance, as the portal shows it.
  for (const b of holder.data.units.filter((u) => u.parentUc === plant.uc)) {
    await page.getByLabel(new RegExp(`para a UC ${b.uc}`)).waitFor();
    const balance = page.locator(`[data-testid="gd-beneficiary"][data-uc="${b.uc}"]`).getByTestId('gd-beneficiary-balance');
    expect(await balance.textContent()).toBe(`${b.creditBalanceKwh.toLocaleString('pt-BR')} kWh`);
  }
  await page.getByText(plant.accessRequestDate! <= '2023-01-07' ? 'isenta do Fio B até 2045' : /Fio B \d+% neste ano/).first().waitFor();
  await page.getByText(/Economia estimada com os créditos acumulados/).waitFor();
  await shot('energy-gd');

  // A member of the account sees the holder but not "Remover titular" (owners and admins only).
  const memberEmail = `membro-${randomUUID()}@example.com`;
  const invited = await gql(env.stack.graphqlUrl, `mutation($e: String!) { inviteMember(input: { email: $e, role: MEMBER }) { token } }`, { e: memberEmail }, { token: user.token });
  expect(invited.errors).toBeUndefined();
  const accepted = await gql(env.stack.graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
    i: { token: invited.data!.inviteMember.token, name: 'Pessoa Membro', password: 'outra-senha-77' },
  });
  expect(accepted.errors).toBeUndefined();
  const memberContext = await env.browser.newContext({ locale: 'pt-BR', timezoneId: 'America/Sao_Paulo', viewport: { width: 1280, height: 900 } });
  try {
    memberContext.setDefaultTimeout(20_000);
    const mp = await memberContext.newPage();
    await mp.goto(`${env.stack.router.url}/entrar`);
    await mp.getByLabel('E-mail ou CPF', { exact: true }).fill(memberEmail);
    await mp.getByLabel('Senha', { exact: true }).fill('outra-senha-77');
    await mp.getByRole('button', { name: 'Entrar' }).click();
    await mp.waitForURL('**/painel');
    await mp.getByRole('link', { name: 'Energia', exact: true }).click();
    const memberCard = mp.getByTestId('energy-client').filter({ hasText: 'Condomínio Sol Nascente' });
    await memberCard.getByRole('button', { name: 'Ver unidades' }).waitFor();
    // The signed-in person (and so their role) is loaded: the page has decided what to show.
    await mp.locator('.user-menu__name', { hasText: 'Pessoa Membro' }).waitFor();
    expect(await memberCard.getByRole('button', { name: 'Remover titular' }).count()).toBe(0);
  } finally {
    await memberContext.close();
  }

  // The owner removes the holder: a confirmation first (cancel keeps it), then it leaves the list.
  await card.getByRole('button', { name: 'Remover titular' }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('heading', { name: 'Remover titular?' }).waitFor();
  await confirm.getByText(/Nada muda no portal da distribuidora/).waitFor();
  await shot('energy-remove');
  await confirm.getByRole('button', { name: 'Cancelar' }).click();
  await confirm.waitFor({ state: 'detached' });
  await card.waitFor();
  await card.getByRole('button', { name: 'Remover titular' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remover titular' }).click();
  await card.waitFor({ state: 'detached' });
  await page.getByText('Nenhum titular ainda. Adicione um CPF/CNPJ para conectar à distribuidora.').waitFor();
  expect(errors).toEqual([]);
}, 240_000);
