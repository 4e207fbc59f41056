import { randomUUID } from 'node:crypto';
import { generateCnpj } from '@prumo/br';
import { csvStatement, ofxV1 } from '../../subgraphs/finance/test/fixtures';
import { useBrowserStack } from './browser-harness';

// The finance page in a real browser: a bank account, an OFX import (preview, confirm, duplicates on
// the second try), a CSV import with column mapping, the transaction list with inline category
// edit, and the cash-flow charts.
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 15_000 });

function today(back = 0) {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Sao_Paulo', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 - back, 3));
  return d.toISOString().slice(0, 10);
}

test('finance page: account, OFX import with duplicates, CSV mapping, inline category, charts', async () => {
  const page = env.page;
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
  const unique = randomUUID().slice(0, 8);

  await page.goto(`${env.stack.router.url}/cadastro`);
  await page.getByLabel('Seu nome', { exact: true }).fill('Beto Finanças');
  await page.getByLabel('E-mail', { exact: true }).fill(`fin-${unique}@example.com`);
  await page.getByLabel('Senha', { exact: true }).fill('senha-forte-2024');
  await page.getByLabel('Nome da empresa', { exact: true }).fill(`Oficina ${unique}`);
  await page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(generateCnpj());
  await page.getByRole('button', { name: 'Criar conta' }).click();
  await page.waitForURL('**/painel');

  await page.getByRole('link', { name: 'Financeiro', exact: true }).click();
  await page.getByRole('heading', { name: 'Financeiro', level: 1 }).waitFor();
  await page.getByText('Nenhuma conta cadastrada ainda.').waitFor();

  // A bank account (Itaú, opening R$ 1.000,00); a bad agency is refused in Portuguese first.
  await page.getByRole('button', { name: 'Nova conta' }).click();
  await page.getByLabel('Nome', { exact: true }).fill('Conta PJ');
  await page.getByLabel('Agência').fill('abc');
  await page.getByLabel('Conta com dígito').fill('12345-6');
  await page.getByLabel('Saldo inicial (R$)').fill('1.000,00');
  await page.getByRole('button', { name: 'Cadastrar' }).click();
  await page.getByText(/Agência inválida/).waitFor();
  await page.getByLabel('Agência').fill('0001');
  await page.getByRole('button', { name: 'Cadastrar' }).click();
  const card = page.getByTestId('bank-account');
  await card.getByText(/R\$\s*1\.000,00/).waitFor();
  await card.getByText(/341 · Itaú/).waitFor();

  // OFX v1 (windows-1252) import.
  const ofx = ofxV1([
    { fitid: 'B1', date: today(), amountCents: 250_000, memo: 'PIX RECEBIDO CLIENTE' },
    { fitid: 'B2', date: today(), amountCents: -12_345, memo: 'PAGAMENTO DE ÁGUA' },
  ]);
  await page.getByLabel(/Extrato \(OFX ou CSV/).setInputFiles({ name: 'extrato.ofx', mimeType: 'application/x-ofx', buffer: ofx });
  await page.getByRole('button', { name: 'Ver prévia' }).click();
  await page.getByText('PAGAMENTO DE ÁGUA').waitFor();
  await page.getByRole('button', { name: 'Importar 2 lançamentos' }).click();
  await page.getByText(/2 lançamentos importados, 0 duplicatas ignoradas/).waitFor();
  await card.getByText(/R\$\s*3\.376,55/).waitFor();

  // The same file again: both lines flagged duplicate, nothing to import.
  await page.getByRole('button', { name: 'Importar outro extrato' }).click();
  await page.getByLabel(/Extrato \(OFX ou CSV/).setInputFiles({ name: 'extrato.ofx', mimeType: 'application/x-ofx', buffer: ofx });
  await page.getByRole('button', { name: 'Ver prévia' }).click();
  await page.locator('.fin-row--duplicate').nth(1).waitFor();
  expect(await page.locator('.fin-row--duplicate').count()).toBe(2);
  expect(await page.getByRole('button', { name: 'Importar 0 lançamentos' }).isDisabled()).toBe(true);
  expect(await page.getByText(/extrato é de outra conta/).count()).toBe(0); // the file is this account's
  await page.getByRole('button', { name: 'Cancelar' }).click();

  // A statement of another account: the preview warns before anything is imported.
  const foreign = ofxV1([{ fitid: 'Z1', date: today(), amountCents: 10_000, memo: 'PIX DE OUTRA CONTA' }], { bankId: '0341', acctId: '99999-9' });
  await page.getByLabel(/Extrato \(OFX ou CSV/).setInputFiles({ name: 'outra.ofx', mimeType: 'application/x-ofx', buffer: foreign });
  await page.getByRole('button', { name: 'Ver prévia' }).click();
  await page.getByRole('alert').filter({ hasText: 'Este extrato é de outra conta (banco 0341, conta 99999-9)' }).waitFor();
  await page.getByRole('button', { name: 'Cancelar' }).click();

  // CSV with column mapping (debit and credit columns, pt-BR numbers).
  const csv = csvStatement([{ fitid: 'C1', date: today(), amountCents: -4_990, memo: 'TARIFA MENSAL' }], { debitCredit: true });
  await page.getByLabel(/Extrato \(OFX ou CSV/).setInputFiles({ name: 'extrato.csv', mimeType: 'text/csv', buffer: csv });
  await page.getByRole('button', { name: 'Escolher colunas' }).click();
  await page.getByLabel('Valor', { exact: true }).selectOption('split');
  await page.getByLabel('Débito').selectOption('2');
  await page.getByLabel('Crédito').selectOption('3');
  await page.getByRole('button', { name: 'Ver prévia' }).click();
  await page.getByRole('cell', { name: 'TARIFA MENSAL' }).waitFor();
  await page.getByRole('button', { name: 'Importar 1 lançamento' }).click();
  await page.getByText(/1 lançamento importado/).waitFor();
  await card.getByText(/R\$\s*3\.326,65/).waitFor();

  // Transactions: filter by search, edit the category inline.
  await page.getByText('3 lançamentos').waitFor();
  await page.getByLabel('Buscar').fill('agua');
  await page.getByText('1 lançamento', { exact: true }).waitFor();
  const cat = page.getByRole('textbox', { name: /Categoria de LC\d{8}[A-Z]/ });
  await cat.fill('Água e esgoto');
  await cat.press('Enter');
  await page.getByLabel('Buscar').fill('');
  await page.getByText('3 lançamentos').waitFor();
  await page.getByLabel('Categoria', { exact: true }).last().fill('Água e esgoto');
  await page.getByText('1 lançamento', { exact: true }).waitFor();

  // Cash-flow charts (SVG) with the month's totals.
  // The chart may first draw with figures from before the last edits: wait for the month's totals.
  const chart = page.locator('svg.fin-chart');
  await chart.waitFor();
  await chart.locator('desc', { hasText: /entradas R\$\s*2\.500,00, saídas R\$\s*173,35/ }).waitFor({ state: 'attached' });
  expect(await chart.locator('desc').textContent()).toMatch(/entradas R\$\s*2\.500,00, saídas R\$\s*173,35/);
  await page.locator('.fin-cats').getByText('Entradas por categoria').waitFor();
  expect(pageErrors).toEqual([]);
}, 120_000);
