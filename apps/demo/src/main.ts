// `pnpm start` (root) / `pnpm --filter @tickets/demo start`: the API and the demo host pages on one
// server, on the embedded database unless DATABASE_URL is set. Configuration is the API's.
import { databaseLine, developmentOnlyRefusal, runStart, ticketTypesLine } from '@tickets/server';
import { startDemo } from './start-demo.js';

await runStart({
  // Checked first, before anything is built or opened: the demo signs a token for whichever user its
  // cookie names, with the API's own key, and prints the site's intake key.
  refusal: developmentOnlyRefusal('The demo site (`pnpm start`), which signs a token for any demo user its cookie names,', process.env.NODE_ENV),
  name: 'Tickets demo',
  start: (config, logger) => startDemo({ config, logger, mailCatcher: true, build: true }),
  banner: (api, config) => `
Tickets demo site:  ${api.url}/  (switch the demo user in the navigation bar)
Tickets API:        ${api.url}/trpc  (health: ${api.url}/health)
${ticketTypesLine(api)}
${databaseLine(api, config)}
A token for curl:   pnpm -s token rita
Mails:              ${api.mail.catcher ? `${api.url}/dev/mails  (no SMTP_URL: a local mail catcher keeps them)` : config.SMTP_URL ? 'sent through SMTP_URL' : 'kept in the outbox'}
Intake for host sites: ${api.url}/openapi.json — this run's key for the demo site (a new one each start):
  curl -s -X POST ${api.url}/intake/v1/tickets -H 'Authorization: Bearer ${api.intakeKey}' -H 'Content-Type: application/json' \\
    -H "Idempotency-Key: $(date +%s)" -d '{"type":"contact","title":"Hello","requester":{"userId":2},"metadata":{"team":"WST","message":"The results page shows a 404."}}'
`,
});
