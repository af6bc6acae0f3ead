// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/*.d.ts', 'lao-data/**', '.tmp/**', 'coverage/**', 'samples/out/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Packages talk to each other only through their public entry point (the `exports` map),
      // never by reaching into another package's files.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@lao/*/*'], message: 'Import the package entry (@lao/name), not a file inside it.' },
            {
              group: ['**/packages/*/src/**', '**/schemas/src/**', '**/workers/*/src/**'],
              message: 'Cross-package import by path: depend on the package and import its entry.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Pure packages and adapters log through their callers, never to the console.
    files: ['packages/*/src/**/*.ts', 'schemas/src/**/*.ts'],
    ignores: ['packages/cli/src/**', '**/*.test.ts'],
    rules: { 'no-console': 'error' },
  },
);
