// `pnpm --filter @tickets/bench live`: only the live figures of `pnpm bench` (live-figures.ts), on a
// database of their own with 10,000 tickets; prints them as JSON.
import { randomBytes } from 'node:crypto';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { prepareDirectory, recreateBenchDatabase, seedTickets } from './bench-database.js';
import { measureLive } from './live-figures.js';

const ANA = 3;
const SAM = 1;
const WRT = 1;

const tokenSecret = randomBytes(32).toString('hex');
const url = await recreateBenchDatabase();
const api = await startApiProcess({ DATABASE_URL: url, PORT: '0', TOKEN_SECRET: tokenSecret, SEED_DEMO: 'true', TICKET_TYPES: '@tickets/plugin-contact' });
try {
  const { namespaceId } = await prepareDirectory(url);
  await seedTickets(url, namespaceId, 1, 10_000);
  const key = await loadTokenKey(loadConfig({ TOKEN_SECRET: tokenSecret }));
  const figures = await measureLive({
    apiUrl: api.url,
    apiPid: api.pid,
    databaseUrl: url,
    writerToken: await issueToken(key, ANA),
    subscriberToken: await issueToken(key, SAM),
    team: WRT,
    subscriptions: Number(process.env.LIVE_SUBSCRIPTIONS ?? 1000),
    concurrency: Number(process.env.LIVE_CONCURRENCY ?? 8),
    seconds: Number(process.env.LIVE_SECONDS ?? 5),
    rounds: Number(process.env.LIVE_ROUNDS ?? 4),
  });
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await api.stop();
}
