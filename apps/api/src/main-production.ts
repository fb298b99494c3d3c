#!/usr/bin/env node
// `pnpm start:production`: the API alone, for a real deployment. No demo pages, no user switch, no
// development token key, no mail catcher and no /dev/mails; it prints no key. It needs a token
// key, real PostgreSQL and an SMTP server, and refuses to start naming each one that is missing.
import { deploymentMode, EMBED_PREFIX, installedWidgetsDir, loadConfiguredTicketTypes, runStart, startApi, ticketTypesLine } from '@tickets/server';

// The command is the operator's choice of production: a NODE_ENV saying otherwise (left over in a
// shell, say) must not bring the development fallbacks back, so it is overridden, and said so.
if (deploymentMode(process.env.NODE_ENV) !== 'production') {
  console.error(`NODE_ENV is ${JSON.stringify(process.env.NODE_ENV ?? '')}; \`pnpm start:production\` runs in production anyway.`);
}
process.env.NODE_ENV = 'production';

await runStart({
  name: 'Tickets API',
  configProblem: (message) => `Tickets cannot start in production. ${message}`,
  start: async (config, logger) =>
    startApi({
      config,
      logger,
      ticketTypes: await loadConfiguredTicketTypes(config),
      mailCatcher: false,
      // The widgets and the installed types' playgrounds, for host pages (README, "Embed").
      embed: { widgetsDir: installedWidgetsDir(import.meta.url) },
    }),
  banner: (api) => `
Tickets API (production) is running at ${api.url}/trpc  (health: ${api.url}/health)
${ticketTypesLine(api)}
Tokens verified with ${api.services.tokenKey.source}; database: DATABASE_URL; mail: through SMTP_URL
Intake for host sites: POST ${api.url}/intake/v1/tickets  (contract: ${api.url}/openapi.json; keys: pnpm api-key create <name>)
Widgets for host pages: <script type="module" src="${api.url}${EMBED_PREFIX}tickets-widgets.js"></script>
`,
});
