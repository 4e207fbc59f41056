import { gql, gqlOk } from '@prumo/kit/testing';
import { signInInBrowser, useBrowserStack } from './browser-harness';
import { signUp, upgradeToPro } from './helpers';

// The marketplace pages in a real browser: a Free buyer searches with an accent-free query, orders
// from the product page (WhatsApp link), asks a question and sees the order; selling is offered as
// an upgrade. The Pro seller answers, confirms the sale and lists a product in "meus produtos".
const env = useBrowserStack({ viewport: { width: 1280, height: 900 }, timeoutMs: 20_000 });

const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`;

describe('browser: marketplace', () => {
  test('a Free buyer searches "cafe", orders, asks and sees the order with WhatsApp; selling is Pro: the seller answers, confirms and lists a product', async () => {
    const url = env.stack.graphqlUrl;
    const pageErrors: string[] = [];
    env.page.on('pageerror', (err) => pageErrors.push(err.message));

    const seller = await signUp(url, { companyName: 'Torrefação Serra LTDA' });
    const buyer = await signUp(url, { companyName: 'Cafeteria da Praça LTDA' });
    await upgradeToPro(url, seller.token); // the buyer stays on Free: buying is open to every plan
    const sellerToken = (await gql(url, REFRESH, { t: seller.refreshToken })).data!.refreshSession.accessToken;
    await gqlOk(url, `mutation { updateSellerProfile(input: { displayName: "Torrefação Serra", whatsapp: "(35) 99876-5432", city: "Poços de Caldas", state: "MG" }) { accountId } }`, {}, { token: sellerToken });
    const cats = (await gql(url, `query { marketplaceCategories { id slug } }`, {}, { token: sellerToken })).data!.marketplaceCategories;
    const cafe = cats.find((c: any) => c.slug === 'alimentos-cafe').id;
    await gqlOk(url, `mutation($i: CreateProductInput!) { createProduct(input: $i) { id } }`, { i: { name: 'Café especial em grãos 1 kg', categoryId: cafe, priceCents: 6990, stock: 5, description: 'Arábica do sul de Minas.' } }, { token: sellerToken });

    // Sign in as the buyer.
    await signInInBrowser(env, buyer.email, buyer.password);

    await env.page.getByRole('link', { name: 'Marketplace', exact: true }).click();
    await env.page.getByRole('heading', { name: 'Catálogo', level: 1 }).waitFor();
    await env.page.getByLabel('Buscar produtos').fill('cafe');
    await env.page.getByRole('button', { name: 'Buscar' }).click();
    const card = env.page.locator('.mk-card', { hasText: 'Café especial em grãos 1 kg' });
    await card.getByText(/R\$\s*69,90/).waitFor();
    await card.click();

    await env.page.getByRole('heading', { name: 'Café especial em grãos 1 kg', level: 1 }).waitFor();
    await env.page.getByText('Torrefação Serra').first().waitFor();
    await env.page.getByLabel('Quantidade').fill('2');
    await env.page.getByRole('button', { name: 'Pedir' }).click();
    await env.page.getByText(/Pedido feito: R\$\s*139,80/).waitFor();
    const wa = await env.page.getByRole('link', { name: 'Falar com o vendedor no WhatsApp' }).getAttribute('href');
    expect(wa).toMatch(/^https:\/\/wa\.me\/5535998765432\?text=/);
    await env.page.getByText('3 em estoque').waitFor();

    // Too many: the pt-BR conflict from the server.
    await env.page.getByLabel('Quantidade').fill('9');
    await env.page.getByRole('button', { name: 'Pedir' }).click();
    await env.page.getByText('Estoque insuficiente: restam 3 unidades.').waitFor();

    await env.page.getByLabel('Sua pergunta').fill('Vocês emitem nota fiscal?');
    await env.page.getByRole('button', { name: 'Enviar pergunta' }).click();
    await env.page.getByText('Pergunta enviada. O vendedor foi avisado.').waitFor();

    // Orders as buyer: the pending order with its WhatsApp button.
    await env.page.getByRole('link', { name: 'Pedidos', exact: true }).click();
    const row = env.page.locator('tr', { hasText: 'Café especial em grãos 1 kg' });
    await row.getByText('Pendente').waitFor();
    expect(await row.getByRole('link', { name: 'WhatsApp' }).getAttribute('href')).toMatch(/^https:\/\/wa\.me\/5535998765432/);

    // Selling is not in the Free plan: "Meus produtos" offers the upgrade.
    await env.page.getByRole('link', { name: 'Meus produtos', exact: true }).click();
    await env.page.getByRole('heading', { name: 'Vender no marketplace B2B não está no seu plano' }).waitFor();
    await env.page.getByRole('button', { name: 'Agora não' }).click();

    // The seller's side: answer the question, confirm the sale.
    await env.context.clearCookies();
    await signInInBrowser(env, seller.email, seller.password);
    await env.page.getByRole('link', { name: 'Marketplace', exact: true }).click();
    await env.page.getByRole('link', { name: 'Pedidos', exact: true }).click();
    await env.page.getByLabel('Minhas vendas').check();
    await env.page.getByRole('heading', { name: 'Perguntas recebidas' }).waitFor();
    await env.page.getByText('Vocês emitem nota fiscal?').waitFor();
    const answerForm = env.page.getByRole('form', { name: 'Responder pergunta' });
    await answerForm.getByLabel('Resposta').fill('Sim, NF-e em todas as vendas.');
    await answerForm.getByRole('button', { name: 'Responder' }).click();
    await env.page.getByText('Sim, NF-e em todas as vendas.').waitFor();
    const sale = env.page.locator('tr', { hasText: 'Café especial em grãos 1 kg' });
    await sale.getByRole('button', { name: 'Confirmar venda' }).click();
    await sale.getByText('Concluído').waitFor();

    // Meus produtos (the seller): list another one.
    await env.page.getByRole('link', { name: 'Meus produtos', exact: true }).click();
    await env.page.locator('tr', { hasText: 'Café especial em grãos 1 kg' }).waitFor();
    await env.page.getByRole('button', { name: 'Novo produto' }).click();
    await env.page.getByLabel('Nome', { exact: true }).fill('Pão de queijo congelado 1 kg');
    await env.page.getByLabel('Categoria').selectOption({ label: '— Congelados' });
    await env.page.getByLabel('Preço (R$)').fill('-5');
    await env.page.getByLabel('Estoque', { exact: true }).fill('20');
    await env.page.getByRole('button', { name: 'Anunciar' }).click();
    await env.page.getByText('Preço inválido: use por exemplo 12,50.').waitFor();
    await env.page.getByLabel('Preço (R$)').fill('24,90');
    await env.page.getByRole('button', { name: 'Anunciar' }).click();
    const mine = env.page.locator('tr', { hasText: 'Pão de queijo congelado 1 kg' });
    await mine.getByText(/R\$\s*24,90/).waitFor();
    await mine.getByText(/^ST\d{6}[A-Z]$/).waitFor();
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
