// Shared flat config. Packages call `base()` and may add `pure()` (for packages/domain); ticket-type
// plugins call `plugin()` (plugin.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { relative } from 'node:path';
import { APP_PACKAGES, ROOT } from './dependency-direction.mjs';

const appImport = new RegExp(`^(${APP_PACKAGES.map((name) => name.replace('/', '\\/')).join('|')})(/|$)`);

/** Dependencies point inward: a file under packages/ or plugins/ never imports an app. */
const noAppImports = {
  meta: { type: 'problem', messages: { app: '{{name}} is an app; packages and plugins must not import apps (docs/architecture.md). Import what you need from a package (for example @tickets/server).' } },
  create(context) {
    if (!/^(packages|plugins)[\\/]/.test(relative(ROOT, context.filename))) return {};
    const check = (node) => {
      const name = node.source?.value;
      if (typeof name === 'string' && appImport.test(name)) context.report({ node, messageId: 'app', data: { name } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

/** The rules every package follows. */
export function base() {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', 'storybook-static/**', '**/*.d.ts'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      plugins: { tickets: { rules: { 'no-app-imports': noAppImports } } },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        eqeqeq: ['error', 'always'],
        'no-console': 'off',
        'tickets/no-app-imports': 'error',
      },
    },
  );
}

/**
 * For packages that must stay free of I/O: they may import zod and their own files, nothing else.
 * Tests are exempt (they may use fast-check and vitest).
 */
export function pure({ files = ['src/**/*.ts'] } = {}) {
  return [
    {
      files,
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: '^(?!zod(/|$)|\\.{1,2}/)',
                message: 'This package is pure: it may import only zod and its own files (no I/O, ORM, React or tRPC).',
              },
            ],
          },
        ],
      },
    },
  ];
}

export { plugin } from './plugin.js';
export { translatedWords } from './translated-words.js';
