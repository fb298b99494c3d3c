// What open ticket subscriptions (`tickets.events`) cost the API: comments written at a fixed
// concurrency for a few seconds with no subscription open, then with `subscriptions` open (one per
// ticket, as a site admin, each holding the ticket open, presence included); the write throughput
// with against without, the delay from a comment's answer (its commit) to its event on the ticket's
// subscription, how many of those events arrived, and the API process's memory per subscription.
import { execFileSync } from 'node:child_process';
import { withClient } from './bench-database.js';
import { quantile, summarize } from './latency-stats.js';

/** Unmeasured seconds before each load, as the bench's other loads have. */
const WARMUP_SECONDS = 1;

export interface LiveSettings {
  apiUrl: string;
  apiPid: number;
  databaseUrl: string;
  /** A token of a member of `team` (writes comments for it) and of a site admin (subscribes). */
  writerToken: string;
  subscriberToken: string;
  team: number;
  subscriptions: number;
  concurrency: number;
  seconds: number;
}

export interface LiveWrites {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export interface LiveFigures {
  subscriptions: number;
  concurrency: number;
  seconds: number;
  without: LiveWrites;
  with: LiveWrites;
  /** Throughput with the subscriptions open ÷ without. */
  throughputRatio: number;
  /** From a comment's answer to its event on the subscription of its ticket, ms (below 0 when the event came first). */
  eventDelay: { p50: number; p99: number };
  /** Events received for comments written while subscribed, and how many comments that was. */
  eventsArrived: number;
  commentsWritten: number;
  /** Growth of the API process's resident memory over the open subscriptions, per subscription. */
  memoryPerSubscriptionKb: number;
}

export async function measureLive(settings: LiveSettings): Promise<LiveFigures> {
  const { apiUrl, subscriptions, concurrency, seconds } = settings;
  // Tickets the team works on: its member comments on them for it, the site admin follows them.
  const tickets = await withClient(settings.databaseUrl, async (client) =>
    (
      await client.query<{ id: number; version: number }>(
        `select t.id, t.version from tickets t join ticket_stakeholders s on s.ticket_id = t.id
          where s.principal_kind = 'group' and s.principal_id = $1 and s.is_active order by t.id desc limit $2`,
        [settings.team, subscriptions],
      )
    ).rows,
  );
  if (tickets.length === 0) throw new Error(`The live figures need tickets team ${settings.team} is a stakeholder of; the database has none.`);
  const versions = new Map(tickets.map((t) => [t.id, t.version]));
  /** `ticket:version` → when the comment's answer came (its commit is before it), for comments written while subscribed. */
  const committed = new Map<string, number>();
  /** Events that came before their comment's answer (the log was polled between the commit and the answer). */
  const early = new Map<string, number>();
  const delays: number[] = [];

  /**
   * Comments at `concurrency`, each worker on tickets of its own (no version conflicts): a warm-up of
   * WARMUP_SECONDS unmeasured (with subscriptions, it also lets the streams settle after connecting),
   * then `seconds` measured.
   */
  async function writeLoad(record: boolean): Promise<{ stats: LiveWrites; written: number }> {
    const latencies: number[] = [];
    let errors = 0;
    let written = 0;
    const started = performance.now() + WARMUP_SECONDS * 1000;
    const until = started + seconds * 1000;
    const workers = Math.min(concurrency, tickets.length);
    await Promise.all(
      Array.from({ length: workers }, async (_, worker) => {
        const own = tickets.filter((_, index) => index % workers === worker);
        for (let n = 0; performance.now() < until; n++) {
          const ticket = own[n % own.length]!;
          const sent = performance.now();
          const measured = sent >= started;
          const response = await fetch(`${apiUrl}/trpc/comments.add`, {
            method: 'POST',
            headers: { authorization: `Bearer ${settings.writerToken}`, 'content-type': 'application/json' },
            body: JSON.stringify({ ticketId: ticket.id, expectedVersion: versions.get(ticket.id), body: `Live bench ${n}` }),
          });
          const answer = (await response.json()) as { result?: { data: { version: number } } };
          if (!answer.result) {
            if (measured) errors += 1;
            continue;
          }
          const done = performance.now();
          versions.set(ticket.id, answer.result.data.version);
          if (!measured) continue;
          latencies.push(done - sent);
          if (record) {
            const key = `${ticket.id}:${answer.result.data.version}`;
            const eventAt = early.get(key);
            if (eventAt === undefined) committed.set(key, done);
            else delays.push(eventAt - done);
            written += 1;
          }
        }
      }),
    );
    const stats = summarize(latencies, errors, (performance.now() - started) / 1000);
    return { stats: { rps: Math.round(stats.rps), p50: stats.p50, p99: stats.p99, errors: stats.errors }, written };
  }

  /** Whether events are matched to comments yet (not before the load with subscriptions starts). */
  let recording = false;
  const rssKb = () => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(settings.apiPid)], { encoding: 'utf8' }).trim());
  const without = await writeLoad(false);
  const before = rssKb();

  // Open the subscriptions and wait until each has said it is connected (a refused one, or one not
  // connected within a minute, ends the measurement rather than leaving it waiting).
  const controller = new AbortController();
  let connected = 0;
  let allConnected: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    allConnected = resolve;
    failed = reject;
  });
  const connectTimer = setTimeout(() => failed(new Error(`Only ${connected} of ${tickets.length} ticket subscriptions connected within 60 s.`)), 60_000);
  for (const ticket of tickets) {
    void (async () => {
      const response = await fetch(`${apiUrl}/trpc/tickets.events?input=${encodeURIComponent(JSON.stringify({ ticketId: ticket.id }))}`, {
        headers: { authorization: `Bearer ${settings.subscriberToken}`, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        failed(new Error(`The subscription to ticket ${ticket.id} answered HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`));
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
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
          const event = JSON.parse(data) as { kind?: string; version?: number };
          if (event.kind !== 'changed') continue;
          const key = `${ticket.id}:${event.version}`;
          const at = committed.get(key);
          if (at !== undefined) {
            delays.push(performance.now() - at);
            committed.delete(key);
          } else if (recording) {
            early.set(key, performance.now());
          }
        }
      }
    })().catch((error: unknown) => {
      if (!controller.signal.aborted) failed(error instanceof Error ? error : new Error(String(error)));
    });
  }
  try {
    await ready;
  } catch (error) {
    controller.abort();
    throw error;
  } finally {
    clearTimeout(connectTimer);
  }
  const after = rssKb();
  recording = true;
  const withSubscriptions = await writeLoad(true);
  // The last comments' events are on their way: wait until all arrived, or 5 s at most.
  const deadline = performance.now() + 5000;
  while (delays.length < withSubscriptions.written && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  controller.abort();
  const sorted = [...delays].sort((a, b) => a - b);
  return {
    subscriptions: tickets.length,
    concurrency,
    seconds,
    without: without.stats,
    with: withSubscriptions.stats,
    throughputRatio: Number((withSubscriptions.stats.rps / without.stats.rps).toFixed(2)),
    // NaN (null in JSON) when no event arrived.
    eventDelay: { p50: Math.round(quantile(sorted, 0.5)), p99: Math.round(quantile(sorted, 0.99)) },
    eventsArrived: sorted.length,
    commentsWritten: withSubscriptions.written,
    memoryPerSubscriptionKb: Number(((after - before) / tickets.length).toFixed(1)),
  };
}
