// The partner guide's example, end to end: codegen against the published client schema, then the
// typed client calling the router with a real API key.
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { gql } from '@prumo/kit/testing';
import { startStack, type Stack } from '../stack';
import { signUp } from './helpers';

const EXAMPLE = resolve(__dirname, '../../docs/partners/example');
let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
});

test('a partner generates a typed client from schema/client.graphql and reads its account with an API key', async () => {
  const out = join(EXAMPLE, 'generated');
  rmSync(out, { recursive: true, force: true });
  await generate(
    {
      schema: join(EXAMPLE, '../../../schema/client.graphql'),
      documents: [join(EXAMPLE, 'operations.graphql')],
      generates: { [`${out}/`]: { preset: 'client', config: { useTypeImports: true } } },
      silent: true,
    },
    true,
  );
  expect(existsSync(join(out, 'graphql.ts'))).toBe(true);

  const owner = await signUp(stack.graphqlUrl, { companyName: 'Cliente do Parceiro Ltda' });
  const key = await gql(stack.graphqlUrl, `mutation { createApiKey(input: { name: "ERP", scopes: ["read"] }) { secret } }`, {}, { token: owner.token });

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PartnerAccountDocument } = require(join(out, 'graphql.ts'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PrumoClient } = require(join(EXAMPLE, 'client.ts'));
  const prumo = new PrumoClient(stack.graphqlUrl, key.data!.createApiKey.secret);
  const data = await prumo.request(PartnerAccountDocument);
  expect(data.me.account).toMatchObject({ id: owner.accountId, name: 'Cliente do Parceiro Ltda', planCode: 'free' });

  const bad = new PrumoClient(stack.graphqlUrl, 'prumo_000000000000_invalidinvalidinvalidinvalidinvalidinvalid1');
  await expect(bad.request(PartnerAccountDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
});
