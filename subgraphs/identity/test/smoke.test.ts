import { gql } from '@prumo/kit/testing';
import { startIdentity } from '../src';

test('identity boots and signs up', async () => {
  const identity = await startIdentity({ port: 0 });
  try {
    const r = await gql(`${identity.url}/graphql`, `mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { email } account { taxId } } }`, {
      i: { name: 'Ana Souza', email: 'ana@example.com', password: 'segredo123', companyName: 'Ana MEI', taxId: '11.444.777/0001-61' },
    });
    console.log(JSON.stringify(r.errors ?? r.data));
    expect(r.data?.signUp.user.email).toBe('ana@example.com');
  } finally {
    await identity.stop();
  }
});
