import { defineConfig, mergeConfig } from 'vitest/config';
import base from '@tickets/vitest-config';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      // The playground's tests (*.test.tsx) run on jsdom, each saying so in its first line.
      include: ['test/**/*.test.{ts,tsx}'],
      // The API tests run the whole server on a database of their own (see @tickets/server/testing).
      globalSetup: ['@tickets/server/testing/global-setup'],
      pool: 'forks',
    },
  }),
);
