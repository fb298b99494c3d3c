// The demo site in a real browser for a test file: the API with the demo pages on a PostgreSQL
// database of the file's own, Debian's Chromium through playwright, both stopped after the file.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { type Config, loadConfig, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../../src/start-demo.js';

export const UI_TIMEOUT = 10_000;

export interface DemoInBrowser {
  readonly api: RunningApi;
  readonly browser: Browser;
}

/** The demo's configuration for a test: the ticket types it serves and any other settings. */
export function demoConfig(database: TestDatabase, settings: Record<string, string>): Config {
  return loadConfig({ ...database.env, PORT: '0', TOKEN_SECRET: 'demo-test-secret-that-is-long-enough-for-hs256', SEED_DEMO: 'true', LOG_LEVEL: 'silent', ...settings });
}

/** Launches Debian's Chromium headless, as every browser test here does. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Starts the demo serving `ticketTypes` (TICKET_TYPES) and a browser before the file's tests; the
 * embed is what `pnpm test` built (turbo builds the widgets and the playgrounds first).
 */
export function demoInBrowser(ticketTypes: string): DemoInBrowser {
  const started: { database?: TestDatabase; api?: RunningApi; browser?: Browser } = {};
  beforeAll(async () => {
    started.database = await createTestDatabase();
    [started.api, started.browser] = await Promise.all([startDemo({ config: demoConfig(started.database, { TICKET_TYPES: ticketTypes }) }), launchChromium()]);
  });
  afterAll(async () => {
    await started.browser?.close();
    await started.api?.stop();
    await started.database?.drop();
  });
  return {
    get api() {
      return started.api!;
    },
    get browser() {
      return started.browser!;
    },
  };
}

/** A page on the demo site; the scripts' uncaught errors are collected to assert there were none. */
export async function demoPage(demo: DemoInBrowser): Promise<{ page: Page; failures: string[] }> {
  const page = await demo.browser.newPage({ baseURL: demo.api.url, viewport: { width: 1200, height: 1000 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  const failures: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  return { page, failures };
}

/** Signs in as another demo user with the navigation bar's select (the page reloads). */
export async function switchUser(page: Page, login: string): Promise<void> {
  await Promise.all([page.waitForEvent('load'), page.getByLabel('Signed in as').selectOption(login)]);
}
