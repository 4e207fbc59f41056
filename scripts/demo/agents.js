// Demo data of the agents subgraph: one finished executive consultant analysis in the demo account
// (through the router, as a user would; offline without a model key, from the account's figures).
const { gql } = require('./client');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One finished consultant analysis, after the fiscal year's revenue has reached the limits ledger. */
async function seedConsultant({ graphqlUrl, token }) {
  // The fiscal documents are read in the background: wait until the revenue stops changing.
  let last = -1;
  for (let i = 0; i < 60; i++) {
    const d = await gql(graphqlUrl, `query { meiLimit { revenueCents } }`, {}, token);
    const now = d.meiLimit.revenueCents;
    if (now === last && (now > 0 || i >= 10)) break;
    last = now;
    await sleep(1000);
  }
  const started = await gql(
    graphqlUrl,
    `mutation($input: StartExecutionInput!) { startExecution(input: $input) { id } }`,
    {
      input: {
        problemDescription:
          'Quero aumentar as vendas de bolos para buffets e cafés no fim do ano, mas estou perto do limite do MEI. Vale a pena investir em divulgação ou devo me preparar para virar ME?',
        businessType: 'confeitaria MEI (bolos sob encomenda)',
        depth: 'STANDARD',
      },
    },
    token,
  );
  const id = started.startExecution.id;
  for (let i = 0; i < 120; i++) {
    const d = await gql(graphqlUrl, `query($id: ID!) { execution(id: $id) { status } }`, { id }, token);
    if (d.execution?.status === 'DONE') return id;
    if (d.execution?.status === 'FAILED') throw new Error('demo consultant analysis failed');
    await sleep(500);
  }
  throw new Error('demo consultant analysis did not finish in time');
}

/**
 * One assistant conversation in the demo account: exact figures and a knowledge-base answer, with
 * citations (offline model unless OPENAI_API_KEY is set). Runs after the documents are indexed.
 */
async function seedAssistant({ graphqlUrl, token }) {
  const ask = `mutation($i: AskAssistantInput!) { askAssistant(input: $i) { conversationId } }`;
  const first = await gql(graphqlUrl, ask, { i: { question: 'Quanto ainda resta do meu limite do MEI?' } }, token);
  const conversationId = first.askAssistant.conversationId;
  await gql(graphqlUrl, ask, { i: { question: 'Quando vence o próximo DAS e qual o valor?', conversationId } }, token);
  await gql(graphqlUrl, ask, { i: { question: 'O que acontece se eu passar do limite em até 20%?', conversationId } }, token);
  return conversationId;
}

async function seedAgents({ graphqlUrl, token, otherToken, config }) {
  await seedConsultant({ graphqlUrl, token, otherToken, config });
  await seedAssistant({ graphqlUrl, token });
}

module.exports = { seedAgents, seedConsultant, seedAssistant };
