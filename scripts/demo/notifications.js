// Demo notifications, produced through real events (no rows written by hand):
// - the demo account's fiscal year crosses 70% of the MEI limit in seedFiscal, so limits emits a
//   `notification.requested` for the owner: we wait until it is in the demo user's inbox;
// - platform staff exist before a landing-page lead arrives, so the admin's bell shows the lead.
const { Client } = require('pg');
const { gql } = require('./client');


async function waitFor(fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await fn().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function seedNotifications({ graphqlUrl, token, config }) {
  const { DEMO } = require('../seed-demo');
  // 1. The limit alert of the demo MEI (the documents are read in the background: allow time).
  const alert = await waitFor(async () => {
    const d = await gql(graphqlUrl, `query { notifications(first: 20) { nodes { kind } } }`, {}, token);
    return d.notifications.nodes.some((n) => n.kind === 'LIMIT_ALERT');
  }, 60_000);
  if (!alert) console.warn('demo: the MEI limit alert has not reached the inbox yet (it will when the documents are read)');

  // 2. Staff first (the seed's later sign-up step then just signs in), then a lead for them.
  let staffToken;
  try {
    const d = await gql(graphqlUrl, `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { name: DEMO.staff.name, email: DEMO.staff.email, password: DEMO.staff.password, companyName: DEMO.staff.companyName, taxId: DEMO.staff.taxId },
    });
    staffToken = d.signUp.accessToken;
  } catch (err) {
    if (!/já/i.test(err.message)) throw err;
  }
  const db = new Client({ host: config.DATABASE_HOST, port: config.DATABASE_PORT, database: config.DATABASE_NAME, user: config.DATABASE_OWNER_USER, password: config.DATABASE_OWNER_PASSWORD });
  await db.connect();
  try {
    await db.query(`update identity.users set staff = true where email_normalized = $1`, [DEMO.staff.email]);
  } finally {
    await db.end();
  }
  await gql(graphqlUrl, `mutation($i: SubmitLeadInput!) { submitLead(input: $i) { id } }`, {
    i: { name: 'Fernanda Souza', email: 'fernanda@exemplo.com.br', whatsapp: '31991234567', message: 'Somos uma distribuidora e queremos vender no marketplace. Como funciona?' },
  });
  if (staffToken) {
    const signIn = await gql(graphqlUrl, `mutation($i: SignInInput!) { signIn(input: $i) { accessToken } }`, { i: { login: DEMO.staff.email, password: DEMO.staff.password } });
    await waitFor(async () => {
      const d = await gql(graphqlUrl, `query { notifications(first: 5) { nodes { kind } } }`, {}, signIn.signIn.accessToken);
      return d.notifications.nodes.some((n) => n.kind === 'LEAD');
    }, 15_000);
  }
}

module.exports = { seedNotifications };
