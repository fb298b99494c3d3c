import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runStatusMigrations } from '../src/modules/status-migrations/migration-runner.js';
import { insertTickets, storedStatuses, systemLogs } from './support/status-migrations.js';
import { ON_PGLITE, startTestApi } from './support/testing.js';

// The API queues jobs but runs no worker here: each test drives the worker itself.
const t = await startTestApi({ STATUS_MIGRATION_WORKER: 'false' });
const sam = t.client('sam');
const ana = t.caller('ana');
const namespaceId = t.api.services.namespace.id;
const worker = () => t.api.services.orm.em.fork();

const ids = { inProgress: 0, open: 0, done: 0 };

beforeAll(async () => {
  const converted = await sam.statuses.update.mutate({ statusId: 1, name: 'Open' });
  await runStatusMigrations(worker(), namespaceId, { batchSize: 100 });
  const { statuses } = await sam.statuses.list.query();
  ids.open = converted.status.id;
  ids.inProgress = statuses.find((s) => s.name === 'In progress')!.id;
  ids.done = statuses.find((s) => s.name === 'Done')!.id;
});

/** A new in-progress status in the default lifecycle, with `count` tickets on it, removed with a mapping to 'In progress'. */
async function removedWithTickets(name: string, count: number) {
  const { status } = await sam.statuses.create.mutate({ name, color: '#aa0000', category: 'in_progress' });
  const own = (await sam.statuses.list.query()).lifecycles.find((l) => l.isDefault)!;
  await sam.lifecycles.update.mutate({ lifecycleId: own.id, statusIds: [...own.statusIds, status.id] });
  const tickets = await insertTickets(t, count, status.id);
  const removal = await sam.statuses.remove.mutate({ statusId: status.id, mapping: ids.inProgress });
  return { status, tickets, migrationId: removal.migrations[0]!.id };
}

async function progress(migrationId: number) {
  const [migration] = (await sam.migrations.get.query({ migrationId })).migrations;
  return migration!;
}

/** Every ticket on the target exactly once, with exactly one system log entry from the removed status. */
async function expectMovedAndLoggedOnce(tickets: readonly number[], from: number, reason: string) {
  const stored = await storedStatuses(t, tickets);
  expect([...stored.values()].filter((id) => id !== ids.inProgress)).toEqual([]);
  const logs = await systemLogs(t, tickets);
  const counts = tickets.map((id) => logs.get(id) ?? []);
  expect(counts.filter((entries) => entries.length !== 1)).toEqual([]);
  expect(counts.every(([entry]) => entry!.from === from && entry!.to === ids.inProgress && entry!.reason === reason)).toBe(true);
}

describe('from the moment a mapping exists', () => {
  it('reads, filters and counts show the new status although no ticket has been rewritten yet', async () => {
    const { status, tickets, migrationId } = await removedWithTickets('Parked', 12);
    expect([...(await storedStatuses(t, tickets)).values()].every((id) => id === status.id)).toBe(true);
    expect((await progress(migrationId)).state).toBe('pending');

    const detail = await ana.tickets.get({ ticketId: tickets[0]! });
    expect(detail.ticket.status).toMatchObject({ id: ids.inProgress, name: 'In progress' });
    expect(detail.viewer.actingAs[0]!.allowedStatusIds).not.toContain(status.id);
    const page = await ana.tickets.list({ statusIds: [ids.inProgress], limit: 100 });
    expect(tickets.every((id) => page.items.some((item) => item.id === id && item.status.id === ids.inProgress))).toBe(true);
    expect((await ana.tickets.list({ statusIds: [status.id] })).total).toBe(0);
    expect((await sam.statuses.list.query()).statuses.find((s) => s.id === ids.inProgress)?.tickets).toBe(12);

    // A change that leaves the status alone keeps the stored one: the job still moves and logs it.
    await ana.comments.add({ ticketId: tickets[0]!, expectedVersion: 1, body: 'Still on it.' });
    expect((await storedStatuses(t, [tickets[0]!])).get(tickets[0]!)).toBe(status.id);

    const report = await runStatusMigrations(worker(), namespaceId, { batchSize: 5 });
    expect(report).toMatchObject({ moved: 12, batches: 3, finished: [migrationId], interrupted: false });
    await expectMovedAndLoggedOnce(tickets, status.id, "status 'Parked' was removed");
    expect(await progress(migrationId)).toMatchObject({ state: 'done', total: 12, moved: 12, batches: 3 });
    const [retired] = await worker().execute<{ pending: number }[]>(`select count(*)::int as pending from status_mappings where migration_id = ? and retired_at is null`, [migrationId]);
    expect(retired?.pending).toBe(0);
  });
});

describe('a migration interrupted half-way', () => {
  it('resumes where it stopped and moves and logs every ticket once', async () => {
    const { status, tickets, migrationId } = await removedWithTickets('Stalled', 250);
    const first = await runStatusMigrations(worker(), namespaceId, { batchSize: 20, maxBatches: 4 });
    expect(first).toMatchObject({ moved: 80, batches: 4, interrupted: true, finished: [] });
    expect(await progress(migrationId)).toMatchObject({ state: 'running', total: 250, moved: 80, batches: 4 });

    const second = await runStatusMigrations(worker(), namespaceId, { batchSize: 20 });
    expect(second).toMatchObject({ moved: 170, finished: [migrationId], interrupted: false });
    await expectMovedAndLoggedOnce(tickets, status.id, "status 'Stalled' was removed");
    expect(await progress(migrationId)).toMatchObject({ state: 'done', total: 250, moved: 250 });
  });

  it.skipIf(ON_PGLITE)('after its worker process is killed (SIGKILL) mid-run, a new worker finishes it: every ticket moved once, logged once', async () => {
    const { status, tickets, migrationId } = await removedWithTickets('Frozen', 400);
    const fixture = fileURLToPath(new URL('./fixtures/status-migration-worker.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', fixture, t.api.services.config.DATABASE_URL!, String(namespaceId), '10'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      let seen = '';
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (/batch 5 /.test(seen)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`The worker ended before it was killed: ${seen}`)));
    });
    expect(await exited).toBe('SIGKILL');

    // What the killed worker committed is whole: each moved ticket has its log entry, no more.
    const half = await progress(migrationId);
    expect(half.state).toBe('running');
    expect(half.moved).toBeGreaterThanOrEqual(50);
    expect(half.moved).toBeLessThan(400);
    const movedSoFar = [...(await storedStatuses(t, tickets)).values()].filter((id) => id === ids.inProgress).length;
    const loggedSoFar = [...(await systemLogs(t, tickets)).values()].length;
    expect([movedSoFar, loggedSoFar]).toEqual([half.moved, half.moved]);

    const resumed = await runStatusMigrations(worker(), namespaceId, { batchSize: 25 });
    expect(resumed.moved).toBe(400 - half.moved);
    await expectMovedAndLoggedOnce(tickets, status.id, "status 'Frozen' was removed");
    expect(await progress(migrationId)).toMatchObject({ state: 'done', total: 400, moved: 400 });
    // A worker process of its own (tsx start-up) and 400 tickets: under CI's parallel load this takes
    // well over the default 20 s, though a few seconds alone.
  }, 120_000);
});

describe.skipIf(ON_PGLITE)('users changing tickets while a migration runs', () => {
  it('lose no change: what a user set stays, every other ticket moves once', async () => {
    const { status, tickets, migrationId } = await removedWithTickets('Waiting for parts', 300);
    const touched = tickets.filter((_, index) => index % 5 === 0);
    const commented = tickets.filter((_, index) => index % 5 === 1);
    const running = runStatusMigrations(worker(), namespaceId, { batchSize: 15, pauseMs: 5 });
    const edits = [...touched.map((id) => ({ id, kind: 'close' as const })), ...commented.map((id) => ({ id, kind: 'comment' as const }))];
    // Four users at once, each taking the next ticket, while the batches run.
    await Promise.all(
      [0, 1, 2, 3].map(async () => {
        for (let edit = edits.shift(); edit; edit = edits.shift()) {
          const { ticket } = await ana.tickets.get({ ticketId: edit.id });
          expect(ticket.status.id).not.toBe(status.id);
          if (edit.kind === 'close') await ana.tickets.close({ ticketId: edit.id, expectedVersion: ticket.version });
          else await ana.comments.add({ ticketId: edit.id, expectedVersion: ticket.version, body: 'Any news?' });
        }
      }),
    );
    const report = await running;
    expect(report.finished).toContain(migrationId);

    const stored = await storedStatuses(t, tickets);
    const logs = await systemLogs(t, tickets);
    // Closed by a user: on Done, whatever the job did before; the user's entry names no removed status.
    expect(touched.filter((id) => stored.get(id) !== ids.done)).toEqual([]);
    expect(touched.filter((id) => (logs.get(id)?.length ?? 0) > 1)).toEqual([]);
    const userLogs = await worker().execute<{ from_id: number }[]>(
      `select (event->'from'->>'id')::int as from_id from ticket_logs where event_type = 'ticket.status_changed' and actor_user_id is not null and ticket_id = any(?::int[])`,
      [`{${touched.join(',')}}`],
    );
    expect(userLogs).toHaveLength(touched.length);
    expect(userLogs.every((log) => log.from_id === ids.inProgress)).toBe(true);
    // Everything else, commented or not: moved by the job, once.
    await expectMovedAndLoggedOnce(
      tickets.filter((id) => !touched.includes(id)),
      status.id,
      "status 'Waiting for parts' was removed",
    );
    const done = await progress(migrationId);
    expect(done.state).toBe('done');
    expect(done.moved).toBe(300 - touched.filter((id) => !logs.has(id)).length);
    // 120 user edits racing 20 batches: seconds alone, far longer under CI's parallel load.
  }, 120_000);
});
