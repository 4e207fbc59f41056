import { randomUUID } from 'node:crypto';
import { generateCnpj } from '@prumo/br';
import { useBrowserStack } from './browser-harness';

// The consultant page in a real browser: a new analysis, the live agent timeline, the report with
// conflicts, meeting and artifacts, the Markdown export, and the past analyses list.
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 20_000 });

test('consultant page: start an analysis, watch the agents live, read the report and export it', async () => {
  const pageErrors: string[] = [];
  env.page.on('pageerror', (err) => pageErrors.push(err.message));
  const unique = randomUUID().slice(0, 8);
  await env.page.goto(`${env.stack.router.url}/cadastro`);
  await env.page.getByLabel('Seu nome', { exact: true }).fill('Bia Consultora');
  await env.page.getByLabel('E-mail', { exact: true }).fill(`consultor-${unique}@example.com`);
  await env.page.getByLabel('Senha', { exact: true }).fill('senha-forte-2024');
  await env.page.getByLabel('Nome da empresa', { exact: true }).fill(`Loja da Bia ${unique}`);
  await env.page.getByLabel('CNPJ ou CPF da empresa', { exact: true }).fill(generateCnpj());
  await env.page.getByRole('button', { name: 'Criar conta' }).click();
  await env.page.waitForURL('**/painel');

  await env.page.getByRole('link', { name: 'Consultor', exact: true }).click();
  await env.page.getByRole('heading', { name: /Consultor executivo/, level: 1 }).waitFor();
  await env.page.getByText('modo offline', { exact: true }).waitFor();
  await env.page.getByText('Nenhuma análise ainda.').waitFor();

  // Bad input: the field error in Portuguese, nothing started.
  await env.page.getByLabel('Qual é o problema ou a decisão?').fill('curto');
  await env.page.getByLabel('Tipo de negócio').fill('loja');
  await env.page.getByRole('button', { name: 'Iniciar análise' }).click();
  await env.page.getByText('Descreva o problema com pelo menos 20 caracteres.').waitFor();

  await env.page.getByLabel('Qual é o problema ou a decisão?').fill('As vendas caíram e não sei se invisto em divulgação ou seguro o caixa.');
  await env.page.getByLabel('Profundidade').selectOption('QUICK');
  await env.page.getByRole('button', { name: 'Iniciar análise' }).click();
  await env.page.waitForURL(/consultor\?analise=/);

  // The timeline lists the five agents; the report arrives when the run ends.
  for (const role of ['ANALYST', 'COMMERCIAL', 'FINANCIAL', 'FISCAL', 'OPERATIONS']) await env.page.getByTestId(`agent-${role}`).waitFor();
  await env.page.getByRole('heading', { name: 'Resumo executivo' }).waitFor({ timeout: 30_000 });
  await env.page.getByTestId('agent-OPERATIONS').getByText('Concluiu').waitFor();
  await env.page.getByRole('heading', { name: 'Plano de ação' }).waitFor();
  await env.page.getByRole('heading', { name: 'Riscos' }).waitFor();
  await env.page.getByRole('heading', { name: 'Indicadores (KPIs)' }).waitFor();
  await env.page.getByRole('heading', { name: 'Reunião' }).waitFor();
  await env.page.getByRole('heading', { name: 'Rodada 1' }).waitFor();
  await env.page.getByRole('heading', { name: 'Conflitos entre as áreas' }).waitFor();
  // The fiscal figures of a new account are real zeros, said so, and the missing modules are named.
  await env.page.getByText(/Limite do MEI em \d{4}: R\$ 0,00 de R\$ 81\.000,00/).first().waitFor({ state: 'attached' });

  // Exports: each button generates the file and shows an expiring link that serves it.
  await env.page.getByRole('button', { name: 'Exportar Markdown' }).click();
  const md = env.page.getByRole('link', { name: 'Baixar Markdown' });
  const mdUrl = (await md.getAttribute('href'))!;
  expect(mdUrl).toContain('/files/agents/');
  const mdRes = await env.page.request.get(mdUrl);
  expect(mdRes.status()).toBe(200);
  expect(await mdRes.text()).toContain('# Análise do consultor executivo');
  await env.page.getByRole('button', { name: 'Exportar PDF' }).click();
  const pdfRes = await env.page.request.get((await env.page.getByRole('link', { name: 'Baixar PDF' }).getAttribute('href'))!);
  expect(pdfRes.headers()['content-type']).toBe('application/pdf');

  // The list of past analyses shows it.
  await env.page.locator('.consultant-history li', { hasText: 'As vendas caíram' }).getByText(/Concluída/).waitFor();
  expect(pageErrors).toEqual([]);
});
