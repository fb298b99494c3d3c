// `pnpm --filter @tickets/bench render`: only the embed's first render (the last figure of `pnpm
// bench`), on a small database with the same seeded ticket, in about a minute: for working on it.
import { randomBytes } from 'node:crypto';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { prepareDirectory, recreateBenchDatabase, SEED, seedTickets } from './bench-database.js';
import { bundleBuilt, startHostPage, timeToFirstRender } from './embed-render.js';

const LOADS = Number(process.env.RENDER_LOADS ?? 15);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error(`RENDER_LOADS must be a whole number of loads, at least 1 (it is "${process.env.RENDER_LOADS}").`);
if (!bundleBuilt()) throw new Error('The widgets are not built: pnpm --filter @tickets/widgets... build');
const tokenSecret = randomBytes(32).toString('hex');
const url = await recreateBenchDatabase();
const host = await startHostPage();
const api = await startApiProcess({ DATABASE_URL: url, PORT: '0', TOKEN_SECRET: tokenSecret, SEED_DEMO: 'true', TICKET_TYPES: '@tickets/plugin-contact', ALLOWED_ORIGINS: host.origin });
try {
  const { namespaceId } = await prepareDirectory(url);
  await seedTickets(url, namespaceId, 1, 10_000);
  const token = await issueToken(await loadTokenKey(loadConfig({ TOKEN_SECRET: tokenSecret })), SEED.requester);
  const render = await timeToFirstRender(host, host.ticketPage(api.url, token, SEED.timelineTicketId), `Seeded question #${SEED.timelineTicketId}`, LOADS);
  console.log(JSON.stringify(render, null, 2));
} finally {
  await api.stop();
  await host.stop();
}
