import { base } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  { ...reactHooks.configs.flat.recommended, files: ['src/widget/**/*.{ts,tsx}', 'test/**/*.tsx', 'stories/**/*.tsx'] },
  {
    // The isomorphic half and the server half never import React or the playground.
    files: ['src/**/*.ts'],
    ignores: ['src/widget/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'React belongs in src/widget only.' },
            { name: 'react-dom', message: 'React belongs in src/widget only.' },
          ],
          patterns: [{ group: ['**/widget/**', './widget/*'], message: 'The playground (src/widget) is imported through the ./widget export only.' }],
        },
      ],
    },
  },
];
