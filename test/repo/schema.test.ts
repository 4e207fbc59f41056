// The committed schema/ files are the public contract (partners generate clients from
// client.graphql): they must be exactly what the code produces, and composition must succeed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSchema } from 'graphql';
import { buildFederatedSchema, printSdl, SUBGRAPHS } from '@prumo/kit';
import { generateSchemaFiles } from '../../router/src/compose';
import { SUBGRAPH_MODULES } from '../platform';

const SCHEMA_DIR = resolve(__dirname, '../../schema');

let files: Record<string, string>;
beforeAll(async () => {
  const sources = [];
  for (const s of SUBGRAPHS) sources.push({ name: s.name, port: s.port, schema: await buildFederatedSchema(SUBGRAPH_MODULES[s.name].schemaDefinition) });
  files = generateSchemaFiles(sources, readFileSync(join(SCHEMA_DIR, 'subscriptions.graphql'), 'utf8'), printSdl);
});

test('every subgraph composes into the supergraph, and the committed schema files do not drift (run `npm run schema`)', () => {
  expect(Object.keys(files).sort()).toEqual([...SUBGRAPHS.map((s) => `${s.name}.graphql`), 'client.graphql', 'supergraph.graphql'].sort());
  for (const [name, content] of Object.entries(files)) {
    expect([name, readFileSync(join(SCHEMA_DIR, name), 'utf8')]).toEqual([name, content]);
  }
});

test('the public API names of the identity contract exist in the client schema', () => {
  const schema = buildSchema(files['client.graphql']);
  const mutations = Object.keys(schema.getMutationType()!.getFields());
  for (const m of ['signUp', 'signIn', 'refreshSession', 'signOut', 'switchAccount', 'createApiKey', 'revokeApiKey', 'submitLead']) {
    expect(mutations).toContain(m);
  }
  expect(Object.keys(schema.getQueryType()!.getFields())).toContain('me');
  const payload = schema.getType('AuthPayload') as import('graphql').GraphQLObjectType;
  expect(Object.keys(payload.getFields()).sort()).toEqual(['accessToken', 'account', 'expiresAt', 'refreshToken', 'user'].sort());
  expect(Object.keys(schema.getSubscriptionType()!.getFields())).toContain('jobProgress');
});
