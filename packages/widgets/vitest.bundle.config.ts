// The built embed bundle in Chromium against the real API (test-bundle/): Node environment, a
// PostgreSQL database of its own from the API's harness. `pnpm test:bundle`, after `vite build`.
// Standalone (not merged with the shared config, whose include and reporters would be appended to).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['test-bundle/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['@tickets/server/testing/global-setup'],
    pool: 'forks',
    execArgv: ['--conditions=source'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest-bundle.json' } : undefined,
  },
});
