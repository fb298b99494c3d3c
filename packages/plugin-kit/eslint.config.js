import { base, translatedWords } from '@tickets/eslint-config';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  ...base(),
  // The playground build command runs in Node.
  { files: ['build/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  { ...reactHooks.configs.flat.recommended, files: ['src/widget/**/*.{ts,tsx}', 'test/**/*.tsx'] },
  {
    // The contract and the server half never load React: the API imports them.
    files: ['src/**/*.ts'],
    ignores: ['src/widget/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^react(-dom)?(/|$)|/widget(/|$)', message: 'React belongs in src/widget only (the ./widget export).' }] }] },
  },
  // The kit's shared parts of a playground speak through its catalogs (src/widget/i18n/catalogs).
  translatedWords(['src/widget/**/*.tsx'], ['src/widget/testing/**']),
];
