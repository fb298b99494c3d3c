import { base } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  {
    // The isomorphic half and the server never render: React stays in src/widget.
    files: ['src/**/*.ts'],
    ignores: ['src/widget/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^react(-dom)?(/|$)', message: 'React belongs in src/widget only (the `./widget` export).' }] }],
    },
  },
  {
    files: ['src/widget/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The playground is bundled with the widgets, which keep zod (~50 KB) and server code out:
    // values only from zod-free modules, everything else as types.
    files: ['src/widget/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'The playground imports zod only as types.', allowTypeImports: true },
            { name: '@tickets/domain', message: 'The playground imports the domain only as types.', allowTypeImports: true },
            { name: '@tickets/plugin-kit', message: 'Use @tickets/plugin-kit/widget; the rest only as types.', allowTypeImports: true },
          ],
          patterns: [
            {
              regex: '^\\.\\./(index|actions|anonymization-[a-z-]+|preview|ticket-type)\\.js$',
              message: 'These modules carry zod: import only their types; values from ../constants.js or ../preview-wording.js.',
              allowTypeImports: true,
            },
            { regex: '^\\.\\./server(/|$)', message: 'Server code never reaches the browser.', allowTypeImports: false },
          ],
        },
      ],
    },
  },
];
