// Shared flat config. Packages call `base()` and may add `pure()` (for packages/domain).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The rules every package follows. */
export function base() {
  return tseslint.config(
    { ignores: ['dist/**', 'coverage/**', 'storybook-static/**', '**/*.d.ts'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        eqeqeq: ['error', 'always'],
        'no-console': 'off',
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
