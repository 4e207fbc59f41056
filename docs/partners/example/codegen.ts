// graphql-codegen config a partner copies: typed documents from Prumo's published client schema.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../../../schema/client.graphql', // or your copy of https://<prumo>/schema/client.graphql
  documents: ['operations.graphql'],
  generates: {
    'generated/': { preset: 'client', config: { useTypeImports: true } },
  },
};
export default config;
