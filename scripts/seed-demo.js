// Demo data for `npm start`: an account that shows every feature that exists so far. Goes through
// the public API (the router), so it exercises the same paths as a user. Idempotent: an existing
// demo user is left as it is. Extend it whenever a feature lands.
const { Client } = require('pg');
const { seedFinance } = require('./demo/finance');
const { seedNotifications } = require('./demo/notifications');
const { seedEnergy } = require('./demo/energy');
const { seedMarketplace } = require('./demo/marketplace');
const { seedAgents } = require('./demo/agents');
const { gql } = require('./demo/client');

const DEMO = {
  owner: { name: 'Dona Carla Mendes', email: 'demo@prumo.app', password: 'prumo-demo-2026', cpf: '529.982.247-25', whatsapp: '11987654321' },
  account: { companyName: 'Carla Doces MEI', taxId: '11.444.777/0001-61' },
  mei: { companyName: 'Padaria Pão de Prumo LTDA', taxId: '12.ABC.345/01DE-35' },
  member: { name: 'João Atendente', email: 'joao@prumo.app', password: 'prumo-demo-2026' },
  staff: { name: 'Equipe Prumo', email: 'admin@prumo.app', password: 'prumo-admin-2026', companyName: 'Prumo Plataforma', taxId: '98.765.432/0001-98' },
};


const AUTH = `accessToken user { id } account { id }`;

async function signUpOrIn(url, person, account) {
  try {
    const d = await gql(url, `mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`, { i: { ...person, ...account } });
    return { ...d.signUp, created: true };
  } catch (err) {
    if (!/já/i.test(err.message)) throw err;
    const d = await gql(url, `mutation($i: SignInInput!) { signIn(input: $i) { ${AUTH} } }`, { i: { login: person.email, password: person.password } });
    return { ...d.signIn, created: false };
  }
}

/** Pays for Pro through the sandbox checkout, as a user would, and waits for the plan to apply. */
async function upgradeToPro(graphqlUrl, token) {
  const d = await gql(graphqlUrl, `mutation { startCheckout(input: { planCode: "pro", cycle: MONTHLY }) { url } }`, {}, token);
  const url = new URL(d.startCheckout.url);
  const pay = await fetch(`${graphqlUrl.replace(/\/graphql$/, '')}${url.pathname}/pay`, { method: 'POST', redirect: 'manual' });
  if (pay.status !== 303) throw new Error(`sandbox checkout answered ${pay.status}`);
  for (let i = 0; i < 100; i++) {
    const s = await gql(graphqlUrl, `query { me { account { planCode } } }`, {}, token);
    if (s.me.account.planCode === 'pro') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('demo account did not become Pro');
}

/** Uploads a file the way the client does: createUpload -> PUT -> completeUpload. */
async function uploadDocument(graphqlUrl, token, filename, xml) {
  const bytes = Buffer.from(xml);
  const t = await gql(graphqlUrl, `mutation($i: CreateUploadInput!) { createUpload(input: $i) { documentId uploadUrl } }`, { i: { filename, contentType: 'application/xml', size: bytes.length } }, token);
  const url = new URL(t.createUpload.uploadUrl);
  const put = await fetch(`${graphqlUrl.replace(/\/graphql$/, '')}${url.pathname}${url.search}`, { method: 'PUT', body: bytes });
  if (!put.ok) throw new Error(`upload of ${filename} answered ${put.status}`);
  await gql(graphqlUrl, `mutation($id: ID!) { completeUpload(documentId: $id) { id } }`, { id: t.createUpload.documentId }, token);
}

/**
 * The MEI's fiscal year: a profile, issued NF-e and NFS-e through the months (about 75% of the
 * R$ 81.000 limit: the ATTENTION state), a received invoice and a cancelled one.
 */
async function seedFiscal(graphqlUrl, token) {
  const { nfeXml, nfseXml, nfeCancellationXml } = require('../subgraphs/documents/dist/demo/fiscal-xml');
  await gql(graphqlUrl, `mutation { updateFiscalProfile(input: { regime: MEI, openingDate: "2023-03-01", activity: BOTH, countMarketplace: true }) { regime } }`, {}, token);
  const me = '11444777000161';
  const customers = [['98765001000121', 'Mercadinho Boa Vista Ltda'], ['98765002000176', 'Café Central ME'], ['98765003000110', 'Buffet Alegria Eventos']];
  const year = new Date().getFullYear();
  const months = Math.max(1, new Date().getMonth() + 1);
  let n = 100;
  for (let m = 1; m <= months; m++) {
    const [cnpj, name] = customers[m % customers.length];
    const mm = String(m).padStart(2, '0');
    const cents = [520000, 610000, 480000, 700000, 560000, 650000, 590000, 630000, 540000, 680000, 600000, 570000][m - 1];
    const nfe = nfeXml({ issuerCnpj: me, issuerName: 'CARLA DOCES MEI', recipientTaxId: cnpj, recipientName: name, issuedAt: `${year}-${mm}-10T10:00:00-03:00`, totalCents: cents, number: n++, crtMei: true,
      items: [{ code: 'BOLO01', description: 'BOLO DE CHOCOLATE 2KG', ncm: '19059090', cfop: '5102', quantity: String(cents / 8000) + '.0000', unitPrice: '80.0000', totalCents: cents }] });
    await uploadDocument(graphqlUrl, token, `nfe-${year}-${mm}.xml`, nfe.xml);
  }
  const nfse = nfseXml({ providerCnpj: me, providerName: 'CARLA DOCES MEI', takerTaxId: '98765002000176', takerName: 'Café Central ME', totalCents: 150000, issuedAt: `${year}-02-20T15:00:00-03:00`, competence: `${year}-02-15`, number: 12, mei: true });
  await uploadDocument(graphqlUrl, token, `nfse-${year}-02.xml`, nfse.xml);
  const received = nfeXml({ issuerCnpj: '98765001000121', issuerName: 'Distribuidora de Farinhas SA', recipientTaxId: me, recipientName: 'CARLA DOCES MEI', issuedAt: `${year}-03-05T09:00:00-03:00`, totalCents: 89000, number: 7781 });
  await uploadDocument(graphqlUrl, token, 'compra-farinha.xml', received.xml);
  const wrong = nfeXml({ issuerCnpj: me, issuerName: 'CARLA DOCES MEI', recipientTaxId: '98765003000110', recipientName: 'Buffet Alegria Eventos', issuedAt: `${year}-01-22T11:00:00-03:00`, totalCents: 99000, number: 99 });
  await uploadDocument(graphqlUrl, token, 'nfe-emitida-por-engano.xml', wrong.xml);
  await uploadDocument(graphqlUrl, token, 'cancelamento-nfe-99.xml', nfeCancellationXml(wrong.accessKey, `${year}-01-22T15:00:00-03:00`));
}

async function seedDemo({ graphqlUrl, config }) {
  const owner = await signUpOrIn(graphqlUrl, DEMO.owner, DEMO.account);
  if (owner.created) {
    // The demo company is on Pro (paid through the sandbox checkout): every module and five seats.
    await upgradeToPro(graphqlUrl, owner.accessToken);
    // A second account of the same person (account switcher): created by signing up a throwaway user
    // would be wrong, so the owner is invited into the MEI account by its own owner.
    const mei = await gql(graphqlUrl, `mutation($i: SignUpInput!) { signUp(input: $i) { ${AUTH} } }`, {
      i: { name: 'Carla Mendes (MEI)', email: 'carla.mei@prumo.app', password: DEMO.owner.password, ...DEMO.mei },
    }).then((d) => d.signUp);
    await upgradeToPro(graphqlUrl, mei.accessToken);
    // The bakery is an LTDA, not a MEI: its fiscal profile says so (revenue summed; no MEI limit,
    // alerts or DAS-MEI on its dashboard).
    await gql(graphqlUrl, `mutation { updateFiscalProfile(input: { regime: NOT_MEI }) { regime } }`, {}, mei.accessToken);
    const inv = await gql(graphqlUrl, `mutation { inviteMember(input: { email: "${DEMO.owner.email}", role: ADMIN }) { token } }`, {}, mei.accessToken);
    await gql(graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
      i: { token: inv.inviteMember.token, password: DEMO.owner.password },
    });
    // A team member and a pending invitation in the main account.
    const invMember = await gql(graphqlUrl, `mutation { inviteMember(input: { email: "${DEMO.member.email}", role: MEMBER }) { token } }`, {}, owner.accessToken);
    await gql(graphqlUrl, `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }`, {
      i: { token: invMember.inviteMember.token, name: DEMO.member.name, password: DEMO.member.password },
    });
    await gql(graphqlUrl, `mutation { inviteMember(input: { email: "contador@exemplo.com.br", role: ADMIN }) { token } }`, {}, owner.accessToken);
    await gql(graphqlUrl, `mutation { createApiKey(input: { name: "Integração ERP (demo)", scopes: ["read"] }) { secret } }`, {}, owner.accessToken);
    await seedFiscal(graphqlUrl, owner.accessToken);
    await seedFinance({ graphqlUrl, token: owner.accessToken, otherToken: mei.accessToken, config });
    await seedNotifications({ graphqlUrl, token: owner.accessToken, otherToken: mei.accessToken, config });
    await seedEnergy({ graphqlUrl, token: owner.accessToken, otherToken: mei.accessToken, config });
    await seedMarketplace({ graphqlUrl, token: owner.accessToken, otherToken: mei.accessToken, config });
    await seedAgents({ graphqlUrl, token: owner.accessToken, otherToken: mei.accessToken, config });
    await gql(graphqlUrl, `mutation($i: SubmitLeadInput!) { submitLead(input: $i) { id } }`, {
      i: { name: 'Roberto Lima', email: 'roberto@exemplo.com.br', whatsapp: '21998765432', message: 'Tenho um MEI e quero controlar o limite de faturamento.' },
    });
  }
  // The demo user lands in the MEI account (accepting the invitation moved the session elsewhere).
  const session = await gql(graphqlUrl, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken account { id name } } }`, { i: { login: DEMO.owner.email, password: DEMO.owner.password } });
  if (session.signIn.account.name !== DEMO.account.companyName) {
    const accounts = await gql(graphqlUrl, `query { me { memberships { account { id name } } } }`, {}, session.signIn.accessToken);
    const mei = accounts.me.memberships.find((m) => m.account.name === DEMO.account.companyName);
    await gql(graphqlUrl, `mutation($id: ID!) { switchAccount(accountId: $id) { accessToken } }`, { id: mei.account.id }, session.signIn.accessToken);
  }
  const staff = await signUpOrIn(graphqlUrl, { name: DEMO.staff.name, email: DEMO.staff.email, password: DEMO.staff.password }, { companyName: DEMO.staff.companyName, taxId: DEMO.staff.taxId });
  // Staff is a platform flag, never grantable through the API: set it directly.
  const db = new Client({ host: config.DATABASE_HOST, port: config.DATABASE_PORT, database: config.DATABASE_NAME, user: config.DATABASE_OWNER_USER, password: config.DATABASE_OWNER_PASSWORD });
  await db.connect();
  await db.query(`update identity.users set staff = true where email_normalized = $1`, [DEMO.staff.email]);
  await db.end();
  return { owner, staff, credentials: DEMO };
}

module.exports = { seedDemo, DEMO };
