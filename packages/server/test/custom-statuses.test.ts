import { describeLogEntry } from '@tickets/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertTickets, storedStatuses, systemLogs, waitForMigrations } from './support/status-migrations.js';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();
const sam = t.client('sam'); // a site admin: the namespace's admin
const rita = t.client('rita');
const ana = t.client('ana');

async function settings() {
  return sam.statuses.list.query();
}

async function statusNamed(name: string) {
  const status = (await settings()).statuses.find((s) => s.name === name);
  if (!status) throw new Error(`No status '${name}'`);
  return status;
}

/** Tickets filed before the namespace customises anything. */
const early: number[] = [];

beforeAll(async () => {
  for (const title of ['First', 'Second', 'Third']) early.push((await rita.tickets.create.mutate({ type: 'plain-request', title })).id);
  await ana.tickets.setStatus.mutate({ ticketId: early[1]!, expectedVersion: 1, statusId: 2 });
  // The reviewed-request type installs its own lifecycle; it shares the system 'Duplicate'.
  await rita.tickets.create.mutate({ type: 'reviewed-request', title: 'Reviewed', metadata: { reason: 'Because.' } });
});

describe('reading the namespace settings', () => {
  it('shows everyone the system statuses with how many tickets use each, and who may change them', async () => {
    const read = await rita.statuses.list.query();
    expect(read.usesCustomStatuses).toBe(false);
    expect(read.canAdminister).toBe(false);
    expect(read.statuses.filter((s) => s.id <= 5).map((s) => [s.id, s.name, s.systemDefined])).toEqual([
      [1, 'To do', true],
      [2, 'In progress', true],
      [3, 'Done', true],
      [4, "Won't do", true],
      [5, 'Duplicate', true],
    ]);
    expect(read.statuses.find((s) => s.id === 1)?.tickets).toBe(2);
    expect(read.statuses.find((s) => s.id === 2)?.tickets).toBe(1);
    const system = read.lifecycles.find((l) => l.id === 1)!;
    expect(system).toMatchObject({ name: 'Default', isDefault: true, stored: false, defaults: { open: 1, closed: 3, duplicate: 5 }, tickets: 3 });
    expect(read.lifecycles.find((l) => l.name === 'Reviewed request')?.ticketTypes).toEqual(['reviewed-request']);
    expect(read.ticketTypes.find((type) => type.type === 'plain-request')?.lifecycleId).toBe(1);
    expect((await sam.statuses.list.query()).canAdminister).toBe(true);
  });

  it('lets only namespace admins change anything, saying who may', async () => {
    const failure = await failureOf(rita.statuses.create.mutate({ name: 'Blocked', color: '#ff0000', category: 'in_progress' }));
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.message).toBe('Only a namespace admin (a site admin of this site) may add statuses. Ask a site admin to do it for you.');
    expect((await failureOf(ana.statuses.remove.mutate({ statusId: 2, mapping: 1 }))).code).toBe('FORBIDDEN');
    expect((await failureOf(ana.lifecycles.attach.mutate({ ticketType: 'plain-request', lifecycleId: 1 }))).code).toBe('FORBIDDEN');
  });
});

describe('editing a system-defined status converts the namespace to custom statuses', () => {
  it('copies every system status (remembering its origin) and the tickets follow at once and then for good', async () => {
    const renamed = await sam.statuses.update.mutate({ statusId: 1, name: 'Open' });
    expect(renamed.convertedToCustom).toBe(true);
    expect(renamed.status).toMatchObject({ name: 'Open', systemOrigin: 1, systemDefined: false });
    expect(renamed.status.id).toBeGreaterThan(1000);
    expect(renamed.migrations).toHaveLength(1);
    expect(renamed.migrations[0]).toMatchObject({ reason: 'the site switched to its own custom statuses', why: { kind: 'custom_statuses' }, total: 3 });

    const after = await settings();
    expect(after.usesCustomStatuses).toBe(true);
    expect(after.statuses.filter((s) => s.systemOrigin !== null).map((s) => [s.systemOrigin, s.name])).toEqual([
      [1, 'Open'],
      [2, 'In progress'],
      [3, 'Done'],
      [4, "Won't do"],
      [5, 'Duplicate'],
    ]);
    expect(after.statuses.some((s) => s.id <= 1000)).toBe(false);
    // The system lifecycle is now the namespace's own default lifecycle; the type's own one points at the copies.
    const own = after.lifecycles.find((l) => l.isDefault)!;
    expect(own).toMatchObject({ name: 'Default', stored: true, defaults: { open: renamed.status.id } });
    const duplicateCopy = after.statuses.find((s) => s.systemOrigin === 5)!.id;
    expect(after.lifecycles.find((l) => l.name === 'Reviewed request')?.statusIds).toContain(duplicateCopy);

    // Whatever the job has done so far, every read shows the copies.
    const detail = await rita.tickets.get.query({ ticketId: early[0]! });
    expect(detail.ticket.status).toMatchObject({ id: renamed.status.id, name: 'Open' });
    expect(detail.lifecycle.statuses.map((s) => s.name)).toEqual(['Open', 'In progress', 'Done', "Won't do", 'Duplicate']);

    await waitForMigrations(t);
    const stored = await storedStatuses(t, early);
    expect(stored.get(early[0]!)).toBe(renamed.status.id);
    expect(stored.get(early[1]!)).toBe(after.statuses.find((s) => s.systemOrigin === 2)!.id);
    const logs = await systemLogs(t, early);
    for (const id of early) expect(logs.get(id)).toHaveLength(1);
    const timeline = await rita.tickets.timeline.query({ ticketId: early[0]! });
    const sentence = timeline.entries.find((e) => e.kind === 'log' && e.actor.kind === 'system');
    expect(sentence && sentence.kind === 'log' ? sentence.sentence : null).toBe(
      'The system changed the status from To do to Open (the site switched to its own custom statuses).',
    );
    const [migration] = (await sam.migrations.get.query({ migrationId: renamed.migrations[0]!.id })).migrations;
    expect(migration).toMatchObject({ state: 'done', total: 3, moved: 3 });
    expect(migration!.finishedAt).not.toBeNull();
  });

  it('there is no way back: a system id now names its copy', async () => {
    const changed = await sam.statuses.update.mutate({ statusId: 2, color: '#00FF00', description: 'Someone works on it.' });
    expect(changed.convertedToCustom).toBe(false);
    expect(changed.status).toMatchObject({ name: 'In progress', color: '#00ff00', description: 'Someone works on it.', systemOrigin: 2 });
    // Also in a new lifecycle's statuses and defaults.
    const copies = (await settings()).statuses.filter((s) => s.systemOrigin !== null);
    const copyOf = (systemId: number) => copies.find((s) => s.systemOrigin === systemId)!.id;
    const { lifecycle } = await sam.lifecycles.create.mutate({ name: 'Named by system ids', statusIds: [1, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } });
    expect(lifecycle).toMatchObject({ statusIds: [copyOf(1), copyOf(3), copyOf(5)], defaults: { open: copyOf(1), closed: copyOf(3), duplicate: copyOf(5) } });
    await sam.lifecycles.delete.mutate({ lifecycleId: lifecycle.id });
  });

  it('new tickets start in the copy', async () => {
    const { id } = await rita.tickets.create.mutate({ type: 'plain-request', title: 'After conversion' });
    expect((await rita.tickets.get.query({ ticketId: id })).ticket.status.name).toBe('Open');
  });
});

describe('removing a status', () => {
  it('without a mapping, while no ticket uses it', async () => {
    const { status } = await sam.statuses.create.mutate({ name: 'Unused', color: '#123456', category: 'to_do' });
    const own = (await settings()).lifecycles.find((l) => l.isDefault)!;
    await sam.lifecycles.update.mutate({ lifecycleId: own.id, statusIds: [...own.statusIds, status.id] });
    const removed = await sam.statuses.remove.mutate({ statusId: status.id });
    expect(removed).toMatchObject({ removedStatusId: status.id, migrations: [] });
    expect((await settings()).statuses.some((s) => s.id === status.id)).toBe(false);
    expect((await settings()).lifecycles.find((l) => l.isDefault)!.statusIds).not.toContain(status.id);
  });

  it('in use: refused without a mapping, and with a mapping of the other state; with one, reads show the new status at once', async () => {
    const { status: blocked } = await sam.statuses.create.mutate({ name: 'Blocked', color: '#aa0000', category: 'in_progress' });
    const own = (await settings()).lifecycles.find((l) => l.isDefault)!;
    await sam.lifecycles.update.mutate({ lifecycleId: own.id, statusIds: [...own.statusIds, blocked.id] });
    const tickets = await insertTickets(t, 30, blocked.id);

    const refused = await failureOf(sam.statuses.remove.mutate({ statusId: blocked.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe("Cannot remove status 'Blocked' from lifecycle because it is in use and no mapping is provided.");
    expect(refused.data.domain).toMatchObject({ code: 'status_removal.in_use', details: { ticketsUsingIt: 30 } });

    const done = await statusNamed('Done');
    const wrongState = await failureOf(sam.statuses.remove.mutate({ statusId: blocked.id, mapping: done.id }));
    expect(wrongState.code).toBe('BAD_REQUEST');
    expect(wrongState.message).toMatch(/^Cannot map status 'Blocked' \(in progress\) to 'Done' \(done\): tickets would change from open to closed\. Map it to another open status\./);

    const inProgress = await statusNamed('In progress');
    const removal = await sam.statuses.remove.mutate({ statusId: blocked.id, mapping: inProgress.id });
    expect(removal.migrations[0]).toMatchObject({
      reason: "status 'Blocked' was removed",
      total: 30,
      mappings: [{ from: { id: blocked.id, name: 'Blocked', category: 'in_progress' }, to: { id: inProgress.id, name: 'In progress' }, lifecycleId: null }],
    });

    // Reads, filters and counts resolve the mapping: no one sees 'Blocked' any more.
    expect((await ana.tickets.get.query({ ticketId: tickets[0]! })).ticket.status.name).toBe('In progress');
    const listed = await sam.tickets.list.query({ statusIds: [inProgress.id], limit: 100 });
    expect(listed.items.filter((item) => tickets.includes(item.id))).toHaveLength(30);
    expect(listed.items.every((item) => item.status.name === 'In progress')).toBe(true);
    expect((await sam.tickets.list.query({ statusIds: [blocked.id] })).total).toBe(0);
    expect((await sam.tickets.list.query({ categories: ['in_progress'], limit: 100 })).total).toBe(31);
    expect((await settings()).statuses.find((s) => s.id === inProgress.id)?.tickets).toBe(31);

    await waitForMigrations(t);
    const stored = await storedStatuses(t, tickets);
    expect([...stored.values()].every((id) => id === inProgress.id)).toBe(true);
    const logs = await systemLogs(t, tickets);
    expect(tickets.every((id) => logs.get(id)?.length === 1 && logs.get(id)![0]!.reason === "status 'Blocked' was removed")).toBe(true);
    // The reason travels as data too, for the timeline to say in the reader's language.
    const { entries } = await ana.tickets.timeline.query({ ticketId: tickets[0]! });
    expect(entries.find((entry) => entry.kind === 'log' && entry.actor.kind === 'system')).toMatchObject({
      actor: { reason: "status 'Blocked' was removed", why: { kind: 'statuses_removed', statuses: ['Blocked'], lifecycle: null } },
    });
    const [migration] = (await sam.migrations.get.query({ migrationId: removal.migrations[0]!.id })).migrations;
    expect(migration).toMatchObject({ state: 'done', total: 30, moved: 30 });
  });

  it('a default needs a successor: refused when the mapping cannot take the role, accepted with new defaults', async () => {
    const { status: waiting } = await sam.statuses.create.mutate({ name: 'Waiting', color: '#777777', category: 'to_do' });
    const own = (await settings()).lifecycles.find((l) => l.isDefault)!;
    await sam.lifecycles.update.mutate({ lifecycleId: own.id, statusIds: [...own.statusIds, waiting.id], defaults: { open: waiting.id } });
    const inProgress = await statusNamed('In progress');
    const open = await statusNamed('Open');

    // 'In progress' may be a default open status too, so the mapping takes the role.
    const viaMapping = await sam.statuses.remove.mutate({ statusId: waiting.id, mapping: inProgress.id });
    expect(viaMapping.lifecycles.find((l) => l.id === own.id)?.defaults.open).toBe(inProgress.id);

    // A default closed status mapped to nothing (no ticket on it) has no successor.
    const { status: shipped } = await sam.statuses.create.mutate({ name: 'Shipped', color: '#108548', category: 'done' });
    await sam.lifecycles.update.mutate({ lifecycleId: own.id, statusIds: [...own.statusIds, shipped.id], defaults: { open: open.id, closed: shipped.id } });
    const refused = await failureOf(sam.statuses.remove.mutate({ statusId: shipped.id }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      "Cannot remove status 'Shipped' from lifecycle 'Default' because it is the default closed status. Choose another default closed status (in the done or canceled category) first.",
    );
    const done = await statusNamed('Done');
    // Another lifecycle holds 'Shipped' without it being a default: its own defaults stay as they are.
    const [wontDo, duplicate] = await Promise.all([statusNamed("Won't do"), statusNamed('Duplicate')]);
    const { lifecycle: other } = await sam.lifecycles.create.mutate({
      name: 'Other',
      statusIds: [open.id, shipped.id, done.id, wontDo.id, duplicate.id],
      defaults: { open: open.id, closed: wontDo.id, duplicate: duplicate.id },
    });
    const accepted = await sam.statuses.remove.mutate({ statusId: shipped.id, newDefaults: { closed: done.id } });
    expect(accepted.lifecycles.find((l) => l.id === own.id)?.defaults).toMatchObject({ open: open.id, closed: done.id });
    expect(accepted.lifecycles.find((l) => l.id === other.id)).toMatchObject({ statusIds: [open.id, done.id, wontDo.id, duplicate.id], defaults: { closed: wontDo.id } });
    await waitForMigrations(t);
  });
});

describe('lifecycles', () => {
  it('are created, edited with mappings for statuses taken out, attached to types, and deleted only when unused', async () => {
    const names = ['Open', 'In progress', 'Done', "Won't do", 'Duplicate'];
    const statuses = await Promise.all(names.map(statusNamed));
    const [open, inProgress, done, , duplicate] = statuses.map((s) => s.id) as [number, number, number, number, number];
    const { lifecycle } = await sam.lifecycles.create.mutate({
      name: 'Lean',
      statusIds: [open, inProgress, done, duplicate],
      defaults: { open, closed: done, duplicate },
    });
    expect(lifecycle).toMatchObject({ name: 'Lean', statusIds: [open, inProgress, done, duplicate], ticketTypes: [], isDefault: false });

    const taken = await failureOf(sam.lifecycles.create.mutate({ name: 'lean', statusIds: [open, done], defaults: { open, closed: done, duplicate: done } }));
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toBe("Lifecycles 'Lean' and 'lean' have the same name (names are compared ignoring case). Rename one of them.");

    // A type moves to it: its tickets in a status Lean lacks move to the matching one at once. Lean's
    // only canceled status is its default duplicate, which a ticket reaches only by being marked as
    // one, so a Won't do ticket closes as Done (the default closed status).
    const { id: ticket } = await rita.tickets.create.mutate({ type: 'counted-request', title: 'Count me', metadata: { start: 1 } });
    const wontDo = statuses[3]!.id;
    const detail = await ana.tickets.get.query({ ticketId: ticket });
    await ana.tickets.setStatus.mutate({ ticketId: ticket, expectedVersion: detail.ticket.version, statusId: wontDo });
    const attached = await sam.lifecycles.attach.mutate({ ticketType: 'counted-request', lifecycleId: lifecycle.id });
    expect(attached.lifecycle.ticketTypes).toEqual(['counted-request']);
    expect(attached.migrations).toEqual([]);
    const moved = await ana.tickets.get.query({ ticketId: ticket });
    expect(moved.ticket).toMatchObject({ state: 'closed', status: { id: done, name: 'Done' } });
    expect(moved.lifecycle.name).toBe('Lean');

    // Taking a status out that tickets use needs a mapping.
    await ana.tickets.reopen.mutate({ ticketId: ticket, expectedVersion: moved.ticket.version });
    const reopened = await ana.tickets.get.query({ ticketId: ticket });
    await ana.tickets.setStatus.mutate({ ticketId: ticket, expectedVersion: reopened.ticket.version, statusId: inProgress });
    const refused = await failureOf(sam.lifecycles.update.mutate({ lifecycleId: lifecycle.id, statusIds: [open, done, duplicate] }));
    expect(refused.message).toBe("Cannot remove status 'In progress' from lifecycle because it is in use and no mapping is provided.");
    const edited = await sam.lifecycles.update.mutate({ lifecycleId: lifecycle.id, statusIds: [open, done, duplicate], mappings: [{ from: inProgress, to: open }] });
    expect(edited.lifecycle.statusIds).toEqual([open, done, duplicate]);
    expect(edited.migrations[0]).toMatchObject({
      reason: "status 'In progress' was removed from lifecycle 'Lean'",
      why: { kind: 'statuses_removed', statuses: ['In progress'], lifecycle: 'Lean' },
    });
    expect((await ana.tickets.get.query({ ticketId: ticket })).ticket.status.name).toBe('Open');
    // Other lifecycles keep the status and their tickets on it.
    expect((await settings()).lifecycles.find((l) => l.isDefault)!.statusIds).toContain(inProgress);

    const inUse = await failureOf(sam.lifecycles.delete.mutate({ lifecycleId: lifecycle.id }));
    expect(inUse.code).toBe('CONFLICT');
    expect(inUse.message).toBe("Cannot delete lifecycle 'Lean' because ticket type 'counted-request' follows it. Attach it to another lifecycle first.");
    const own = (await settings()).lifecycles.find((l) => l.isDefault)!;
    expect((await failureOf(sam.lifecycles.delete.mutate({ lifecycleId: own.id }))).message).toMatch(/is the namespace's default lifecycle/);
    await sam.lifecycles.attach.mutate({ ticketType: 'counted-request', lifecycleId: own.id });
    expect(await sam.lifecycles.delete.mutate({ lifecycleId: lifecycle.id })).toEqual({ deletedLifecycleId: lifecycle.id });
    await waitForMigrations(t);
    const [storedStatus] = (await storedStatuses(t, [ticket])).values();
    expect(storedStatus).toBe(open);
  });

  it('reorders a category and refuses a partial or mixed list', async () => {
    const { status: first } = await sam.statuses.create.mutate({ name: 'Queued', color: '#111111', category: 'triage' });
    const { status: second } = await sam.statuses.create.mutate({ name: 'New', color: '#222222', category: 'triage' });
    const requested = await statusNamed('Requested');
    const reordered = await sam.statuses.reorder.mutate({ statusIds: [second.id, first.id, requested.id] });
    expect(reordered.statuses.map((s) => s.name)).toEqual(['New', 'Queued', 'Requested']);
    const open = await statusNamed('Open');
    expect((await failureOf(sam.statuses.reorder.mutate({ statusIds: [first.id, open.id] }))).message).toBe(
      "Reorder the statuses of one category at a time: 'Queued' is in triage, but 'Open' is in to do.",
    );
    expect((await failureOf(sam.statuses.reorder.mutate({ statusIds: [first.id, requested.id] }))).message).toBe(
      "List every status of the category once, in the new order; missing: 'New'.",
    );
  });

  it('refuses a category move that would close the tickets on a status, and allows it once none is on it', async () => {
    const open = await statusNamed('Open');
    const refused = await failureOf(sam.statuses.update.mutate({ statusId: open.id, category: 'done' }));
    expect(refused.code).toBe('CONFLICT');
    const { status: later } = await sam.statuses.create.mutate({ name: 'Later', color: '#333333', category: 'to_do' });
    const moved = await sam.statuses.update.mutate({ statusId: later.id, category: 'canceled' });
    expect(moved.status).toMatchObject({ category: 'canceled', state: 'closed' });
  });
});

describe('log sentences', () => {
  it('name the system and the reason', () => {
    expect(
      describeLogEntry({
        event: { type: 'ticket.status_changed', from: { id: 1010, name: 'Blocked', category: 'in_progress' }, to: { id: 1002, name: 'In progress', category: 'in_progress' } },
        actor: { kind: 'system', reason: "status 'Blocked' was removed" },
        actingAs: null,
      }),
    ).toBe("The system changed the status from Blocked to In progress (status 'Blocked' was removed).");
  });
});

describe('a new status joins the lifecycles named', () => {
  it('is offered at once to tickets of those lifecycles; an unknown lifecycle adds nothing', async () => {
    const own = (await settings()).lifecycles.find((l) => l.isDefault)!;
    const { status } = await sam.statuses.create.mutate({ name: 'Waiting for reply', color: '#aa7700', category: 'in_progress', lifecycleIds: [own.id] });
    expect((await settings()).lifecycles.find((l) => l.id === own.id)?.statusIds).toContain(status.id);

    const { id } = await rita.tickets.create.mutate({ type: 'plain-request', title: 'Waiting on me' });
    const allowed = await ana.statuses.allowed.query({ ticketId: id });
    expect(allowed.map((s) => s.name)).toContain('Waiting for reply');
    await ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: status.id });
    expect((await ana.tickets.get.query({ ticketId: id })).ticket.status).toMatchObject({ name: 'Waiting for reply', category: 'in_progress' });

    const unknown = await failureOf(sam.statuses.create.mutate({ name: 'Nowhere', color: '#aa7700', category: 'to_do', lifecycleIds: [99_999] }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toBe('Lifecycle #99999 does not exist in this namespace.');
    expect((await settings()).statuses.some((s) => s.name === 'Nowhere')).toBe(false);
  });
});
