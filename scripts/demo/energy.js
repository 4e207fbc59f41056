// Demo data of the energy module: a holder connected to the simulated utility portal (the demo reads
// the SMS code from the portal's dev inbox, /sms/ultimo) and synced: units, 24 invoices each with
// barcode line and PIX, a solar plant with beneficiaries and credits. Idempotent: an existing client
// is left as it is.
const { gql } = require('./client');


/** The token given may predate the upgrade to Pro: a fresh one for the same account carries the energy module. */
async function energyToken(graphqlUrl, token) {
  try {
    await gql(graphqlUrl, `query { energyClients { id } }`, {}, token);
    return token;
  } catch (err) {
    if (err.code !== 'MODULE_DISABLED') throw err;
    const me = await gql(graphqlUrl, `query { me { account { id } } }`, {}, token);
    const d = await gql(graphqlUrl, `mutation($id: ID!) { switchAccount(accountId: $id) { accessToken } }`, { id: me.me.account.id }, token);
    return d.switchAccount.accessToken;
  }
}

const HOLDER = { name: 'Condomínio Solar Carla Doces', taxId: '529.982.247-25', phoneLastDigits: '4321' };

async function seedEnergy({ graphqlUrl, token, config }) {
  const portalUrl = process.env.ENERGY_PORTAL_URL || config?.ENERGY_PORTAL_URL || 'http://127.0.0.1:4200';
  const t = await energyToken(graphqlUrl, token);
  const existing = await gql(graphqlUrl, `query { energyClients { id taxId status } }`, {}, t);
  if (existing.energyClients.length) return;
  const created = await gql(graphqlUrl, `mutation($i: CreateEnergyClientInput!) { createEnergyClient(input: $i) { id } }`, { i: HOLDER }, t);
  const id = created.createEnergyClient.id;
  try {
    await gql(graphqlUrl, `mutation($id: ID!) { startPortalLogin(clientId: $id) { status } }`, { id }, t);
    const sms = await fetch(`${portalUrl}/sms/ultimo?documento=${HOLDER.taxId.replace(/\D/g, '')}`).then((r) => r.json());
    if (!sms.code) throw new Error('the simulated portal sent no code');
    await gql(graphqlUrl, `mutation($id: ID!, $c: String!) { confirmPortalLogin(clientId: $id, code: $c) { status } }`, { id, c: sms.code }, t);
    for (let i = 0; i < 600; i++) {
      const c = await gql(graphqlUrl, `query($id: ID!) { energyClient(id: $id) { lastSyncStatus lastSyncMessage } }`, { id }, t);
      if (c.energyClient.lastSyncStatus === 'DONE') return;
      if (c.energyClient.lastSyncStatus === 'FAILED') throw new Error(c.energyClient.lastSyncMessage);
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error('the demo sync did not finish in 2 minutes');
  } catch (err) {
    // The rest of the demo still works; the client shows as not connected and can be connected by hand.
    console.warn(`prumo: energy demo not synced (${err.message}); connect it in Energia with the code from ${portalUrl}/sms`);
  }
}

module.exports = { seedEnergy };
