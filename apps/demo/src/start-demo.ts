// Starts the API with the demo pages mounted next to it (one server, one port). Used by `pnpm start`
// and by the browser test.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { createApiKey, developmentOnlyRefusal, listApiKeys, loadConfiguredTicketTypes, revokeApiKey, startApi, type Config, type RunningApi } from '@tickets/server';
import { demoRoutes } from './site.js';

const execFileAsync = promisify(execFile);

export const DEMO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BUNDLE_FILE = fileURLToPath(new URL('../dist/demo-widgets.js', import.meta.url));

/** Builds the embed script with Vite (when missing, or always with `force`). */
export async function ensureBundle({ force = false }: { force?: boolean } = {}): Promise<void> {
  if (!force && existsSync(BUNDLE_FILE)) return;
  // A process of its own with NODE_ENV=production: under a test runner (NODE_ENV=test) the React
  // plugin would otherwise emit development JSX calls that React's production build does not have.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  await execFileAsync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: DEMO_ROOT, env: { ...process.env, NODE_ENV: 'production' } });
}

/** The name of the intake key the demo site makes for itself at each start. */
const DEMO_KEY_NAME = 'demo host site (pnpm start)';

export interface RunningDemo extends RunningApi {
  /** The API key the demo's contact form files tickets with (a new one each start). */
  intakeKey: string;
}

export async function startDemo({ config, logger, mailCatcher = false }: { config: Config; logger?: Logger; mailCatcher?: boolean }): Promise<RunningDemo> {
  // `main.ts` refuses first; this holds for anyone else who mounts the cookie-trusting pages.
  const refusal = developmentOnlyRefusal('The demo site', config.NODE_ENV);
  if (refusal) throw new Error(refusal);
  const ticketTypes = await loadConfiguredTicketTypes(config);
  let running: RunningDemo | null = null;
  const route = demoRoutes({
    api: () => {
      if (!running) throw new Error('The API has not started yet.');
      return running;
    },
  });
  // The embed script and whatever it loads, from the folder Vite builds it into.
  const assets = [{ prefix: '/assets/', directory: dirname(BUNDLE_FILE) }];
  const api = await startApi({ config, ticketTypes, routes: [route], assets, mailCatcher, ...(logger ? { logger } : {}) });
  running = Object.assign(api, { intakeKey: await renewDemoKey(api) });
  return running;
}

/** Like a real host site, the demo files tickets with an API key; the previous start's key is revoked. */
async function renewDemoKey(api: RunningApi): Promise<string> {
  const em = api.services.orm.em.fork();
  for (const key of await listApiKeys(em)) if (key.name === DEMO_KEY_NAME && !key.revokedAt) await revokeApiKey(em, String(key.id));
  return (await createApiKey(em, DEMO_KEY_NAME)).key;
}
