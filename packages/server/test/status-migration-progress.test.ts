import { beforeAll, describe, expect, it } from 'vitest';
import { runStatusMigrations } from '../src/modules/status-migrations/migration-runner.js';
import { insertTickets, storedStatuses } from './support/status-migrations.js';
import { startTestApi } from './support/testing.js';

// The API queues jobs but runs no worker here: each test decides when the migrations run.
const t = await startTestApi({ STATUS_MIGRATION_WORKER: 'false' });
const sam = t.client('sam');
const namespaceId = t.api.services.namespace.id;
const runMigrations = () => runStatusMigrations(t.api.services.orm.em.fork(), namespaceId, { batchSize: 50 });

let inProgress = 0;

beforeAll(async () => {
  await sam.statuses.update.mutate({ statusId: 2, description: 'Someone is on it.' });
  await runMigrations();
  inProgress = (await sam.statuses.list.query()).statuses.find((s) => s.name === 'In progress')!.id;
});

/** A new in-progress status in the default lifecycle. */
async function inProgressStatus(name: string): Promise<number> {
  const { status } = await sam.statuses.create.mutate({ name, color: '#aa0000', category: 'in_progress', lifecycleIds: [(await sam.statuses.list.query()).lifecycles.find((l) => l.isDefault)!.id] });
  return status.id;
}

async function removedTo(statusId: number, mapping: number): Promise<number> {
  return (await sam.statuses.remove.mutate({ statusId, mapping })).migrations[0]!.id;
}

describe('the progress of a migration whose target is removed in turn', () => {
  it('still reads while the first runs: the removed target named as it was, and the later migration moving its tickets on', async () => {
    const queued = await inProgressStatus('Queued');
    const reviewing = await inProgressStatus('Reviewing');
    const tickets = await insertTickets(t, 30, queued);
    const first = await removedTo(queued, reviewing);
    // 'Reviewing' now holds Queued's 30 tickets as users see them: removing it needs a mapping too.
    const second = await removedTo(reviewing, inProgress);

    const { migrations } = await sam.migrations.get.query();
    const byId = new Map(migrations.map((m) => [m.id, m]));
    expect(byId.get(first)).toMatchObject({ state: 'pending', total: 30, moved: 0 });
    expect(byId.get(first)!.mappings).toEqual([
      { from: { id: queued, name: 'Queued', category: 'in_progress' }, to: { id: reviewing, name: 'Reviewing', category: 'in_progress' }, targetRemoved: true, lifecycleId: null, ticketType: null },
    ]);
    expect(byId.get(second)!.mappings).toEqual([
      { from: { id: reviewing, name: 'Reviewing', category: 'in_progress' }, to: { id: inProgress, name: 'In progress', category: 'in_progress' }, targetRemoved: false, lifecycleId: null, ticketType: null },
    ]);
    expect((await sam.migrations.get.query({ migrationId: first })).migrations[0]!.mappings[0]!.to.name).toBe('Reviewing');
    expect((await sam.statuses.list.query()).migrations.map((m) => m.id).sort()).toEqual([first, second].sort());

    await runMigrations();
    expect([...(await storedStatuses(t, tickets)).values()].filter((id) => id !== inProgress)).toEqual([]);
    const done = (await sam.migrations.get.query()).migrations.filter((m) => m.id === first || m.id === second);
    expect(done.map((m) => m.state)).toEqual(['done', 'done']);
  });

  it('still reads after the first is done', async () => {
    const parked = await inProgressStatus('Parked');
    const shelved = await inProgressStatus('Shelved');
    await insertTickets(t, 5, parked);
    const first = await removedTo(parked, shelved);
    await runMigrations();
    await removedTo(shelved, inProgress);

    const [read] = (await sam.migrations.get.query({ migrationId: first })).migrations;
    expect(read).toMatchObject({ state: 'done', total: 5, moved: 5 });
    expect(read!.mappings[0]).toMatchObject({ to: { id: shelved, name: 'Shelved', category: 'in_progress' }, targetRemoved: true });
    expect((await sam.migrations.get.query()).migrations.some((m) => m.id === first)).toBe(true);
  });
});
