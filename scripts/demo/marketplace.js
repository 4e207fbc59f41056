// Demo data of the marketplace (StockTech), through the public API like a user. `token` is the demo
// account (it sells sweets), `otherToken` another Pro account (a bakery) that sells supplies; the
// demo account buys from it (one order pending, one completed) and they exchange questions.
const { gql } = require('./client');


const claims = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

/** A token issued before the upgrade to Pro lacks the marketplace module: re-issue it for the same account. */
async function withMarketplace(graphqlUrl, token) {
  const c = claims(token);
  if (c.mods.includes('marketplace')) return token;
  const d = await gql(graphqlUrl, `mutation($id: ID!) { switchAccount(accountId: $id) { accessToken } }`, { id: c.tid }, token);
  return d.switchAccount.accessToken;
}

const PRODUCT = `mutation($i: CreateProductInput!) { createProduct(input: $i) { id name } }`;

async function seedMarketplace({ graphqlUrl, token, otherToken }) {
  const demo = await withMarketplace(graphqlUrl, token);
  const other = await withMarketplace(graphqlUrl, otherToken);
  const refs = await gql(graphqlUrl, `query { marketplaceCategories { id slug } }`, {}, demo);
  const cat = Object.fromEntries(refs.marketplaceCategories.map((c) => [c.slug, c.id]));

  await gql(graphqlUrl, `mutation($i: SellerProfileInput!) { updateSellerProfile(input: $i) { accountId } }`, { i: { displayName: 'Carla Doces', whatsapp: '(11) 98765-4321', city: 'São Paulo', state: 'SP' } }, demo);
  await gql(graphqlUrl, `mutation($i: SellerProfileInput!) { updateSellerProfile(input: $i) { accountId } }`, { i: { displayName: 'Padaria Pão de Prumo', whatsapp: '(11) 99123-4567', city: 'Campinas', state: 'SP' } }, other);

  const mine = [
    { name: 'Brigadeiro gourmet — caixa com 25 unidades', categoryId: cat['alimentos-doces'], priceCents: 4500, stock: 40, description: 'Brigadeiros de chocolate belga, feitos no dia. Ideal para revenda em cafeterias.', specifications: [{ key: 'Validade', value: '5 dias' }, { key: 'Peso', value: '500 g' }] },
    { name: 'Bolo de pote — kit com 12', categoryId: cat['alimentos-doces'], priceCents: 9600, stock: 15, description: 'Sabores ninho com morango, prestígio e cenoura com chocolate.' },
    { name: 'Kit festa: 100 docinhos sortidos', categoryId: cat['alimentos-doces'], priceCents: 11000, stock: 8, description: 'Beijinho, brigadeiro, cajuzinho e bicho-de-pé.' },
  ];
  const theirs = [
    { name: 'Café torrado e moído tradicional 500 g', categoryId: cat['alimentos-cafe'], priceCents: 1890, stock: 120, description: 'Café 100% arábica do sul de Minas, torra média.', specifications: [{ key: 'Torra', value: 'média' }] },
    { name: 'Farinha de trigo especial — saco 25 kg', categoryId: cat['alimentos-mercearia'], priceCents: 8990, stock: 30, description: 'Farinha tipo 1 para pães e confeitaria.' },
    { name: 'Embalagem para bolo com tampa — pacote 50 un', categoryId: cat['embalagens-descartaveis'], priceCents: 5490, stock: 60, description: 'Embalagem plástica transparente 15 cm.' },
    { name: 'Forminhas de papel nº 5 — 1.000 un', categoryId: cat['embalagens-descartaveis'], priceCents: 2290, stock: 200, description: 'Forminhas para docinhos, cores sortidas.' },
  ];
  const myProducts = [];
  for (const p of mine) myProducts.push((await gql(graphqlUrl, PRODUCT, { i: p }, demo)).createProduct);
  const theirProducts = [];
  for (const p of theirs) theirProducts.push((await gql(graphqlUrl, PRODUCT, { i: p }, other)).createProduct);

  const place = (productId, quantity) => gql(graphqlUrl, `mutation($i: PlaceOrderInput!) { placeOrder(input: $i) { id } }`, { i: { productId, quantity } }, demo).then((d) => d.placeOrder.id);
  const completed = await place(theirProducts[3].id, 5); // forminhas: confirmed by the bakery
  await gql(graphqlUrl, `mutation($id: ID!) { confirmOrder(id: $id) { status } }`, { id: completed }, other);
  await place(theirProducts[2].id, 2); // embalagens: still pending

  const asked = await gql(graphqlUrl, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: theirProducts[1].id, message: 'Vocês entregam em São Paulo capital? Qual o prazo para 10 sacos?' } }, demo);
  // The bakery answered that one; the question the demo account received waits for its answer.
  await gql(graphqlUrl, `mutation($id: ID!, $a: String!) { answerInquiry(id: $id, answer: $a) { id } }`, { id: asked.sendInquiry.id, a: 'Entregamos sim! Para 10 sacos o prazo é de 2 dias úteis, frete grátis na capital.' }, other);
  await gql(graphqlUrl, `mutation($i: SendInquiryInput!) { sendInquiry(input: $i) { id } }`, { i: { productId: myProducts[0].id, message: 'Consegue fazer 10 caixas para sexta-feira? Pagamos no PIX.' } }, other);
}

module.exports = { seedMarketplace };
