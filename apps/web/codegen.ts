import type { CodegenConfig } from '@graphql-codegen/cli';

/** Client types come from the server's printed schema (apps/api/schema.graphql, kept fresh by a test). */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Money: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
