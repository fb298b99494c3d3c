import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    resolve: { conditions: ['source'] },
    ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
    test: {
      // Databases from the API's harness: each file copies a migrated template on DATABASE_URL's server.
      globalSetup: ['@tickets/server/testing/global-setup'],
      pool: 'forks',
      execArgv: ['--conditions=source'],
      // One file at a time: each drives the machine's two cores hard (32 clients, a killed process,
      // a restarted database), and overlapping them would only measure each other.
      fileParallelism: false,
      testTimeout: 120_000,
    },
  }),
);
