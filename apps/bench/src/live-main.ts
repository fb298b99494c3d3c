// `pnpm --filter @tickets/bench live`: what open ticket subscriptions (`tickets.events`) cost. The API
// runs as its own process (as `pnpm start` runs it) on a seeded database; this process writes
// comments at a fixed concurrency for a few seconds with no subscription open, then opens 1,000
// subscriptions (one per ticket, as a site admin) and writes again: the write throughput with them
// against without, the delay from a comment's answer (its commit) to its event on the ticket's
// subscription, and the API's memory per open subscription. Prints one JSON report.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { prepareDirectory, recreateBenchDatabase, seedTickets, withClient } from './bench-database.js';
import { quantile, summarize } from './latency-stats.js';

const SUBSCRIPTIONS = Number(process.env.LIVE_SUBSCRIPTIONS ?? 1000);
const CONCURRENCY = Number(process.env.LIVE_CONCURRENCY ?? 8);
const SECONDS = Number(process.env.LIVE_SECONDS ?? 5);
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
  const [ana, sam] = await Promise.all([issueToken(key, ANA), issueToken(key, SAM)]);
  // Tickets the results team works on: Ana comments on them for WRT, Sam (a site admin) follows them.
  const tickets = await withClient(url, async (client) =>
    (
      await client.query<{ id: number; version: number }>(
        `select t.id, t.version from tickets t join ticket_stakeholders s on s.ticket_id = t.id
          where s.principal_kind = 'group' and s.principal_id = $1 order by t.id limit $2`,
        [WRT, SUBSCRIPTIONS],
      )
    ).rows,
  );
  const versions = new Map(tickets.map((t) => [t.id, t.version]));
  const committed = new Map<string, number>();

  /** Comments for `SECONDS` at `CONCURRENCY`, each worker on tickets of its own (no version conflicts). */
  async function writeLoad() {
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + SECONDS * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        const own = tickets.filter((_, index) => index % CONCURRENCY === worker);
        for (let n = 0; performance.now() < until; n++) {
          const ticket = own[n % own.length]!;
          const sent = performance.now();
          const response = await fetch(`${api.url}/trpc/comments.add`, {
            method: 'POST',
            headers: { authorization: `Bearer ${ana}`, 'content-type': 'application/json' },
            body: JSON.stringify({ ticketId: ticket.id, expectedVersion: versions.get(ticket.id), body: `Live bench ${n}` }),
          });
          const answer = (await response.json()) as { result?: { data: { version: number } } };
          if (!answer.result) {
            errors += 1;
            continue;
          }
          const done = performance.now();
          latencies.push(done - sent);
          versions.set(ticket.id, answer.result.data.version);
          committed.set(`${ticket.id}:${answer.result.data.version}`, done);
        }
      }),
    );
    return summarize(latencies, errors, (performance.now() - started) / 1000);
  }

  const rssKb = () => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(api.pid)], { encoding: 'utf8' }).trim());
  const without = await writeLoad();
  const before = rssKb();

  // Open the subscriptions and wait until each has said it is connected.
  const delays: number[] = [];
  const controller = new AbortController();
  let connected = 0;
  let allConnected: () => void = () => {};
  const ready = new Promise<void>((resolve) => (allConnected = resolve));
  for (const ticket of tickets) {
    void (async () => {
      const response = await fetch(`${api.url}/trpc/tickets.events?input=${encodeURIComponent(JSON.stringify({ ticketId: ticket.id }))}`, {
        headers: { authorization: `Bearer ${sam}`, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: connected') && ++connected === tickets.length) allConnected();
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!data || block.includes('event:')) continue;
          const event = JSON.parse(data) as { version?: number };
          const at = committed.get(`${ticket.id}:${event.version}`);
          if (at !== undefined) delays.push(performance.now() - at);
        }
      }
    })();
  }
  await ready;
  const after = rssKb();
  const withSubscriptions = await writeLoad();
  // The last comments' events are on their way: wait for one poll interval and the reads after it.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  controller.abort();
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(
    JSON.stringify(
      {
        subscriptions: tickets.length,
        concurrency: CONCURRENCY,
        writesWithout: { rps: Math.round(without.rps), p50: without.p50, p99: without.p99, errors: without.errors },
        writesWith: { rps: Math.round(withSubscriptions.rps), p50: withSubscriptions.p50, p99: withSubscriptions.p99, errors: withSubscriptions.errors },
        throughputRatio: Number((withSubscriptions.rps / without.rps).toFixed(2)),
        eventDelayMs: { events: sorted.length, p50: Math.round(quantile(sorted, 0.5)), p99: Math.round(quantile(sorted, 0.99)) },
        apiMemoryPerSubscriptionKb: Number(((after - before) / tickets.length).toFixed(1)),
      },
      null,
      2,
    ),
  );
} finally {
  await api.stop();
}
