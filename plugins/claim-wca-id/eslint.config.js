import { base } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  reactHooks.configs.flat.recommended,
  {
    // The definition and the server half never load React: the API imports them.
    files: ['src/**/*.ts'],
    ignores: ['src/widget/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(react|react-dom)(/|$)|/widget(/|\\.js$)', message: 'Only src/widget may use React (the ./widget export).' }] },
      ],
    },
  },
  {
    // The playground is bundled for the browser: the type's values bring zod and the domain's
    // rules (~50 KB), so the widget takes only their types.
    files: ['src/widget/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: 'The playground is bundled for the browser: no zod.' },
            { name: '@tickets/domain', message: 'Import only types from @tickets/domain in the playground.', allowTypeImports: true },
            { name: '@tickets/plugin-kit', message: 'Use @tickets/plugin-kit/widget in the playground.', allowTypeImports: true },
          ],
          patterns: [{ group: ['../*'], message: 'Import only types from the type definition (it carries zod).', allowTypeImports: true }],
        },
      ],
    },
  },
];
