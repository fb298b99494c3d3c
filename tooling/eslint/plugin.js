// The rules of a ticket-type plugin package: its isomorphic half (src/*.ts) and server half
// (src/server) never load React or the playground, and its playground (src/widget), bundled for the
// browser with the widgets, takes only types from zod, the domain's schemas and the type's own modules
// (they carry zod, ~50 KB), except the domain's rules and the zod-free modules a plugin names.
import reactHooks from 'eslint-plugin-react-hooks';
import { base } from './index.js';
import { translatedWords } from './translated-words.js';

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `zodFree`: the type's modules (by name, without `.js`) whose values the playground may import.
 * `translated`: the playground speaks through its catalogs only (no words written into it).
 */
export function plugin({ zodFree = [], translated = false } = {}) {
  const typeOnlyParent = zodFree.length > 0 ? `^\\.\\./(?!(${zodFree.map(escape).join('|')})\\.js$)[^/]+$` : '^\\.\\./[^/]+$';
  return [
    ...base(),
    { ...reactHooks.configs.flat.recommended, files: ['src/widget/**/*.{ts,tsx}', 'test/**/*.tsx', 'stories/**/*.tsx'] },
    {
      files: ['src/**/*.ts'],
      ignores: ['src/widget/**'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { regex: '^react(-dom)?(/|$)', message: 'React belongs in src/widget only (the ./widget export).' },
              { regex: '(^|/)widget(/|\\.js$)', message: 'The playground (src/widget) is imported through the ./widget export only.' },
            ],
          },
        ],
      },
    },
    {
      files: ['src/widget/**/*.{ts,tsx}'],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            paths: [
              { name: 'zod', message: 'The playground imports zod only as types.', allowTypeImports: true },
              { name: '@tickets/plugin-kit', message: 'Use @tickets/plugin-kit/widget; the rest only as types.', allowTypeImports: true },
            ],
            patterns: [
              { regex: '^\\.\\./server(/|$)', message: 'Server code never reaches the browser.' },
              // The domain's rules tree-shake free of zod (packages/domain/README.md, "In the browser"); its
              // PascalCase values are its zod schemas.
              { regex: '^@tickets/domain$', importNamePattern: '^[A-Z][a-z]', message: 'A PascalCase value of @tickets/domain is a zod schema: import it only as a type.', allowTypeImports: true },
              {
                regex: typeOnlyParent,
                message: `The type's modules carry zod: import only their types here${zodFree.length > 0 ? ` (values from ${zodFree.map((name) => `../${name}.js`).join(', ')})` : ''}.`,
                allowTypeImports: true,
              },
            ],
          },
        ],
      },
    },
    ...(translated ? [translatedWords(['src/widget/**/*.{ts,tsx}'])] : []),
  ];
}
