// Shared vitest settings; a package's vitest.config.ts merges its own on top:
//   export default mergeConfig(base, defineConfig({ test: { ... } }));
// A ticket-type plugin takes the whole preset instead: `export default plugin();`; an app whose
// tests start the whole API takes `wholeApi()`.
import { defineConfig, mergeConfig } from 'vitest/config';

// Workspace packages export their TypeScript under the `source` condition and their build under
// `default` (dist/, absent on a fresh clone). Tests resolve the source, so a package's own
// `pnpm test` runs without building what it depends on. Vite gives each environment (the tests',
// and vitest's own, which loads global setups) its own conditions, so the condition is added to
// every one; the SSR list also becomes the workers' `--conditions`, for modules Node loads itself.
const SOURCE = 'source';
// Vite's defaults (`defaultClientConditions`, `defaultServerConditions`), for an environment that sets none.
const CLIENT_DEFAULTS = ['module', 'browser', 'development|production'];
const SERVER_DEFAULTS = ['module', 'node', 'development|production'];

const sourceCondition = {
  name: 'tickets:source-condition',
  configEnvironment(name, config) {
    const consumer = config.consumer ?? (name === 'client' ? 'client' : 'server');
    const conditions = config.resolve?.conditions ?? (consumer === 'client' ? CLIENT_DEFAULTS : SERVER_DEFAULTS);
    config.resolve = { ...config.resolve, conditions: [SOURCE, ...conditions.filter((condition) => condition !== SOURCE)] };
  },
};

const base = defineConfig({
  plugins: [sourceCondition],
  ssr: { resolve: { conditions: [SOURCE] } },
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

export default base;

/**
 * A ticket-type plugin's tests: `*.test.ts` run against the whole API on a database of their own
 * (`@tickets/server/testing`), `*.test.tsx` are the playground's, on jsdom. `widgetSetup` names
 * files the playground's tests load first (e.g. jest-dom's matchers).
 */
export function plugin({ widgetSetup = [] } = {}) {
  return mergeConfig(
    base,
    defineConfig({
      test: {
        projects: [
          {
            extends: true,
            test: {
              name: 'api',
              include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
              globalSetup: ['@tickets/server/testing/global-setup'],
              // Each file starts its own API on its own copy of the migrated template database.
              pool: 'forks',
            },
          },
          {
            extends: true,
            test: {
              name: 'widget',
              // `extends` merges the shared include (the .ts tests, the API's): drop them here.
              include: ['test/**/*.test.tsx', 'src/**/*.test.tsx'],
              exclude: ['**/node_modules/**', 'test/**/*.test.ts', 'src/**/*.test.ts'],
              environment: 'jsdom',
              setupFiles: widgetSetup,
            },
          },
        ],
      },
    }),
  );
}

/**
 * An app's tests that start the whole API and its plugins (from their TypeScript source) on a
 * database of their own from `@tickets/server/testing`'s global setup, one process per file.
 * `test` adds to it or overrides it, e.g. a longer `testTimeout` or `fileParallelism: false`.
 */
export function wholeApi(test = {}) {
  return mergeConfig(
    base,
    defineConfig({
      resolve: { conditions: [SOURCE] },
      ssr: { resolve: { conditions: [SOURCE], externalConditions: [SOURCE] } },
      test: {
        globalSetup: ['@tickets/server/testing/global-setup'],
        pool: 'forks',
        // Node loads the API and the plugins itself in the workers: from their source too.
        execArgv: [`--conditions=${SOURCE}`],
        testTimeout: 60_000,
        ...test,
      },
    }),
  );
}
