// `pnpm start:production`: the API alone, for a real deployment. No demo pages, no user switch, no
// development token key, no mail catcher and no /dev/mails; it prints no key. It needs a token
// key, real PostgreSQL and an SMTP server, and refuses to start naming each one that is missing.
import { pino } from 'pino';
import { deploymentMode, handleStrayErrors, loadConfig, loadTicketTypes, REPO_ROOT, startApi, stopOnSignals, ticketTypesOfDeployment } from '@tickets/server';

// The command is the operator's choice of production: a NODE_ENV saying otherwise (left over in a
// shell, say) must not bring the development fallbacks back, so it is overridden, and said so.
if (deploymentMode(process.env.NODE_ENV) !== 'production') {
  console.error(`NODE_ENV is ${JSON.stringify(process.env.NODE_ENV ?? '')}; \`pnpm start:production\` runs in production anyway.`);
}
process.env.NODE_ENV = 'production';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

let config;
try {
  config = loadConfig();
} catch (error) {
  console.error(`Tickets cannot start in production. ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

let api;
try {
  const ticketTypes = await loadTicketTypes(config.TICKET_TYPES ?? ticketTypesOfDeployment(REPO_ROOT), REPO_ROOT);
  api = await startApi({ config, logger, ticketTypes, mailCatcher: false });
} catch (error) {
  console.error(`Tickets API could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`
Tickets API (production) is running at ${api.url}/trpc  (health: ${api.url}/health)
Ticket types: ${api.services.ticketTypes.all.map((t) => t.type).join(', ') || 'none (list plugins in tickets.config.json)'}
Tokens verified with ${api.services.tokenKey.source}; database: DATABASE_URL; mail: through SMTP_URL
Intake for host sites: POST ${api.url}/intake/v1/tickets  (contract: ${api.url}/openapi.json; keys: pnpm api-key create <name>)
`);

stopOnSignals(api, logger);
handleStrayErrors(api, logger);
