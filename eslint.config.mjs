import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'apps/web/**', '.data/**', 'coverage/**', '*.js', '*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      // Import order is the linter's (fixed by `npm run format`); one import statement per module.
      'simple-import-sort/imports': 'error',
      'no-duplicate-imports': ['error', { allowSeparateTypeImports: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/libs/*/src/**', '../../*/src/**', '../../../libs/**'],
              message: 'Import another lib through its @techbridge/<lib> alias (index.ts only).',
            },
            { group: ['@techbridge/*/**'], message: 'Import only what a lib exports from its index.ts.' },
            {
              group: ['./seed', './seed/**', '../seed', '../seed/**'],
              message: "Demo data stays out of production code: compose a lib's seed module in apps/demo.",
            },
          ],
        },
      ],
    },
  },
  {
    // A lib's demo data (its second door, @techbridge/<lib>/seed) may read other libs' demo doors.
    files: ['libs/*/src/seed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/libs/*/src/**', '../../*/src/**', '../../../libs/**'],
              message: 'Import another lib through its @techbridge/<lib> alias (index.ts only).',
            },
            { group: ['@techbridge/*/**', '!@techbridge/*/seed'], message: 'Import only what a lib exports from its index.ts or its seed door.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', 'apps/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
