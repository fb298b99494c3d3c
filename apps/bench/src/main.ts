// `pnpm bench`: measures the API against the floor, the least SQL PostgreSQL must run for the same
// effect, on the same database, in the same run, over the same kind of connection. Grows its own
// database through the scales (10k, 100k, 1M tickets), runs the API as a process of its own, drives
// it and the floors from separate load processes, measures what open ticket subscriptions cost the
// write path (live-figures.ts), times the embed widget in Chromium, and writes docs/benchmarks.md
// (or BENCH_DOC) with the goals of issues #14 and #17 judged.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueToken, loadConfig, loadTokenKey } from '@tickets/server';
import { startApiProcess } from './api-process.js';
import { answerFields, listAnswerSummary, pageIds } from './api-answer.js';
import { parseScales, parseSeconds, parseSubscriptions, writeScaleOf } from './bench-settings.js';
import { BENCH_DATABASE, prepareDirectory, recreateBenchDatabase, SEED, seedTickets, withClient } from './bench-database.js';
import { bundleBuilt, bundleGzipBytes, type HostPage, startHostPage, timeToFirstRender } from './embed-render.js';
import {
  adminPageFloor,
  commentFloor,
  principalsPageFloor,
  statusChangedEvent,
  statusChangeFloor,
  statusSetPageFloor,
  teamOpenCountFloor,
  ticketDetailFloor,
} from './floors.js';
import { fillPlaceholders } from './load/fill-placeholders.js';
import type { LoadPlan, RecordedStatement } from './load/load-plan.js';
import { runLoad } from './load/run-load.js';
import { describeMachine } from './machine.js';
import { reportTables } from './report.js';
import type { CountFigure, ReadFigure, ReadKey, RunResults, WriteFigure, WriteKey } from './run-results.js';
import { countStatements } from './statement-count.js';
import { startStatementRecorder, type RecordedRequest } from './statement-capture.js';
import { readMigrationResults } from './status-migration.js';
import { markdownTable, scaleLabel, textTable } from './table.js';
import { type LiveFigures, measureLive } from './live-figures.js';

const SECONDS = parseSeconds(process.env.BENCH_SECONDS, 3);
const SCALES = parseScales(process.env.BENCH_SCALES);
const WRITE_SCALE = writeScaleOf(SCALES);
const WARMUP_SECONDS = 1;
const MAX_REQUESTS = 50_000;
const WRITE_CONCURRENCY = [1, 8, 32];
/** Cold loads of the ticket widget; the median of many steadies a figure this machine's noise moves by ±50 ms. */
const RENDER_LOADS = 15;
/** The API's pool holds 10 connections; the floor and the replay get as many, never more than requests in flight. */
const API_POOL_SIZE = 10;
/** Where the report goes: docs/benchmarks.md, or BENCH_DOC (a quick run at small scales should not replace the real one). */
const DOC = process.env.BENCH_DOC ?? fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url));
/** Open ticket subscriptions for the live figures (issue #17: 1,000). */
const LIVE_SUBSCRIPTIONS = parseSubscriptions(process.env.BENCH_LIVE_SUBSCRIPTIONS, 1000);

/** Demo users (packages/server/src/seed/demo-directory.ts): the site admin, a member of WRT, a requester. */
const USERS = { sam: 1, ana: 3, john: SEED.requester } as const;
/** WRT, Ana's team. */
const TEAM = 1;
const STATUS = {
  toDo: { id: 1, name: 'To do', category: 'to_do' },
  inProgress: { id: 2, name: 'In progress', category: 'in_progress' },
} as const;
/** The system statuses of category `canceled`: Won't do and Duplicate. */
const CANCELED_STATUS_IDS = [4, 5];
const COMMENT = 'Looked into it: the **results** are fine now.';

const started = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${what}`);

const tokenSecret = randomBytes(32).toString('hex');
const tokenKey = await loadTokenKey(loadConfig({ TOKEN_SECRET: tokenSecret }));
const token = (userId: number) => issueToken(tokenKey, userId);

step(`Creating database ${BENCH_DATABASE}; scales ${SCALES.map(scaleLabel).join(', ')}, writes at ${scaleLabel(WRITE_SCALE)}, ${SECONDS} s per figure`);
const url = await recreateBenchDatabase();
const host: HostPage | null = bundleBuilt() ? await startHostPage() : null;
step('Starting the API process (migrations, demo directory)');
const api = await startApiProcess({
  DATABASE_URL: url,
  PORT: '0',
  TOKEN_SECRET: tokenSecret,
  SEED_DEMO: 'true',
  TICKET_TYPES: '@tickets/plugin-contact',
  ...(host ? { ALLOWED_ORIGINS: host.origin } : {}),
});
const recorder = await startStatementRecorder(url, tokenSecret);

interface ReadCase {
  key: ReadKey;
  label: string;
  procedure: 'tickets.list' | 'tickets.get';
  userId: number;
  input: Record<string, unknown>;
  floor: RecordedStatement;
}

const base = (concurrency: number): Omit<LoadPlan, 'target'> => ({ concurrency, seconds: SECONDS, warmupSeconds: WARMUP_SECONDS, maxRequests: MAX_REQUESTS });
const poolSize = (concurrency: number) => Math.min(concurrency, API_POOL_SIZE);

/** One real request, after a first one warmed the recorder's caches: the steady state's statements. */
async function recordWarm(userId: number, procedure: string, input: unknown, method: 'GET' | 'POST', beforeEach?: () => Promise<unknown>): Promise<RecordedRequest> {
  let recorded: RecordedRequest | null = null;
  for (let time = 0; time < 2; time++) {
    const fresh = beforeEach ? await beforeEach() : input;
    recorded = await recorder.record(userId, procedure, fresh, method);
    // The figures must be about the request, not about an error it answers.
    if (recorded.status !== 200) throw new Error(`Recording ${procedure} answered HTTP ${recorded.status}: ${JSON.stringify(recorded.answer).slice(0, 500)}`);
  }
  return recorded!;
}

async function floorRows(statement: RecordedStatement): Promise<{ id: number }[]> {
  return withClient(url, async (client) => (await client.query<{ id: number }>(statement.text, statement.values)).rows);
}

async function measureRead(item: ReadCase, scale: number, concurrencies: number[]): Promise<{ figures: ReadFigure[]; recorded: RecordedRequest }> {
  const recorded = await recordWarm(item.userId, item.procedure, item.input, 'GET');
  const apiIds = pageIds(recorded.answer);
  const floorIds = item.procedure === 'tickets.list' ? (await floorRows(item.floor)).map((row) => row.id).slice(0, 50) : null;
  const samePage = apiIds && floorIds ? JSON.stringify(apiIds) === JSON.stringify(floorIds) : null;
  if (samePage === false) console.warn(`  ${item.label}: the floor's page differs from the API's (API ${apiIds?.slice(0, 5).join(',')}…, floor ${floorIds?.slice(0, 5).join(',')}…).`);
  const figures: ReadFigure[] = [];
  for (const concurrency of concurrencies) {
    step(`${scaleLabel(scale)} · ${item.label} · c=${concurrency}`);
    const apiStats = await runLoad({
      ...base(concurrency),
      target: { kind: 'http', url: `${api.url}/trpc/${item.procedure}`, method: 'GET', token: await token(item.userId), input: item.input, tickets: [{ id: 0, version: 0 }] },
    });
    const floor = await runLoad({ ...base(concurrency), target: { kind: 'floor', databaseUrl: url, statements: [item.floor], connections: [{}], poolSize: poolSize(concurrency) } });
    const replay = await runLoad({
      ...base(concurrency),
      target: { kind: 'sql', databaseUrl: url, statements: recorded.statements, recordedTicketId: -1, ticketIds: [0], poolSize: poolSize(concurrency) },
    });
    figures.push({ key: item.key, label: item.label, scale, concurrency, api: apiStats, floor, replay, statements: recorded.count, samePage, answerFields: answerFields(recorded.answer) });
  }
  return { figures, recorded };
}

async function measureCount(namespaceId: number, scale: number, myGroups: RecordedRequest): Promise<CountFigure> {
  const statement = teamOpenCountFloor(namespaceId, TEAM);
  const [row] = await withClient(url, async (client) => (await client.query<{ total: number }>(statement.text, statement.values)).rows);
  step(`${scaleLabel(scale)} · exact count of WRT's open tickets · c=1`);
  const floor = await runLoad({ ...base(1), target: { kind: 'floor', databaseUrl: url, statements: [statement], connections: [{}], poolSize: 1 } });
  return { scale, exact: row?.total ?? Number.NaN, floor, apiAnswer: listAnswerSummary(myGroups.answer) };
}

interface WriteTicket {
  id: number;
  /** WRT's stakeholder row on the ticket: who Ana acts as. */
  stakeholder: number;
}

/** Puts tickets back to To do (open) between loads, so each load starts alike; returns their versions. */
async function resetTickets(ids: number[]): Promise<{ id: number; version: number }[]> {
  return withClient(url, async (client) => {
    await client.query(`update tickets set status_id = $2, state = 'open', closed_at = null where id = any($1::int[]) and status_id <> $2`, [ids, STATUS.toDo.id]);
    return (await client.query<{ id: number; version: number }>(`select id, version from tickets where id = any($1::int[]) order by id`, [ids])).rows;
  });
}

interface WriteCase {
  key: WriteKey;
  label: string;
  procedure: string;
  /** `$ticket`, `$version` and `$status` are filled per request. */
  input: Record<string, unknown>;
  statuses?: [number, number];
  floor: RecordedStatement[];
  turns?: Record<string, unknown>[];
  tickets: WriteTicket[];
  recordedOn: WriteTicket;
}

async function measureWrite(item: WriteCase, scale: number): Promise<WriteFigure[]> {
  const recorded = await recordWarm(USERS.ana, item.procedure, item.input, 'POST', async () => {
    const [ticket] = await resetTickets([item.recordedOn.id]);
    return fillPlaceholders(item.input, { $ticket: item.recordedOn.id, $version: ticket?.version ?? 1, $status: item.statuses?.[0] });
  });
  const floorStatements = countStatements(item.floor.map((statement) => ({ text: statement.text, client: 0 }))).inTransaction;
  const figures: WriteFigure[] = [];
  for (const concurrency of WRITE_CONCURRENCY) {
    const tickets = item.tickets.slice(0, concurrency);
    const ids = tickets.map((ticket) => ticket.id);
    step(`${scaleLabel(scale)} · ${item.label} · c=${concurrency}`);
    const apiStats = await runLoad({
      ...base(concurrency),
      target: {
        kind: 'http',
        url: `${api.url}/trpc/${item.procedure}`,
        method: 'POST',
        token: await token(USERS.ana),
        input: item.input,
        tickets: await resetTickets(ids),
        ...(item.statuses ? { statuses: item.statuses } : {}),
      },
    });
    await resetTickets(ids);
    const floor = await runLoad({
      ...base(concurrency),
      target: {
        kind: 'floor',
        databaseUrl: url,
        statements: item.floor,
        connections: tickets.map((ticket) => ({ $ticket: ticket.id, $stakeholder: ticket.stakeholder })),
        ...(item.turns ? { turns: item.turns } : {}),
        poolSize: poolSize(concurrency),
      },
    });
    figures.push({ key: item.key, label: item.label, scale, concurrency, api: apiStats, floor, statements: recorded.count, floorStatements });
  }
  return figures;
}

async function measureWrites(namespaceId: number, scale: number): Promise<WriteFigure[]> {
  const most = Math.max(...WRITE_CONCURRENCY);
  // Contact tickets WRT is assigned to, which Ana may move and comment on: a set per procedure, one ticket per connection.
  const picked = await withClient(url, async (client) =>
    (
      await client.query<WriteTicket>(
        `select t.id, s.id as stakeholder from tickets t
           join ticket_stakeholders s on s.ticket_id = t.id and s.principal_kind = 'group' and s.principal_id = $1 and s.is_active
          where t.type = 'contact' and t.id <> $2
          order by t.id limit $3`,
        [TEAM, SEED.timelineTicketId, 2 * most + 2],
      )
    ).rows,
  );
  if (picked.length < 2 * most + 2) throw new Error(`The write path needs ${2 * most + 2} contact tickets assigned to WRT; the seed made ${picked.length}. Seed more tickets (BENCH_SCALES).`);
  const mutation = { ticketId: '$ticket', expectedVersion: '$version' };
  const statusCase: WriteCase = {
    key: 'setStatus',
    label: 'tickets.setStatus',
    procedure: 'tickets.setStatus',
    input: { ...mutation, statusId: '$status' },
    statuses: [STATUS.inProgress.id, STATUS.toDo.id],
    floor: statusChangeFloor(namespaceId, USERS.ana),
    turns: [
      { $status: STATUS.inProgress.id, $event: statusChangedEvent(STATUS.toDo, STATUS.inProgress) },
      { $status: STATUS.toDo.id, $event: statusChangedEvent(STATUS.inProgress, STATUS.toDo) },
    ],
    tickets: picked.slice(0, most),
    recordedOn: picked[2 * most]!,
  };
  const commentCase: WriteCase = {
    key: 'comment',
    label: 'comments.add',
    procedure: 'comments.add',
    input: { ...mutation, body: COMMENT },
    floor: commentFloor(namespaceId, USERS.ana, COMMENT),
    tickets: picked.slice(most, 2 * most),
    recordedOn: picked[2 * most + 1]!,
  };
  return [...(await measureWrite(statusCase, scale)), ...(await measureWrite(commentCase, scale))];
}

function readCases(namespaceId: number): ReadCase[] {
  const list = (key: ReadKey, label: string, userId: number, input: Record<string, unknown>, floor: RecordedStatement): ReadCase => ({
    key,
    label: `tickets.list — ${label}`,
    procedure: 'tickets.list',
    userId,
    input: { ...input, limit: 50 },
    floor,
  });
  return [
    list('mine', 'mine, open (requester with 2 % of tickets)', USERS.john, { state: 'open', mine: true }, principalsPageFloor(namespaceId, [{ kind: 'user', id: USERS.john }], 'open')),
    list('myGroups', 'my groups, open (member of a team with ⅓)', USERS.ana, { state: 'open', myGroups: true }, principalsPageFloor(namespaceId, [{ kind: 'group', id: TEAM }], 'open')),
    list('everything', 'everything, open (site admin)', USERS.sam, { state: 'open' }, adminPageFloor(namespaceId, { state: 'open' })),
    list('byStatus', 'status In progress (site admin)', USERS.sam, { statusIds: [STATUS.inProgress.id] }, adminPageFloor(namespaceId, { statusId: STATUS.inProgress.id })),
    list('byCategory', 'category canceled, 2 statuses (site admin)', USERS.sam, { categories: ['canceled'] }, statusSetPageFloor(namespaceId, CANCELED_STATUS_IDS)),
    list('byType', 'type contact (site admin)', USERS.sam, { types: ['contact'] }, adminPageFloor(namespaceId, { type: 'contact' })),
    {
      key: 'get',
      label: 'tickets.get — 200-entry timeline',
      procedure: 'tickets.get',
      userId: USERS.john,
      input: { ticketId: SEED.timelineTicketId },
      floor: ticketDetailFloor(SEED.timelineTicketId),
    },
  ];
}

async function measureRender(): Promise<RunResults['render']> {
  if (!host) return { skipped: 'packages/widgets/dist/tickets-widgets.js is not built (the root `pnpm bench` builds it; or `pnpm --filter @tickets/widgets build`)' };
  step(`Embed widget: ${RENDER_LOADS} loads in Chromium`);
  try {
    const render = await timeToFirstRender(host, host.ticketPage(api.url, await token(USERS.john), SEED.timelineTicketId), `Seeded question #${SEED.timelineTicketId}`, RENDER_LOADS);
    return { ...render, gzipBytes: bundleGzipBytes() };
  } catch (error) {
    return { skipped: `Chromium failed (${(error as Error).message.split('\n')[0]}); set CHROMIUM_PATH or install Debian's chromium` };
  }
}

try {
  const { namespaceId } = await prepareDirectory(url);
  const cases = readCases(namespaceId);
  const reads: ReadFigure[] = [];
  const counts: CountFigure[] = [];
  let writes: WriteFigure[] = [];
  let live: LiveFigures | null = null;
  const seeding: string[] = [];
  let seeded = 0;
  for (const scale of SCALES) {
    step(`Seeding tickets ${(seeded + 1).toLocaleString('en')}–${scale.toLocaleString('en')}`);
    const seedStart = performance.now();
    await seedTickets(url, namespaceId, seeded + 1, scale);
    seeding.push(`${scaleLabel(scale)} in ${((performance.now() - seedStart) / 1000).toFixed(0)} s`);
    seeded = scale;
    let myGroups: RecordedRequest | null = null;
    for (const item of cases) {
      const { figures, recorded } = await measureRead(item, scale, scale === WRITE_SCALE ? [1, 8] : [1]);
      reads.push(...figures);
      if (item.key === 'myGroups') myGroups = recorded;
    }
    if (!myGroups) throw new Error('The read cases lost their "my groups" list: the count figure quotes its answer.');
    counts.push(await measureCount(namespaceId, scale, myGroups));
    if (scale === WRITE_SCALE) {
      writes = await measureWrites(namespaceId, scale);
      step(`Live tickets: comments with none and with ${LIVE_SUBSCRIPTIONS.toLocaleString('en')} open subscriptions`);
      live = await measureLive({
        apiUrl: api.url,
        apiPid: api.pid,
        databaseUrl: url,
        writerToken: await token(USERS.ana),
        subscriberToken: await token(USERS.sam),
        team: TEAM,
        subscriptions: LIVE_SUBSCRIPTIONS,
        concurrency: 8,
        seconds: Math.max(SECONDS, 5),
        rounds: 4,
      });
    }
  }
  const render = await measureRender();
  const results: RunResults = { scales: SCALES, reads, writes, counts, migration: readMigrationResults(), render, live };
  const machine = await describeMachine(url);

  const tables = reportTables(results);
  const totalSeconds = (performance.now() - started) / 1000;
  console.log('');
  for (const table of tables) console.log(textTable(table));
  const header = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench` (apps/bench) from the run below: do not edit by hand, run it again.',
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB memory; Node.js ${machine.node}; PostgreSQL ${machine.postgres}. Run: ${machine.date}, ${(totalSeconds / 60).toFixed(1)} min in all (seeding, growing the database scale by scale: ${seeding.join(', ')}).`,
    '',
    `How: the API runs as its own process (apps/api/src/main.ts on database \`${BENCH_DATABASE}\`). For every figure a separate load process keeps \`conc.\` requests in flight for ${SECONDS} s after a ${WARMUP_SECONDS} s warm-up, against the API over HTTP on loopback; running **the floor**, the least SQL PostgreSQL must run for the same effect (hand-written, apps/bench/src/floors.ts, on the best index the schema has: \`ticket_access\` for a principal's tickets, the \`tickets\` indexes in update order for the site admin); and, for reads, replaying the API's own SQL for one request. Floor and replay go over a \`pg\` pool in the same kind of process, on the same database, in the same run. Everything shares the machine's ${machine.cores} cores: the API, PostgreSQL and the load generator.`,
    '',
    `Data: ${SCALES.at(-1)!.toLocaleString('en')} tickets at the largest scale, 30 % open over five statuses, three types (60 / 30 / 10 %), each assigned to one of three teams (a third each) and filed by a requester: John files 1 in 50, 2,000 other users the rest; each ticket was last updated up to 30 days after it was created, so a viewer's tickets are spread through the update order. Ticket #${SEED.timelineTicketId} has a 200-entry timeline. The database grows from one scale to the next.`,
    '',
  ].join('\n');
  writeFileSync(DOC, `${header}\n${tables.map(markdownTable).join('\n')}`);
  step(`Wrote ${DOC.replace(/.*\/docs\//, 'docs/')}`);
} finally {
  await recorder.stop();
  await api.stop();
  await host?.stop();
}
