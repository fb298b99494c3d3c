import { beforeAll, describe, expect, it } from 'vitest';
import { waitForMigrations } from './support/status-migrations.js';
import { failureOf, startTestApi } from './support/test-api.js';

/*
 * The system status ids (1 To do, 2 In progress, 3 Done, 4 Won't do, 5 Duplicate) are reserved and
 * stable: a host site may hard-code "Done = 3", and a page loaded before an admin's first edit
 * still holds them. After the namespace converts to custom statuses, each keeps naming its copy in
 * every procedure that takes a status id.
 */

const t = await startTestApi();
const sam = t.client('sam'); // a site admin: the namespace's admin
const rita = t.client('rita'); // files the tickets: their requester
const ana = t.client('ana'); // WRT, assigned to every plain request

/** The copy of each system status, by system id, as the settings show it. */
const copyOf = new Map<number, number>();
const tickets: number[] = [];

async function ticket(ticketId: number) {
  return (await ana.tickets.get.query({ ticketId })).ticket;
}

beforeAll(async () => {
  for (const title of ['Wrong name', 'Wrong country', 'Wrong birthday']) tickets.push((await rita.tickets.create.mutate({ type: 'plain-request', title })).id);
  // An admin's first edit of a system status converts the namespace.
  const renamed = await sam.statuses.update.mutate({ statusId: 3, name: 'Resolved' });
  expect(renamed.convertedToCustom).toBe(true);
  for (const status of (await sam.statuses.list.query()).statuses) if (status.systemOrigin !== null) copyOf.set(status.systemOrigin, status.id);
  expect([...copyOf.keys()].sort()).toEqual([1, 2, 3, 4, 5]);
});

describe('a ticket change naming a system id', () => {
  it('moves the ticket to the copy, and the state follows it', async () => {
    const before = await ticket(tickets[0]!);
    await ana.tickets.setStatus.mutate({ ticketId: before.id, expectedVersion: before.version, statusId: 2 });
    const moved = await ticket(tickets[0]!);
    expect(moved.status).toMatchObject({ id: copyOf.get(2), name: 'In progress' });
    expect(moved.state).toBe('open');

    // "Done = 3", hard-coded by the host site, now names the renamed copy.
    await ana.tickets.setStatus.mutate({ ticketId: moved.id, expectedVersion: moved.version, statusId: 3 });
    const closed = await ticket(tickets[0]!);
    expect(closed.status).toMatchObject({ id: copyOf.get(3), name: 'Resolved' });
    expect(closed.state).toBe('closed');
  });
});

describe('a ticket list filtered by a system id', () => {
  it('finds the tickets on its copy, for the staff and for the requester, before and after the migration', async () => {
    const first = await ticket(tickets[1]!);
    await ana.tickets.setStatus.mutate({ ticketId: first.id, expectedVersion: first.version, statusId: copyOf.get(2)! });

    const listed = async (client: typeof ana) => {
      const page = await client.tickets.list.query({ statusIds: [2], limit: 100 });
      return page.items.map((item) => [item.id, item.status.id, item.status.name]);
    };
    const expected = [[tickets[1]!, copyOf.get(2)!, 'In progress']];
    expect(await listed(ana)).toEqual(expected);
    expect(await listed(rita)).toEqual(expected);
    // Tickets still stored on a system status until the migration rewrites them read as its copy.
    expect((await ana.tickets.list.query({ statusIds: [1], limit: 100 })).items.map((item) => item.id)).toEqual([tickets[2]!]);

    await waitForMigrations(t);
    expect(await listed(ana)).toEqual(expected);
    expect((await ana.tickets.list.query({ statusIds: [1, 3], limit: 100 })).items.map((item) => item.id).sort()).toEqual([tickets[0]!, tickets[2]!].sort());
  });
});

describe('status settings naming a system id', () => {
  it('change, reorder and put the copy into lifecycles', async () => {
    const updated = await sam.statuses.update.mutate({ statusId: 2, description: 'Someone works on it.' });
    expect(updated.status).toMatchObject({ id: copyOf.get(2), description: 'Someone works on it.' });

    const reordered = await sam.statuses.reorder.mutate({ statusIds: [5, 4] });
    expect(reordered.statuses.map((s) => s.id)).toEqual([copyOf.get(5), copyOf.get(4)]);

    const { lifecycle } = await sam.lifecycles.create.mutate({ name: 'Short', statusIds: [1, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } });
    expect(lifecycle).toMatchObject({ statusIds: [copyOf.get(1), copyOf.get(3), copyOf.get(5)], defaults: { open: copyOf.get(1), closed: copyOf.get(3), duplicate: copyOf.get(5) } });
    const widened = await sam.lifecycles.update.mutate({ lifecycleId: lifecycle.id, statusIds: [1, 2, 3, 4, 5], defaults: { closed: 4 } });
    expect(widened.lifecycle.defaults.closed).toBe(copyOf.get(4));
    expect(widened.lifecycle.statusIds).toContain(copyOf.get(2));
    await sam.lifecycles.delete.mutate({ lifecycleId: lifecycle.id });
  });

  it('map the tickets of a removed status to the copy', async () => {
    const { status: blocked } = await sam.statuses.create.mutate({ name: 'Blocked', color: '#aa0000', category: 'in_progress', lifecycleIds: [1] });
    const open = await ticket(tickets[2]!);
    await ana.tickets.setStatus.mutate({ ticketId: open.id, expectedVersion: open.version, statusId: blocked.id });
    const removal = await sam.statuses.remove.mutate({ statusId: blocked.id, mapping: 2 });
    expect(removal.migrations[0]?.mappings).toMatchObject([{ from: { id: blocked.id }, to: { id: copyOf.get(2), name: 'In progress' } }]);
    expect((await ticket(tickets[2]!)).status.id).toBe(copyOf.get(2));
    await waitForMigrations(t);
  });
});

describe('a system id whose copy the namespace removed', () => {
  it('is refused everywhere with a message naming the system status, not read as something else', async () => {
    // No ticket is on "Won't do" and it is no lifecycle's default, so it goes without a mapping.
    await sam.statuses.remove.mutate({ statusId: 4 });
    const message =
      "Status #4 is the system-defined status 'Won't do'. This namespace uses its own statuses and has removed its copy of 'Won't do'; choose one of the namespace's current statuses.";

    const open = await ticket(tickets[2]!);
    const setStatus = await failureOf(ana.tickets.setStatus.mutate({ ticketId: open.id, expectedVersion: open.version, statusId: 4 }));
    expect(setStatus).toMatchObject({ code: 'NOT_FOUND', message });
    expect((await ticket(tickets[2]!)).status.id).toBe(copyOf.get(2));

    expect(await failureOf(rita.tickets.list.query({ statusIds: [4] }))).toMatchObject({ code: 'NOT_FOUND', message });
    expect(await failureOf(sam.statuses.update.mutate({ statusId: 4, name: "Won't fix" }))).toMatchObject({ code: 'NOT_FOUND', message });

    // The other system ids still name their copies.
    expect((await rita.tickets.list.query({ statusIds: [2] })).items.map((item) => item.id).sort()).toEqual([tickets[1]!, tickets[2]!].sort());
  });
});
