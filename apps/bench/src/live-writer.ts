// The live figures' writers: a process of their own (started by live-figures.ts), so the comments'
// load and the thousand open subscriptions (the other people's browsers) never share an event loop,
// as the bench's other loads never share one with what they measure. Reads a LiveWriterPlan, prints
// LiveWriterResult as JSON.
import { readFileSync } from 'node:fs';

export interface LiveWriterPlan {
  apiUrl: string;
  token: string;
  /** The tickets to comment on, with their versions now; each worker takes its own share (no conflicts). */
  tickets: Array<{ id: number; version: number }>;
  concurrency: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LiveWriterResult {
  /** Of the measured comments, ms. */
  latencies: number[];
  errors: number;
  rps: number;
  /** Each measured comment as `ticket:version` and when its answer came (its commit is before it), ms since the epoch. */
  commits: Array<[string, number]>;
  /** Each ticket's version after the load. */
  versions: Array<[number, number]>;
}

/** Ms since the epoch with a fraction: comparable with the subscribers' process on the same machine. */
export const wallClock = () => performance.timeOrigin + performance.now();

async function run(plan: LiveWriterPlan): Promise<LiveWriterResult> {
  const versions = new Map(plan.tickets.map((ticket) => [ticket.id, ticket.version]));
  const latencies: number[] = [];
  const commits: Array<[string, number]> = [];
  let errors = 0;
  const started = performance.now() + plan.warmupSeconds * 1000;
  const until = started + plan.seconds * 1000;
  const workers = Math.min(plan.concurrency, plan.tickets.length);
  await Promise.all(
    Array.from({ length: workers }, async (_, worker) => {
      const own = plan.tickets.filter((_, index) => index % workers === worker);
      for (let n = 0; performance.now() < until; n++) {
        const ticket = own[n % own.length]!;
        const sent = performance.now();
        const measured = sent >= started;
        const response = await fetch(`${plan.apiUrl}/trpc/comments.add`, {
          method: 'POST',
          headers: { authorization: `Bearer ${plan.token}`, 'content-type': 'application/json' },
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
        commits.push([`${ticket.id}:${answer.result.data.version}`, performance.timeOrigin + done]);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { latencies, errors, rps: seconds > 0 ? latencies.length / seconds : 0, commits, versions: [...versions] };
}

if (process.argv[2]) process.stdout.write(JSON.stringify(await run(JSON.parse(readFileSync(process.argv[2], 'utf8')) as LiveWriterPlan)));
