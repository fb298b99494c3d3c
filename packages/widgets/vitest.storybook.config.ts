// The stories as tests: each story renders in Chromium (Debian's, /usr/bin/chromium) through
// @storybook/addon-vitest, runs its `play` function and is checked with axe (a11y.test: 'error').
// `pnpm test:storybook`; `pnpm test` runs it after the jsdom tests.
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Pre-bundle what the stories need up front, so vite does not reload the page mid-run.
  optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-runtime', 'react/jsx-dev-runtime', '@tanstack/react-query', '@trpc/client', 'marked'] },
  test: {
    name: 'storybook',
    testTimeout: 20_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] },
      }),
      instances: [{ browser: 'chromium' }],
    },
    // Under CI a JSON report of its own beside the jsdom one, for .ci/run's summary.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: 'test-results/vitest-storybook.json' } : undefined,
  },
});
