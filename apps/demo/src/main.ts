// `pnpm start` (root) / `pnpm --filter @tickets/demo start`: the API and the demo host pages on one
// server, on the embedded database unless DATABASE_URL is set. Configuration is the API's.
import { pino } from 'pino';
import { developmentOnlyRefusal, loadConfig } from '@tickets/server';
import { ensureBundle, startDemo, type RunningDemo } from './start-demo.js';

// Checked first, before anything is built or opened: the demo signs a token for whichever user its
// cookie names, with the API's own key, and prints the site's intake key.
const refusal = developmentOnlyRefusal('The demo site (`pnpm start`), which signs a token for any demo user its cookie names,', process.env.NODE_ENV);
if (refusal) {
  console.error(refusal);
  process.exit(2);
}

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}

let api: RunningDemo;
try {
  await ensureBundle();
  api = await startDemo({ config, logger, mailCatcher: true });
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
Mails:              ${api.mail.catcher ? `${api.url}/dev/mails  (no SMTP_URL: a local mail catcher keeps them)` : config.SMTP_URL ? 'sent through SMTP_URL' : 'kept in the outbox'}
Intake for host sites: ${api.url}/openapi.json — this run's key for the demo site (a new one each start):
  curl -s -X POST ${api.url}/intake/v1/tickets -H 'Authorization: Bearer ${api.intakeKey}' -H 'Content-Type: application/json' \\
    -H "Idempotency-Key: $(date +%s)" -d '{"type":"contact","title":"Hello","requester":{"userId":2},"metadata":{"team":"WST","message":"The results page shows a 404."}}'
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
