import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Integration tests run the whole API on a database of their own (see @tickets/server/testing).
      globalSetup: ['@tickets/server/testing/global-setup'],
      pool: 'forks',
    },
  }),
);
