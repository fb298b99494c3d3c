// `pnpm --filter @tickets/api start`: the API alone for local development, on the embedded database
// (or DATABASE_URL), with the demo directory, the development token key and the mail catcher. It
// refuses to run unless development is explicit; production is `pnpm start:production`.
import { DEMO_USERS, databaseLine, developmentOnlyRefusal, EMBED_PREFIX, installedWidgetsDir, loadConfiguredTicketTypes, runStart, startApi, ticketTypesLine, widgetsBuilt } from '@tickets/server';

// Development runs without a build: the embed is served once the widgets are built (`pnpm build`).
const widgetsDir = installedWidgetsDir(import.meta.url);
const embed = widgetsBuilt(widgetsDir) ? { widgetsDir } : undefined;

await runStart({
  refusal: developmentOnlyRefusal('The API\'s development start (`pnpm --filter @tickets/api start`)', process.env.NODE_ENV),
  name: 'Tickets API',
  start: async (config, logger) => startApi({ config, logger, ticketTypes: await loadConfiguredTicketTypes(config), mailCatcher: true, ...(embed ? { embed } : {}) }),
  banner: (api, config) => `
Tickets API is running at ${api.url}/trpc  (health: ${api.url}/health)
${ticketTypesLine(api)}
${databaseLine(api, config)}
Get a token for a demo user (${DEMO_USERS.map((user) => user.login).join(', ')}):  pnpm token rita
Then:  curl -H "Authorization: Bearer $(pnpm -s token rita)" ${api.url}/trpc/me
Intake for host sites: POST ${api.url}/intake/v1/tickets  (contract: ${api.url}/openapi.json; keys: pnpm api-key create <name>)
Widgets for host pages: ${embed ? `<script type="module" src="${api.url}${EMBED_PREFIX}tickets-widgets.js"></script>` : 'not built, so not served (pnpm build)'}
Mail: ${api.mail.catcher ? `no SMTP_URL, so mails go to a local catcher: read them at ${api.url}/dev/mails` : config.SMTP_URL ? 'sent through SMTP_URL' : 'kept in the outbox'}
`,
});
