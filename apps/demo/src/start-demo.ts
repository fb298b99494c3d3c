// Starts the API with the demo pages mounted next to it (one server, one port). Used by `pnpm start`
// and by the browser test.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { loadTicketTypes, REPO_ROOT, startApi, ticketTypesOfDeployment, type Config, type RunningApi } from '@tickets/api';
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

export async function startDemo({ config, logger }: { config: Config; logger?: Logger }): Promise<RunningApi> {
  const ticketTypes = await loadTicketTypes(config.TICKET_TYPES ?? ticketTypesOfDeployment(REPO_ROOT), REPO_ROOT);
  let running: RunningApi | null = null;
  const route = demoRoutes({
    api: () => {
      if (!running) throw new Error('The API has not started yet.');
      return running;
    },
    bundleFile: BUNDLE_FILE,
  });
  running = await startApi({ config, ticketTypes, routes: [route], ...(logger ? { logger } : {}) });
  return running;
}
