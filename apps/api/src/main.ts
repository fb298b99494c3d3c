// `pnpm --filter @tickets/api start`: the API alone for local development, on the embedded database
// (or DATABASE_URL), with the demo directory, the development token key and the mail catcher. It
// refuses to run unless development is explicit; production is `pnpm start:production`.
import { pino } from 'pino';
import { developmentOnlyRefusal, handleStrayErrors, loadConfig, loadTicketTypes, REPO_ROOT, startApi, stopOnSignals, ticketTypesOfDeployment } from '@tickets/server';

const refusal = developmentOnlyRefusal('The API\'s development start (`pnpm --filter @tickets/api start`)', process.env.NODE_ENV);
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

let api;
try {
  const ticketTypes = await loadTicketTypes(config.TICKET_TYPES ?? ticketTypesOfDeployment(REPO_ROOT), REPO_ROOT);
  api = await startApi({ config, logger, ticketTypes, mailCatcher: true });
} catch (error) {
  console.error(`Tickets API could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`
Tickets API is running at ${api.url}/trpc  (health: ${api.url}/health)
Ticket types: ${api.services.ticketTypes.all.map((t) => t.type).join(', ') || 'none (list plugins in tickets.config.json)'}
Database: ${api.embedded ? `embedded PGlite in ${config.TICKETS_DATA_DIR}/pglite` : 'DATABASE_URL'}${api.seeded ? ' — demo directory seeded' : ''}
Get a token for a demo user (sam, rita, ana, ben, dora, dan, wes, cat, john):  pnpm token rita
Then:  curl -H "Authorization: Bearer $(pnpm -s token rita)" ${api.url}/trpc/me
Intake for host sites: POST ${api.url}/intake/v1/tickets  (contract: ${api.url}/openapi.json; keys: pnpm api-key create <name>)
Mail: ${api.mail.catcher ? `no SMTP_URL, so mails go to a local catcher: read them at ${api.url}/dev/mails` : config.SMTP_URL ? 'sent through SMTP_URL' : 'kept in the outbox'}
`);

stopOnSignals(api, logger);
handleStrayErrors(api, logger);
