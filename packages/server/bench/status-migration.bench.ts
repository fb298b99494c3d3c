// `pnpm bench` (this package's `bench` script): removes a status that BENCH_MIGRATION_TICKETS tickets
// (default 1,000,000) are on, lets the API's background job rewrite them in batches while users
// keep changing statuses, and compares the run with one bare SQL UPDATE of the same rows on the
// same server. Prints a table and writes bench-results/status-migration.json.
//
// It works on its own database on DATABASE_URL's server (`tickets_bench`, or BENCH_DATABASE_URL),
// which it drops and creates again: it never touches the database DATABASE_URL names.
import { defineTicketType } from '@tickets/plugin-kit';
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { z } from 'zod';
import { startApi } from '../src/app.js';
import { issueToken } from '../src/auth/issue-token.js';
import { ConfigSchema } from '../src/config.js';
import { createContext } from '../src/trpc/context.js';
import { appRouter } from '../src/trpc/root.js';
import { createCallerFactory } from '../src/trpc/trpc.js';

const TICKETS = Number(process.env.BENCH_MIGRATION_TICKETS ?? 1_000_000);
const USERS = Number(process.env.BENCH_USERS ?? 4);
const USER_TICKETS = Math.min(2_000, TICKETS);
const FILL_CHUNK = 100_000;

function benchDatabaseUrl(): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tickets_bench');
  url.pathname = '/tickets_bench';
  return url.toString();
}

async function onServer(url: string, sql: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => Math.round(value * 10) / 10;

/** Runs one UPDATE in a transaction of its own connection, times it, and rolls it back. */
async function bareUpdate(url: string, statement: string): Promise<{ ms: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    const started = performance.now();
    const result = await client.query(statement);
    const elapsed = performance.now() - started;
    await client.query('rollback');
    return { ms: elapsed, rows: result.rowCount ?? 0 };
  } finally {
    await client.end();
  }
}

const benchRequest = defineTicketType({
  type: 'bench-request',
  title: 'Bench request',
  metadata: z.object({}),
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
});

const url = benchDatabaseUrl();
const database = new URL(url).pathname.slice(1);
if (!/^[a-z0-9_]+$/.test(database)) throw new Error(`Bench database name '${database}' must be lower-case letters, digits and _.`);
console.log(`Status migration benchmark: ${TICKETS.toLocaleString('en')} tickets on database '${database}' (dropped and created again).`);
await onServer(url, `drop database if exists ${database} with (force)`);
await onServer(url, `create database ${database}`);

const api = await startApi({
  config: ConfigSchema.parse({
    DATABASE_URL: url,
    PORT: '0',
    TOKEN_SECRET: 'bench-secret-that-is-long-enough-for-hs256!',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...(process.env.BENCH_BATCH_SIZE ? { STATUS_MIGRATION_BATCH_SIZE: process.env.BENCH_BATCH_SIZE } : {}),
  }),
  ticketTypes: [benchRequest],
});
const createCaller = createCallerFactory(appRouter);
const caller = (userId: number) => createCaller(async () => createContext(api.services, `Bearer ${await issueToken(api.services.tokenKey, userId)}`, 'bench'));
const sam = caller(1); // site admin: the namespace admin
const namespaceId = api.services.namespace.id;
const sql = <Row extends object>(text: string, params: unknown[] = []) => api.services.orm.em.fork().execute<Row[]>(text, params);

try {
  // The namespace customises its statuses, and 'Blocked' holds every ticket.
  await sam.statuses.update({ statusId: 1, name: 'Open' });
  const { status: blocked } = await sam.statuses.create({ name: 'Blocked', color: '#aa0000', category: 'in_progress' });
  let settings = await sam.statuses.list();
  const own = settings.lifecycles.find((l) => l.isDefault)!;
  await sam.lifecycles.update({ lifecycleId: own.id, statusIds: [...own.statusIds, blocked.id] });
  settings = await sam.statuses.list();
  const id = (name: string) => settings.statuses.find((s) => s.name === name)!.id;
  const inProgress = id('In progress');
  const userTargets = [id('Open'), id('In progress'), id('Done')];

  const fillStarted = performance.now();
  for (let from = 1; from <= TICKETS; from += FILL_CHUNK) {
    const to = Math.min(TICKETS, from + FILL_CHUNK - 1);
    await sql(
      `insert into tickets (namespace_id, type, title, state, status_id, created_by_user_id)
       select ?, 'bench-request', 'Bench ticket ' || g, 'open', ?, 2 from generate_series(?::int, ?::int) g`,
      [namespaceId, blocked.id, from, to],
    );
  }
  // Users act on the last tickets: the results team is assigned to them.
  const userTickets = (
    await sql<{ id: number }>(
      `with picked as (select id from tickets where namespace_id = ? order by id desc limit ?)
       insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role)
       select ?, id, 'group', 1, 'assigned', 'actioner' from picked returning ticket_id as id`,
      [namespaceId, USER_TICKETS, namespaceId],
    )
  ).map((row) => row.id);
  await sql('vacuum analyze tickets');
  console.log(`Filled ${TICKETS.toLocaleString('en')} tickets in ${ms((performance.now() - fillStarted) / 1000)} s.`);

  // The baseline: the same rows (every ticket on 'Blocked') moved by one bare UPDATE, no batches,
  // no log entries, one long lock; rolled back, and the dead rows it left vacuumed away.
  const bare = await bareUpdate(url, `update tickets set status_id = ${inProgress} where namespace_id = ${namespaceId} and status_id = ${blocked.id}`);
  await sql('vacuum analyze tickets');
  console.log(`One bare UPDATE of the same ${bare.rows.toLocaleString('en')} rows: ${ms(bare.ms / 1000)} s (rolled back).`);

  // Users change statuses, each on tickets of their own (ana and ben are in the results team).
  const versions = new Map(userTickets.map((ticketId) => [ticketId, 1]));
  async function userLoad(until: () => boolean, latencies: number[]) {
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        const actor = caller(user % 2 === 0 ? 3 : 4);
        const mine = userTickets.filter((_, index) => index % USERS === user);
        for (let n = 0; !until(); n++) {
          const ticketId = mine[Math.floor(Math.random() * mine.length)]!;
          const started = performance.now();
          const result = await actor.tickets.setStatus({ ticketId, expectedVersion: versions.get(ticketId)!, statusId: userTargets[n % userTargets.length]! });
          latencies.push(performance.now() - started);
          versions.set(ticketId, result.version);
        }
      }),
    );
  }
  const idleLatencies: number[] = [];
  const idleUntil = Date.now() + 3_000;
  await userLoad(() => Date.now() > idleUntil, idleLatencies);

  // The removal: from its commit on, reads show 'In progress'; the job rewrites the tickets.
  const removalStarted = performance.now();
  const removal = await sam.statuses.remove({ statusId: blocked.id, mapping: inProgress });
  const removalMs = performance.now() - removalStarted;
  const migrationId = removal.migrations[0]!.id;
  let finished = false;
  const busyLatencies: number[] = [];
  const users = userLoad(() => finished, busyLatencies);
  for (;;) {
    const [row] = await sql<{ finished: boolean; moved: number }>(`select finished_at is not null as finished, moved from status_migrations where id = ?`, [migrationId]);
    if (row?.finished) break;
    await sleep(250);
  }
  const migrationWallMs = performance.now() - removalStarted;
  finished = true;
  await users;
  const [migration] = await sql<{ total: number; moved: number; batches: number; longest_batch_ms: number; job_ms: number; run_ms: number }>(
    `select total, moved, batches, longest_batch_ms,
            extract(epoch from finished_at - created_at) * 1000 as job_ms,
            extract(epoch from finished_at - started_at) * 1000 as run_ms
       from status_migrations where id = ?`,
    [migrationId],
  );
  const [logs] = await sql<{ count: number }>(`select count(*)::int as count from ticket_logs where system_reason = ?`, [`status 'Blocked' was removed`]);

  const bareMs = bare.ms;

  const totalMs = Number(migration!.job_ms);
  const results = {
    tickets: TICKETS,
    batchSize: api.services.config.STATUS_MIGRATION_BATCH_SIZE,
    batchTargetMs: api.services.config.STATUS_MIGRATION_BATCH_MS,
    batches: migration!.batches,
    movedByJob: migration!.moved,
    systemLogEntries: logs!.count,
    removalCallMs: ms(removalMs),
    migrationTotalMs: ms(totalMs),
    migrationRunMs: ms(Number(migration!.run_ms)),
    migrationWallMs: ms(migrationWallMs),
    bareUpdateMs: ms(bareMs),
    bareUpdateRows: bare.rows,
    ratioToBareUpdate: ms(totalMs / bareMs),
    longestBatchMs: migration!.longest_batch_ms,
    userStatusChanges: { during: busyLatencies.length, p50Ms: ms(percentile(busyLatencies, 50)), p95Ms: ms(percentile(busyLatencies, 95)), maxMs: ms(percentile(busyLatencies, 100)) },
    userStatusChangesWithoutMigration: { count: idleLatencies.length, p50Ms: ms(percentile(idleLatencies, 50)), p95Ms: ms(percentile(idleLatencies, 95)) },
    users: USERS,
    measuredAt: new Date().toISOString(),
  };

  console.table({
    'tickets migrated (by the job)': `${results.movedByJob.toLocaleString('en')} of ${TICKETS.toLocaleString('en')} (${results.systemLogEntries.toLocaleString('en')} log entries)`,
    'migration total (queued → done)': `${ms(totalMs / 1000)} s in ${results.batches} batches (the first of ${results.batchSize} tickets, then each sized to take ${results.batchTargetMs} ms)`,
    'one bare SQL UPDATE of the same rows': `${ms(bareMs / 1000)} s (${results.bareUpdateRows.toLocaleString('en')} rows)`,
    'ratio migration / bare UPDATE': `${results.ratioToBareUpdate} ×`,
    'longest single batch': `${results.longestBatchMs} ms`,
    'users’ status changes during it': `p95 ${results.userStatusChanges.p95Ms} ms, p50 ${results.userStatusChanges.p50Ms} ms (${results.userStatusChanges.during} changes by ${USERS} users)`,
    'the same without a migration': `p95 ${results.userStatusChangesWithoutMigration.p95Ms} ms, p50 ${results.userStatusChangesWithoutMigration.p50Ms} ms`,
    'statuses.remove call (mapping visible)': `${results.removalCallMs} ms`,
  });
  const out = new URL('../bench-results/', import.meta.url);
  mkdirSync(out, { recursive: true });
  writeFileSync(new URL('status-migration.json', out), `${JSON.stringify(results, null, 2)}\n`);
  console.log('Wrote bench-results/status-migration.json');
} finally {
  await api.stop();
  await onServer(url, `drop database if exists ${database} with (force)`);
}
