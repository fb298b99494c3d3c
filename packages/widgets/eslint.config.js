import { base } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  reactHooks.configs.flat.recommended,
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/fixtures/**', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            // The server's router is a type: its code must never reach the browser.
            { name: '@tickets/server', message: 'Import only types from @tickets/server (import type …).', allowTypeImports: true },
            // The domain's values come with zod (~50 KB): the bundle takes its types only.
            { name: '@tickets/domain', message: 'Import only types from @tickets/domain in the widgets; values belong in fixtures and tests.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
];
