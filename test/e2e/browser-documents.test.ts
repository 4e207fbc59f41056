import { randomUUID } from 'node:crypto';
import { generateCnpj, saoPauloDate } from '@prumo/br';
import { nfeXml } from '../../subgraphs/documents/src/demo/fiscal-xml';
import { useBrowserStack } from './browser-harness';

// The documents page and the MEI dashboard in a real browser: upload with live progress, detail
// drawer with inline editing, and the limit gauge fed by the uploaded NF-e.
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 15_000 });

describe('browser: documents page', () => {
  test('documents page: upload an NF-e with live progress, open and edit it, see the MEI gauge; a bad file fails in Portuguese', async () => {
    const pageErrors: string[] = [];
    env.page.on('pageerror', (err) => pageErrors.push(err.message));

    const unique = randomUUID().slice(0, 8);
    const cnpj = generateCnpj();
    const digits = cnpj.replace(/\D/g, '');
    const year = saoPauloDate(new Date())!.year; // the app's year (São Paulo), not the runner's

    // Sign up (lands on the dashboard).
    await env.page.goto(`${env.stack.router.url}/cadastro`);
    await env.page.getByLabel('Seu nome', { exact: true }).fill('Ana Documentos');
    await env.page.getByLabel('E-mail', { exact: true }).fill(`docs-${unique}@example.com`);
    await env.page.getByLabel('Senha', { exact: true }).fill('senha-forte-2024');
    await env.page.getByLabel('Nome da empresa', { exact: true }).fill(`Padaria da Ana ${unique}`);
    await env.page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(cnpj);
    await env.page.getByRole('button', { name: 'Criar conta' }).click();
    await env.page.waitForURL('**/painel');

    // Documents page: upload an issued NF-e through the file input.
    await env.page.getByRole('link', { name: 'Documentos', exact: true }).click();
    await env.page.getByRole('heading', { name: 'Documentos', level: 1 }).waitFor();
    await env.page.getByText('Nenhum documento encontrado.').waitFor();
    const { xml } = nfeXml({
      issuerCnpj: digits,
      issuerName: 'Padaria da Ana MEI',
      recipientTaxId: '11444777000161',
      recipientName: 'Cliente Teste Ltda',
      issuedAt: `${year}-03-15T10:30:00-03:00`,
      totalCents: 5_670_000,
      crtMei: true,
    });
    await env.page.getByLabel('Enviar documentos').setInputFiles({ name: 'nota-emitida.xml', mimeType: 'application/xml', buffer: Buffer.from(xml) });
    const row = env.page.locator('li.upload', { hasText: 'nota-emitida.xml' });
    await row.getByTestId('upload-stage').filter({ hasText: 'Salvo' }).waitFor({ timeout: 30_000 });
    await row.getByText(/R\$\s*56\.700,00/).waitFor();

    // The list shows it; the drawer has the total, the fields and the items.
    await env.page.locator('.doc-row', { hasText: 'nota-emitida.xml' }).waitFor();
    await row.getByRole('button', { name: 'Ver detalhes' }).click();
    const drawer = env.page.getByRole('dialog');
    await drawer.locator('.doc-facts__total', { hasText: /R\$\s*56\.700,00/ }).waitFor();
    await drawer.getByRole('heading', { name: 'Campos extraídos' }).waitFor();
    await drawer.getByRole('heading', { name: 'Itens' }).waitFor();
    await drawer.locator('.items-table').getByText('PRODUTO DE TESTE').waitFor();
    await drawer.getByRole('heading', { name: 'Histórico do processamento' }).waitFor();
    await drawer.locator('.preview__xml', { hasText: '<nfeProc' }).waitFor();

    // Inline editing: a bad CNPJ shows the field error; a valid name is saved.
    await drawer.getByRole('button', { name: 'Editar campos' }).click();
    await drawer.getByLabel('CNPJ/CPF do destinatário', { exact: true }).fill('11.444.777/0001-62');
    await drawer.getByRole('button', { name: 'Salvar campos' }).click();
    await drawer.locator('.field__error', { hasText: /inválido/i }).waitFor();
    await drawer.getByLabel('CNPJ/CPF do destinatário', { exact: true }).fill('11.444.777/0001-61');
    await drawer.getByLabel('Destinatário', { exact: true }).fill('Cliente Editado Ltda');
    await drawer.getByRole('button', { name: 'Salvar campos' }).click();
    await drawer.getByText('Campos salvos.').waitFor();
    const edited = drawer.locator('.fields-table tr', { hasText: 'Cliente Editado Ltda' });
    await edited.waitFor();
    await edited.getByText('Editado', { exact: true }).waitFor();
    // The amount is edited in reais (the API stores centavos); a typo is caught before sending.
    await drawer.getByRole('button', { name: 'Editar campos' }).click();
    expect(await drawer.getByLabel('Valor total (R$)').inputValue()).toMatch(/^\d+,\d{2}$/);
    await drawer.getByLabel('Valor total (R$)').fill('1.5OO,00');
    await drawer.getByRole('button', { name: 'Salvar campos' }).click();
    await drawer.getByText('Valor inválido: use por exemplo 1.234,56.').waitFor();
    await drawer.getByRole('button', { name: 'Cancelar' }).click();
    await drawer.getByRole('button', { name: 'Fechar detalhes' }).click();

    // A file that is not a fiscal document fails with the reason in Portuguese.
    // Over 20 MB is refused before sending.
    await env.page.getByLabel('Enviar documentos').setInputFiles([
      { name: 'estranho.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a document at all') },
      { name: 'grande.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) },
    ], { timeout: 60_000 }); // 21 MB crosses the DevTools protocol: slow on a busy machine
    await env.page.locator('li.upload', { hasText: 'grande.pdf' }).getByText('tem mais de 20 MB').waitFor();
    const bad = env.page.locator('li.upload', { hasText: 'estranho.pdf' });
    await bad.getByTestId('upload-stage').filter({ hasText: 'Falhou' }).waitFor({ timeout: 30_000 });
    await bad.getByText(/não suportado/i).waitFor();

    // Search (server-side, Portuguese) finds the NF-e by the edited recipient.
    await env.page.getByLabel('Buscar', { exact: true }).fill('editado');
    await env.page.locator('.doc-row', { hasText: 'nota-emitida.xml' }).waitFor();
    await env.page.locator('.doc-row', { hasText: 'estranho.pdf' }).waitFor({ state: 'detached' });

    // Dashboard: R$ 56.700,00 of R$ 81.000,00 is 70%, "Atenção".
    await env.page.getByRole('link', { name: 'Painel', exact: true }).click();
    await env.page.getByRole('heading', { name: `Limite do MEI ${year}` }).waitFor();
    await env.page.getByRole('img', { name: /^70% do limite do MEI usado: Atenção/ }).waitFor();
    await env.page.getByTestId('limit-status').filter({ hasText: 'Atenção' }).waitFor();
    await env.page.getByText(/Faturamento do mês passado: R\$/).waitFor();
    await env.page.getByRole('heading', { name: 'Faturamento mês a mês' }).waitFor();

    await env.page.screenshot({ path: '/tmp/prumo-documents-dashboard.png', fullPage: true });
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
