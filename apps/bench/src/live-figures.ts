// What open ticket subscriptions (`tickets.events`) cost the API: comments written at a fixed
// concurrency for a few seconds with no subscription open, then with `subscriptions` open (one per
// ticket, as a site admin, each holding the ticket open, presence included), in several rounds; the
// write throughput with against without (each load with subscriptions against the mean of the loads
// without just before and just after it, so a drift of the machine cancels out; the median of those
// ratios: on a shared machine one pair of loads seconds apart differed by ±20 % with nothing
// changed), the delay from a comment's
// answer (its commit) to its event on the ticket's subscription, how many of those events arrived,
// and the API process's memory per subscription.
import { execFileSync } from 'node:child_process';
import { withClient } from './bench-database.js';
import { median, quantile, summarize } from './latency-stats.js';
import { runLiveWriter } from './live-writer-process.js';
import { wallClock } from './live-writer.js';

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
  /** Loads with the subscriptions open (opened before, closed after each), each between two loads without. */
  rounds: number;
}

export interface LiveWrites {
  /** The median of the rounds' throughputs. */
  rps: number;
  /** Over every round's requests. */
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
  /** Throughput with the subscriptions open ÷ the mean of the loads without just before and after, in each round. */
  roundRatios: number[];
  /** The median of `roundRatios`. */
  throughputRatio: number;
  /** From a comment's answer to its event on the subscription of its ticket, ms (below 0 when the event came first). */
  eventDelay: { p50: number; p99: number };
  /** Events received for comments written while subscribed, and how many comments that was. */
  eventsArrived: number;
  commentsWritten: number;
  /** Growth of the API process's resident memory over the open subscriptions (the first round's), per subscription. */
  memoryPerSubscriptionKb: number;
}

interface Load {
  latencies: number[];
  errors: number;
  rps: number;
  written: number;
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
  /** `ticket:version` → when the comment's answer came (its commit is before it; ms since the epoch), for comments written while subscribed. */
  const committed = new Map<string, number>();
  /** Events that came before this process heard of their comment's answer (ms since the epoch). */
  const early = new Map<string, number>();
  const delays: number[] = [];
  /** Whether events are matched to comments (only during a load with subscriptions). */
  let recording = false;

  /**
   * Comments at `concurrency`, each worker on tickets of its own (no version conflicts), from a
   * process of their own (live-writer.ts): a warm-up of WARMUP_SECONDS unmeasured (with
   * subscriptions, it also lets the streams settle after connecting), then `seconds` measured.
   */
  async function writeLoad(): Promise<Load> {
    const result = await runLiveWriter({
      apiUrl,
      token: settings.writerToken,
      tickets: tickets.map((ticket) => ({ id: ticket.id, version: versions.get(ticket.id)! })),
      concurrency,
      warmupSeconds: WARMUP_SECONDS,
      seconds,
    });
    for (const [id, version] of result.versions) versions.set(id, version);
    if (recording) {
      for (const [key, at] of result.commits) {
        const eventAt = early.get(key);
        if (eventAt === undefined) committed.set(key, at);
        else {
          delays.push(eventAt - at);
          early.delete(key);
        }
      }
    }
    return { latencies: result.latencies, errors: result.errors, rps: result.rps, written: recording ? result.commits.length : 0 };
  }

  /**
   * Opens one subscription per ticket and resolves once each has said it is connected (a refused
   * one, or one not connected within a minute, ends the measurement rather than leaving it waiting);
   * `close` ends them and resolves once the API has let every one go (no one is present any more).
   */
  async function openSubscriptions(): Promise<{ close: () => Promise<void> }> {
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
              delays.push(wallClock() - at);
              committed.delete(key);
            } else if (recording) {
              // Its comment's answer has not reached this process yet (the writers report when their load ends).
              early.set(key, wallClock());
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
    return {
      close: async () => {
        controller.abort();
        // Each open stream holds its ticket open (presence): the API has let them all go when no row is left.
        const deadline = performance.now() + 60_000;
        for (;;) {
          const left = await withClient(settings.databaseUrl, async (client) => Number((await client.query<{ n: string }>('select count(*) as n from ticket_presence')).rows[0]!.n));
          if (left === 0) return;
          if (performance.now() > deadline) throw new Error(`The API still held ${left} subscriptions 60 s after they were closed.`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      },
    };
  }

  const rssKb = () => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(settings.apiPid)], { encoding: 'utf8' }).trim());
  const withoutLoads: Load[] = [];
  const withLoads: Load[] = [];
  let memoryPerSubscriptionKb = Number.NaN;
  withoutLoads.push(await writeLoad());
  for (let round = 0; round < settings.rounds; round++) {
    const before = rssKb();
    const open = await openSubscriptions();
    if (round === 0) memoryPerSubscriptionKb = Number(((rssKb() - before) / tickets.length).toFixed(1));
    recording = true;
    const load = await writeLoad();
    withLoads.push(load);
    // The last comments' events are on their way: wait until all arrived, or 5 s at most.
    const written = withLoads.reduce((sum, l) => sum + l.written, 0);
    const deadline = performance.now() + 5000;
    while (delays.length < written && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    recording = false;
    await open.close();
    withoutLoads.push(await writeLoad());
  }
  const sorted = [...delays].sort((a, b) => a - b);
  const roundRatios = withLoads.map((load, round) => Number((load.rps / ((withoutLoads[round]!.rps + withoutLoads[round + 1]!.rps) / 2)).toFixed(2)));
  return {
    subscriptions: tickets.length,
    concurrency,
    seconds,
    without: writes(withoutLoads),
    with: writes(withLoads),
    roundRatios,
    throughputRatio: median(roundRatios),
    // NaN (null in JSON) when no event arrived.
    eventDelay: { p50: Math.round(quantile(sorted, 0.5)), p99: Math.round(quantile(sorted, 0.99)) },
    eventsArrived: sorted.length,
    commentsWritten: withLoads.reduce((sum, l) => sum + l.written, 0),
    memoryPerSubscriptionKb,
  };
}

/** The rounds' loads of one kind as one figure: their median throughput, the latencies of all. */
function writes(loads: readonly Load[]): LiveWrites {
  const all = summarize(loads.flatMap((load) => load.latencies), 0, 1);
  return { rps: Math.round(median(loads.map((load) => load.rps))), p50: all.p50, p99: all.p99, errors: loads.reduce((sum, load) => sum + load.errors, 0) };
}
