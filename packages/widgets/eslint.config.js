import { base, translatedWords } from '@tickets/eslint-config';
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
            // zod is 15–25 KB gzip: the bundle leaves it out (scripts/bundle-size.mjs fails if it is in).
            { name: 'zod', message: 'The widgets are bundled without zod: check input with the domain’s rules, or leave it to the API.', allowTypeImports: true },
          ],
          patterns: [
            // The domain's rules tree-shake away from its zod schemas (its README, "In the browser"),
            // so the widgets take them from it. Its schemas are its PascalCase values; they are types here.
            {
              regex: '^@tickets/domain$',
              importNamePattern: '^[A-Z][a-z]',
              message: 'A PascalCase value of @tickets/domain is a zod schema (or DomainError): the widgets import it only as a type.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // No words a person reads written into a component, hook or element: each comes from the catalogs
  // (src/i18n/catalogs, in every language).
  translatedWords(['src/components/**/*.{ts,tsx}', 'src/connected/**/*.{ts,tsx}', 'src/elements/**/*.{ts,tsx}']),
];
