import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the web client: `npm run codegen` reads the client schema (generated from
 * the server code by `npm run schema`) and every `graphql(...)` document under client/src, and
 * writes client/src/gql/. The output is committed, so building the client never needs codegen.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/client.graphql',
  documents: ['client/src/**/*.{ts,tsx}', '!client/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTimeISO: 'string' },
      },
    },
  },
};

export default config;
