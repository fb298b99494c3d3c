import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      globalSetup: ['test/support/global-setup.ts'],
      // Each file owns a database, so files run in parallel on the shared server.
      pool: 'forks',
      // Plugins listed in tickets.config.json are resolved by Node from their TypeScript source.
      execArgv: ['--conditions=source'],
    },
  }),
);
