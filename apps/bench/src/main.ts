// `pnpm bench`: seeds 100,000 tickets into its own database, runs the API as a process of its own,
// drives it from a separate load process, replays the same SQL as a raw `pg` baseline in the same
// run, times the embed widget in Chromium, prints the tables and writes docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueToken, loadTokenKey, loadConfig } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { BENCH_DATABASE, recreateBenchDatabase, seedTickets, withClient } from './bench-database.js';
import { bundleGzipBytes, startHostPage, timeToFirstRender } from './embed-render.js';
import type { LoadStats } from './latency-stats.js';
import type { HttpPlan, LoadPlan } from './load/load-plan.js';
import { runLoad } from './load/run-load.js';
import { describeMachine } from './machine.js';
import { startStatementRecorder, type RecordedRequest } from './statement-capture.js';
import { statusMigrationFigures, STATUS_MIGRATION_RESULTS } from './status-migration.js';
import { markdownTable, ms, ratio, type Table, textTable } from './table.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const WARMUP_SECONDS = 1;
const MAX_REQUESTS = 50_000;
const TICKETS = Number(process.env.BENCH_TICKETS ?? 100_000);
const WRITE_CONCURRENCY = [1, 8, 32];
const READ_CONCURRENCY = [1, 8];
const RENDER_LOADS = 7;
const API_POOL_SIZE = 10;
const DOC = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));

const USERS = { ana: 3, john: 9, sam: 1 } as const;
const started = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);

const tokenSecret = randomBytes(32).toString('hex');
const tokenKey = await loadTokenKey(loadConfig({ TOKEN_SECRET: tokenSecret }));
const token = (userId: number) => issueToken(tokenKey, userId);

step(`Creating database ${BENCH_DATABASE}`);
const databaseUrl = await recreateBenchDatabase();
const host = await startHostPage();
step('Starting the API process (migrations, demo directory)');
const api = await startApiProcess({
  DATABASE_URL: databaseUrl,
  PORT: '0',
  TOKEN_SECRET: tokenSecret,
  SEED_DEMO: 'true',
  TICKET_TYPES: '@tickets/plugin-contact',
  ALLOWED_ORIGINS: host.origin,
});
const recorder = await startStatementRecorder(databaseUrl, tokenSecret);
try {
  step(`Seeding ${TICKETS.toLocaleString('en')} tickets`);
  const seedStart = performance.now();
  const { timelineTicketId } = await seedTickets(databaseUrl, TICKETS);
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const machine = await describeMachine(databaseUrl);

  // Write tickets: WRT is assigned (id % 3 = 0) and the status is To do (id % 5 = 0), so Ana may
  // move them; each connection gets its own ticket, so nobody waits on another's row lock.
  const writeTickets = (offset: number) => Array.from({ length: Math.max(...WRITE_CONCURRENCY) }, (_, i) => 15 * (offset + i + 1));
  const recordedWriteTicket = 15 * Math.floor(TICKETS / 15);
  const resetTickets = (ids: number[]) =>
    withClient(databaseUrl, async (client) => {
      await client.query(`update tickets set status_id = 1, state = 'open', closed_at = null where id = any($1::int[])`, [ids]);
      const rows = (await client.query<{ id: number; version: number }>(`select id, version from tickets where id = any($1::int[]) order by id`, [ids])).rows;
      return rows;
    });

  interface Case {
    label: string;
    procedure: string;
    method: 'GET' | 'POST';
    userId: number;
    input: Record<string, unknown>;
    statuses?: [number, number];
    ticketIds: number[];
    /** The ticket the SQL was recorded on (a number in the recorded values to replace), or none. */
    recordedTicketId: number;
  }
  interface Measured {
    item: Case;
    concurrency: number;
    recorded: RecordedRequest;
    api: LoadStats;
    raw: LoadStats;
  }

  async function measure(item: Case, concurrencies: number[]): Promise<Measured[]> {
    const results: Measured[] = [];
    // The recording is a real request: its status must be 200 or the figures would be about errors.
    const recordInput = JSON.parse(
      JSON.stringify(item.input)
        .replaceAll('"$ticket"', String(item.recordedTicketId))
        .replaceAll('"$status"', String(item.statuses?.[0] ?? 0))
        .replaceAll('"$version"', String((await resetTickets([item.recordedTicketId]))[0]?.version ?? 1)),
    ) as unknown;
    const recorded = await recorder.record(item.userId, item.procedure, recordInput, item.method);
    if (recorded.status !== 200) throw new Error(`Recording ${item.procedure} answered HTTP ${recorded.status}.`);
    for (const concurrency of concurrencies) {
      const ids = item.ticketIds.slice(0, Math.max(concurrency, 1));
      const tickets = item.method === 'POST' ? await resetTickets(ids) : ids.map((id) => ({ id, version: 0 }));
      const base = { concurrency, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, maxRequests: MAX_REQUESTS } satisfies Omit<LoadPlan, 'target'>;
      const target: HttpPlan = {
        kind: 'http',
        url: `${api.url}/trpc/${item.procedure}`,
        method: item.method,
        token: await token(item.userId),
        input: item.input,
        tickets,
        ...(item.statuses ? { statuses: item.statuses } : {}),
      };
      step(`${item.label} at concurrency ${concurrency}: API`);
      const apiStats = await runLoad({ ...base, target });
      if (item.method === 'POST') await resetTickets(ids);
      step(`${item.label} at concurrency ${concurrency}: raw SQL`);
      const raw = await runLoad({
        ...base,
        target: { kind: 'sql', databaseUrl, statements: recorded.statements, recordedTicketId: item.recordedTicketId, ticketIds: ids, poolSize: Math.min(concurrency, API_POOL_SIZE) },
      });
      results.push({ item, concurrency, recorded, api: apiStats, raw });
    }
    return results;
  }

  const mutation = { ticketId: '$ticket', expectedVersion: '$version' };
  const writes = [
    ...(await measure(
      { label: 'tickets.setStatus', procedure: 'tickets.setStatus', method: 'POST', userId: USERS.ana, input: { ...mutation, statusId: '$status' }, statuses: [2, 1], ticketIds: writeTickets(0), recordedTicketId: recordedWriteTicket },
      WRITE_CONCURRENCY,
    )),
    ...(await measure(
      { label: 'comments.add', procedure: 'comments.add', method: 'POST', userId: USERS.ana, input: { ...mutation, body: 'Looked into it: the **results** are fine now.' }, ticketIds: writeTickets(100), recordedTicketId: recordedWriteTicket - 15 },
      WRITE_CONCURRENCY,
    )),
  ];
  const read = (label: string, procedure: string, userId: number, input: Record<string, unknown>): Case => ({ label, procedure, method: 'GET', userId, input, ticketIds: [timelineTicketId], recordedTicketId: -1 });
  const reads = [
    ...(await measure(read('tickets.list — open, my groups (team member)', 'tickets.list', USERS.ana, { state: 'open', myGroups: true, limit: 50 }), READ_CONCURRENCY)),
    ...(await measure(read('tickets.list — open, everything (site admin)', 'tickets.list', USERS.sam, { state: 'open', limit: 50 }), READ_CONCURRENCY)),
    ...(await measure(read('tickets.list — mine (requester)', 'tickets.list', USERS.john, { mine: true, limit: 50 }), READ_CONCURRENCY)),
    ...(await measure(read('tickets.get — ticket with a 200-entry timeline', 'tickets.get', USERS.john, { ticketId: timelineTicketId }), READ_CONCURRENCY)),
    ...(await measure(read('tickets.timeline — 200 entries', 'tickets.timeline', USERS.john, { ticketId: timelineTicketId, limit: 200 }), READ_CONCURRENCY)),
  ];

  step(`Embed widget: ${RENDER_LOADS} loads in Chromium`);
  const gzipBytes = bundleGzipBytes();
  const render = await timeToFirstRender(host.ticketPage(api.url, await token(USERS.john), timelineTicketId), `Seeded question #${timelineTicketId}`, RENDER_LOADS);

  const loadColumns = (m: Measured) => [
    m.api.rps.toFixed(0),
    `${ms(m.api.p50)} / ${ms(m.api.p95)} / ${ms(m.api.p99)}`,
    m.raw.rps.toFixed(0),
    `${ms(m.raw.p50)} / ${ms(m.raw.p95)} / ${ms(m.raw.p99)}`,
    ratio(m.api.rps, m.raw.rps),
    ratio(m.api.p50, m.raw.p50),
    String(m.api.errors + m.raw.errors),
  ];
  const loadHeaders = ['API req/s', 'API p50 / p95 / p99 ms', 'raw req/s', 'raw p50 / p95 / p99 ms', 'throughput API/raw', 'p50 API/raw', 'errors'];
  const tables: Table[] = [
    {
      title: 'Write path (HTTP, one ticket per connection)',
      headers: ['procedure', 'conc.', 'SQL queries', ...loadHeaders],
      rows: writes.map((m) => [m.item.label, String(m.concurrency), String(m.recorded.queries), ...loadColumns(m)]),
      note: 'Raw: the same statements the API sent for one request (recorded from the `pg` driver: BEGIN, the locked read, the update, the log insert, COMMIT…), replayed over a `pg` pool of min(concurrency, 10) connections, the API\'s pool size. Throughput API/raw: the share of the database\'s own rate the API reaches; p50 API/raw: how many times longer a request takes through the API.',
    },
    {
      title: `Read path (${TICKETS.toLocaleString('en')} tickets, page of 50)`,
      headers: ['request', 'conc.', 'SQL queries', ...loadHeaders],
      rows: reads.map((m) => [m.item.label, String(m.concurrency), String(m.recorded.queries), ...loadColumns(m)]),
      note: 'SQL queries: statements one request sends (BEGIN/COMMIT not counted). Raw replays them one after the other on one connection (the API sends the page and the count of a list at the same time on two).',
    },
    {
      title: 'Embed widget',
      headers: ['measure', 'value'],
      rows: [
        ['tickets-widgets.js, gzip (level 9)', `${(gzipBytes / 1000).toFixed(1)} KB`],
        [`<tickets-ticket> time to first render, median of ${RENDER_LOADS} cold loads`, `${ms(render.median)} ms`],
        ['all loads (ms)', render.all.map(ms).join(', ')],
      ],
      note: 'First render: from navigation start to the widget\'s shadow root showing the ticket\'s title (bundle download, React start, tickets.get over HTTP to the API), each load in a fresh browser context.',
    },
  ];
  const migration = statusMigrationFigures();
  tables.push({
    title: 'Status migration (custom statuses)',
    headers: ['figure', 'value'],
    rows: migration ? migration.map((row) => [row.label, row.value]) : [['not run', `no ${STATUS_MIGRATION_RESULTS.replace(/.*apps\//, 'apps/')}`]],
  });

  const totalSeconds = (performance.now() - started) / 1000;
  console.log('');
  for (const table of tables) console.log(textTable(table));
  const header = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (apps/bench) from the run below: do not edit by hand, run it again.',
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory; Node.js ${machine.node}; PostgreSQL ${machine.postgres}. Run: ${machine.date}, ${totalSeconds.toFixed(0)} s in all (seeding ${TICKETS.toLocaleString('en')} tickets: ${seedSeconds.toFixed(1)} s).`,
    '',
    `How: the API runs as its own process (apps/api/src/main.ts on database \`${BENCH_DATABASE}\`); a separate load process on loopback keeps \`conc.\` requests in flight for ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up (at most ${MAX_REQUESTS.toLocaleString('en')} requests), and reports the medians (p50) and tail percentiles of every request it timed. The raw baseline runs in the same kind of process, on the same database, in the same run. Everything shares the machine's ${machine.cores} cores: the API, PostgreSQL and the load generator.`,
    '',
  ].join('\n');
  writeFileSync(DOC, `${header}\n${tables.map(markdownTable).join('\n')}`);
  step(`Wrote ${DOC.replace(/.*\/docs\//, 'docs/')}`);
} finally {
  await recorder.stop();
  await api.stop();
  await host.stop();
}
