import { base } from '@tickets/eslint-config';

export default [
  ...base(),
  {
    // Modules hold the server's rules for every entrance (tRPC, intake): they throw domain errors
    // (or InvalidFields) and take a request context; the tRPC adapter in src/trpc maps both.
    files: ['src/modules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@trpc/*'], message: 'Modules do not know tRPC: throw a DomainError (mapped in src/trpc/error-mapping.ts) and take a context from src/request/.' },
            { regex: '^(\\.\\./)+trpc/', message: 'Modules do not import the tRPC adapter: the request context is in src/request/, input refusals in src/input/.' },
          ],
        },
      ],
    },
  },
];
