import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    // `@tickets/server` and the plugins from their TypeScript source, not a possibly stale dist/.
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
    test: {
      // A database of its own from the API's harness (PostgreSQL, or PGlite with TEST_DATABASE=pglite).
      globalSetup: ['@tickets/server/testing/global-setup'],
      pool: 'forks',
      // The API and the plugins are loaded from their TypeScript source.
      execArgv: ['--conditions=source'],
      testTimeout: 60_000,
    },
  }),
);
