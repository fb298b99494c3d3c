import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'api',
            include: ['test/**/*.test.ts'],
            // The API tests run the whole server on a database of their own (see @tickets/server/testing).
            globalSetup: ['@tickets/server/testing/global-setup'],
            pool: 'forks',
          },
        },
        {
          extends: true,
          test: {
            // The playground's components, in a browser-like DOM.
            name: 'widget',
            include: ['test/**/*.test.tsx'],
            // The shared include (extended, so merged in) names the .ts tests: those are the API's.
            exclude: ['**/node_modules/**', 'test/**/*.test.ts', 'src/**/*.test.ts'],
            environment: 'jsdom',
            setupFiles: ['test/widget/setup.ts'],
          },
        },
      ],
    },
  }),
);
