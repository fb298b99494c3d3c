import { describe, expect, it } from 'vitest';
import { storedStatuses } from './support/status-migrations.js';
import { startTestApi, userId } from './support/test-api.js';

// No background worker: what the attach itself leaves behind is what is asserted, whatever a job might do later.
const t = await startTestApi({ STATUS_MIGRATION_WORKER: 'false' });
const sam = t.client('sam'); // a site admin: the namespace's admin
const rita = t.client('rita'); // files the tickets
const ana = t.client('ana'); // of the results team, which plain requests are assigned to

async function showing(ticketId: number) {
  const { ticket } = await ana.tickets.get.query({ ticketId });
  return { status: ticket.status.name, state: ticket.state, duplicateOfId: ticket.duplicateOfId };
}

/** The ticket's status changes in its timeline, in order: who made each (a user's id, or the system) and from → to. */
async function statusChanges(ticketId: number) {
  const { entries } = await ana.tickets.timeline.query({ ticketId, limit: 200 });
  return entries.flatMap((entry) =>
    entry.kind === 'log' && entry.event.type === 'ticket.status_changed'
      ? [{ by: entry.actor.kind === 'user' ? entry.actor.userId : 'system', from: entry.event.from.name, to: entry.event.to.name, sentence: entry.sentence }]
      : [],
  );
}

describe("attaching a type to another lifecycle and back (issue: no log entries, Won't do became Duplicate)", () => {
  it('moves each ticket to its matching status at once, logs every change it shows, and reaches Duplicate only for a duplicate', async () => {
    // Lifecycle A is the system one: To do, In progress, Done, Won't do, Duplicate.
    const ids: number[] = [];
    for (const title of ['Fresh', 'Started', 'Declined', 'Repeated']) ids.push((await rita.tickets.create.mutate({ type: 'plain-request', title })).id);
    const [toDo, inProgress, wontDo, duplicate] = ids as [number, number, number, number];
    await ana.tickets.setStatus.mutate({ ticketId: inProgress, expectedVersion: 1, statusId: 2 });
    await ana.tickets.setStatus.mutate({ ticketId: wontDo, expectedVersion: 1, statusId: 4 });
    await ana.tickets.markDuplicate.mutate({ ticketId: duplicate, expectedVersion: 1, duplicateOfId: toDo });
    const userChanges = new Map(await Promise.all(ids.map(async (id) => [id, await statusChanges(id)] as const)));

    // Lifecycle B: other statuses; its only canceled one is its default duplicate status.
    const created = async (name: string, category: 'to_do' | 'in_progress' | 'done' | 'canceled') =>
      (await sam.statuses.create.mutate({ name, color: '#1f75cb', category })).status.id;
    const [queued, working, finished, dupe] = [await created('Queued', 'to_do'), await created('Working', 'in_progress'), await created('Finished', 'done'), await created('Dupe', 'canceled')];
    const { lifecycle: b } = await sam.lifecycles.create.mutate({
      name: 'B',
      statusIds: [queued, working, finished, dupe],
      defaults: { open: queued, closed: finished, duplicate: dupe },
    });

    const toB = await sam.lifecycles.attach.mutate({ ticketType: 'plain-request', lifecycleId: b.id });
    expect(await showing(toDo)).toEqual({ status: 'Queued', state: 'open', duplicateOfId: null });
    expect(await showing(inProgress)).toEqual({ status: 'Working', state: 'open', duplicateOfId: null });
    expect(await showing(wontDo)).toEqual({ status: 'Finished', state: 'closed', duplicateOfId: null });
    expect(await showing(duplicate)).toEqual({ status: 'Dupe', state: 'closed', duplicateOfId: toDo });
    // Written at once, in the attach's own transaction: nothing is left for a background migration.
    expect(toB.migrations).toEqual([]);
    expect([...(await storedStatuses(t, ids)).entries()].sort(([x], [y]) => x - y).map(([, status]) => status)).toEqual([queued, working, finished, dupe]);

    const back = await sam.lifecycles.attach.mutate({ ticketType: 'plain-request', lifecycleId: 1 });
    expect(back.migrations).toEqual([]);
    expect(await showing(toDo)).toMatchObject({ status: 'To do', state: 'open' });
    expect(await showing(inProgress)).toMatchObject({ status: 'In progress', state: 'open' });
    expect(await showing(wontDo)).toMatchObject({ status: 'Done', state: 'closed' });
    expect(await showing(duplicate)).toEqual({ status: 'Duplicate', state: 'closed', duplicateOfId: toDo });

    // Each change users saw has exactly one log entry, by the admin who attached the type, in order.
    const samId = userId('sam');
    const expected: Record<number, [string, string, string]> = {
      [toDo]: ['To do', 'Queued', 'To do'],
      [inProgress]: ['In progress', 'Working', 'In progress'],
      [wontDo]: ["Won't do", 'Finished', 'Done'],
      [duplicate]: ['Duplicate', 'Dupe', 'Duplicate'],
    };
    for (const id of ids) {
      const [first, middle, last] = expected[id]!;
      const changes = await statusChanges(id);
      expect(changes.slice(0, userChanges.get(id)!.length)).toEqual(userChanges.get(id));
      expect(changes.slice(userChanges.get(id)!.length).map(({ by, from, to }) => ({ by, from, to }))).toEqual([
        { by: samId, from: first, to: middle },
        { by: samId, from: middle, to: last },
      ]);
    }
    const wontDoChanges = await statusChanges(wontDo);
    expect(wontDoChanges.at(-2)?.sentence).toMatch(/^\S.* changed the status from Won't do to Finished\.$/);
    expect(wontDoChanges.some((change) => ['Duplicate', 'Dupe'].includes(change.to))).toBe(false);
  });

  it('logs both changes of a round trip made before anything else runs, each by the admin', async () => {
    const { id } = await rita.tickets.create.mutate({ type: 'counted-request', title: 'Round trip', metadata: { start: 1 } });
    await ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: 4 }); // Won't do
    const before = (await statusChanges(id)).length;
    const created = async (name: string, category: 'to_do' | 'done' | 'canceled') => (await sam.statuses.create.mutate({ name, color: '#108548', category })).status.id;
    const [backlog, shipped, dropped, repeat] = [await created('Backlog', 'to_do'), await created('Shipped', 'done'), await created('Dropped', 'canceled'), await created('Repeat', 'canceled')];
    const { lifecycle: c } = await sam.lifecycles.create.mutate({
      name: 'C',
      statusIds: [backlog, shipped, repeat, dropped],
      defaults: { open: backlog, closed: shipped, duplicate: repeat },
    });
    const original = (await ana.tickets.get.query({ ticketId: id })).lifecycle.id;

    await sam.lifecycles.attach.mutate({ ticketType: 'counted-request', lifecycleId: c.id });
    expect(await showing(id)).toMatchObject({ status: 'Dropped', state: 'closed' });
    await sam.lifecycles.attach.mutate({ ticketType: 'counted-request', lifecycleId: original });
    expect(await showing(id)).toMatchObject({ status: "Won't do", state: 'closed' });

    expect((await statusChanges(id)).slice(before).map(({ by, from, to }) => ({ by, from, to }))).toEqual([
      { by: userId('sam'), from: "Won't do", to: 'Dropped' },
      { by: userId('sam'), from: 'Dropped', to: "Won't do" },
    ]);
  });
});
