// Shared vitest settings; a package's vitest.config.ts merges its own on top:
//   export default mergeConfig(base, defineConfig({ test: { ... } }));
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    passWithNoTests: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Under CI each package also writes a JSON report that .ci/run adds up into one summary line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    // One report per run: a package may run its suite twice (e.g. on PostgreSQL and on PGlite).
    outputFile: process.env.CI ? { json: `test-results/vitest${process.env.TEST_DATABASE ? `-${process.env.TEST_DATABASE}` : ''}.json` } : undefined,
  },
});
