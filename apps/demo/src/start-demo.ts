// Starts the API with the demo pages mounted next to it (one server, one port). Used by `pnpm start`
// and by the browser test.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import {
  createApiKey,
  developmentOnlyRefusal,
  installedWidgetsDir,
  listApiKeys,
  loadConfiguredTicketTypes,
  REPO_ROOT,
  revokeApiKey,
  startApi,
  type Config,
  type RunningApi,
} from '@tickets/server';
import { demoRoutes } from './site.js';

const execFileAsync = promisify(execFile);

/** The widgets' build the API serves at /assets/tickets/ (their loader, core, runtime). */
export const WIDGETS_DIR = installedWidgetsDir(import.meta.url);

/**
 * What the pages load is the API's embed: the widgets' build and each type's playground module,
 * built by their packages. `pnpm start` builds them first through turbo: once on a fresh clone,
 * then only what changed since (turbo's cache), so an edited widget or playground is what is served.
 */
export async function buildEmbed(): Promise<void> {
  console.log('Building the widgets and the ticket types\' playgrounds (turbo; cached after the first start)…');
  await execFileAsync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@tickets/demo^...', '--output-logs=errors-only'], { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024 });
}

/** The name of the intake key the demo site makes for itself at each start. */
const DEMO_KEY_NAME = 'demo host site (pnpm start)';

export interface RunningDemo extends RunningApi {
  /** The API key the demo's contact form files tickets with (a new one each start). */
  intakeKey: string;
}

/** `build`: build the embed first when it is missing (`pnpm start`); tests run after `pnpm test` built it. */
export async function startDemo({ config, logger, mailCatcher = false, build = false }: { config: Config; logger?: Logger; mailCatcher?: boolean; build?: boolean }): Promise<RunningDemo> {
  // `main.ts` refuses first; this holds for anyone else who mounts the cookie-trusting pages.
  const refusal = developmentOnlyRefusal('The demo site', config.NODE_ENV);
  if (refusal) throw new Error(refusal);
  if (build) await buildEmbed();
  const ticketTypes = await loadConfiguredTicketTypes(config);
  let running: RunningDemo | null = null;
  const route = demoRoutes({
    api: () => {
      if (!running) throw new Error('The API has not started yet.');
      return running;
    },
  });
  const api = await startApi({ config, ticketTypes, routes: [route], embed: { widgetsDir: WIDGETS_DIR }, mailCatcher, ...(logger ? { logger } : {}) });
  running = Object.assign(api, { intakeKey: await renewDemoKey(api) });
  return running;
}

/** Like a real host site, the demo files tickets with an API key; the previous start's key is revoked. */
async function renewDemoKey(api: RunningApi): Promise<string> {
  const em = api.services.orm.em.fork();
  for (const key of await listApiKeys(em)) if (key.name === DEMO_KEY_NAME && !key.revokedAt) await revokeApiKey(em, String(key.id));
  return (await createApiKey(em, DEMO_KEY_NAME)).key;
}
