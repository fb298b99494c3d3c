// `pnpm start` (root) / `pnpm --filter @tickets/demo start`: the API and the demo host pages on one
// server, on the embedded database unless DATABASE_URL is set. Configuration is the API's.
import { pino } from 'pino';
import { loadConfig, type RunningApi } from '@tickets/api';
import { ensureBundle, startDemo } from './start-demo.js';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

let api: RunningApi;
try {
  await ensureBundle();
  api = await startDemo({ config, logger });
} catch (error) {
  console.error(`Tickets demo could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`
Tickets demo site:  ${api.url}/  (switch the demo user in the navigation bar)
Tickets API:        ${api.url}/trpc  (health: ${api.url}/health)
Ticket types: ${api.services.ticketTypes.all.map((t) => t.type).join(', ') || 'none (list plugins in tickets.config.json)'}
Database: ${api.embedded ? `embedded PGlite in ${config.TICKETS_DATA_DIR}/pglite` : 'DATABASE_URL'}${api.seeded ? ' — demo directory seeded' : ''}
A token for curl:   pnpm -s token rita
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      },
    );
  });
}
