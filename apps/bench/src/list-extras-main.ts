// `pnpm --filter @tickets/bench list-extras`: what issue #19's list additions cost at 1,000,000
// tickets (BENCH_LIST_EXTRAS_SCALE): what the filters offer (`tickets.listChoices`) for a site admin
// and for a member of a team with a third of the tickets, a search for a rare word and for a word in
// every title (the worst case), and the order by status. Each is asked 12 times in a row over HTTP of
// a fresh API process; the median of the last 10 is printed, as JSON.
import { randomBytes } from 'node:crypto';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { prepareDirectory, recreateBenchDatabase, seedTickets } from './bench-database.js';
import { median } from './latency-stats.js';

const SAM = 1;
const ANA = 3;
const SCALE = Number(process.env.BENCH_LIST_EXTRAS_SCALE ?? 1_000_000);

const tokenSecret = randomBytes(32).toString('hex');
const url = await recreateBenchDatabase();
const api = await startApiProcess({ DATABASE_URL: url, PORT: '0', TOKEN_SECRET: tokenSecret, SEED_DEMO: 'true', TICKET_TYPES: '@tickets/plugin-contact' });
try {
  const { namespaceId } = await prepareDirectory(url);
  await seedTickets(url, namespaceId, 1, SCALE);
  const key = await loadTokenKey(loadConfig({ TOKEN_SECRET: tokenSecret }));
  const tokens = { sam: await issueToken(key, SAM), ana: await issueToken(key, ANA) };
  const figures: Record<string, number> = {};
  async function time(label: string, who: keyof typeof tokens, path: string, input?: unknown): Promise<void> {
    const ms: number[] = [];
    for (let i = 0; i < 12; i++) {
      const started = performance.now();
      const address = `${api.url}/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`;
      const response = await fetch(address, { headers: { authorization: `Bearer ${tokens[who]}` } });
      if (!response.ok) throw new Error(`${label}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
      await response.text();
      if (i >= 2) ms.push(performance.now() - started);
    }
    figures[label] = Math.round(median(ms) * 10) / 10;
  }
  // Seeded titles are "Seeded question #<id>": "123457" is in one title, "question" in every one.
  await time('listChoices, site admin (ms)', 'sam', 'tickets.listChoices');
  await time('listChoices, member of a team with a third (ms)', 'ana', 'tickets.listChoices');
  await time('list, search a rare word (ms)', 'sam', 'tickets.list', { search: '123457', limit: 50 });
  await time('list, search a word in every title (ms)', 'sam', 'tickets.list', { search: 'question', limit: 50 });
  await time('list, by status, site admin (ms)', 'sam', 'tickets.list', { sort: 'status', direction: 'asc', limit: 50 });
  await time('list, recently updated, site admin (ms)', 'sam', 'tickets.list', { limit: 50 });
  console.log(JSON.stringify({ tickets: SCALE, ...figures }, null, 2));
} finally {
  await api.stop();
}
