import { beforeAll, describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

// No worker: a migration stays unfinished for as long as the test reads it.
const t = await startTestApi({ STATUS_MIGRATION_WORKER: 'false' });
const sam = t.client('sam'); // a site admin: sees every ticket
const rita = t.client('rita');
const john = t.client('john');
const ana = t.client('ana'); // in WRT, assigned to every plain request

/** How many tickets `tickets.list` shows the user, in all and per status. */
async function listed(client: typeof rita) {
  const { items, total } = await client.tickets.list.query({ limit: 100 });
  const byStatus = new Map<number, number>();
  for (const item of items) byStatus.set(item.status.id, (byStatus.get(item.status.id) ?? 0) + 1);
  return { total, byStatus };
}

/** The counts the status settings show the user, per status and per lifecycle. */
async function counted(client: typeof rita) {
  const settings = await client.statuses.list.query();
  return {
    settings,
    byStatus: new Map(settings.statuses.filter((s) => s.tickets > 0).map((s) => [s.id, s.tickets])),
    statusTotal: settings.statuses.reduce((sum, s) => sum + s.tickets, 0),
    lifecycleTotal: settings.lifecycles.reduce((sum, l) => sum + l.tickets, 0),
  };
}

beforeAll(async () => {
  // Rita's three requests, one of them in progress; John's five, of two types, which Rita may not see.
  const mine = [];
  for (const title of ['Mine 1', 'Mine 2', 'Mine 3']) mine.push((await rita.tickets.create.mutate({ type: 'plain-request', title })).id);
  await ana.tickets.setStatus.mutate({ ticketId: mine[0]!, expectedVersion: 1, statusId: 2 });
  for (const title of ['His 1', 'His 2', 'His 3', 'His 4']) await john.tickets.create.mutate({ type: 'plain-request', title });
  await john.tickets.create.mutate({ type: 'reviewed-request', title: 'His review', metadata: { reason: 'Because.' } });
});

describe('the ticket counts of the status settings', () => {
  it('count for a requester only the tickets she may see: they add up to what her list shows', async () => {
    const list = await listed(rita);
    expect(list.total).toBe(3);
    const counts = await counted(rita);
    expect(counts.byStatus).toEqual(list.byStatus);
    expect(counts.statusTotal).toBe(3);
    expect(counts.lifecycleTotal).toBe(3);
    // John's reviewed request is none of hers: its lifecycle counts nothing for her.
    expect(counts.settings.lifecycles.find((l) => l.name === 'Reviewed request')?.tickets).toBe(0);
  });

  it('count everything for a site admin', async () => {
    const list = await listed(sam);
    expect(list.total).toBe(8);
    const counts = await counted(sam);
    expect(counts.byStatus).toEqual(list.byStatus);
    expect([counts.statusTotal, counts.lifecycleTotal]).toEqual([8, 8]);
  });
});

describe('the progress of status migrations', () => {
  it('is for site admins: anyone else is refused saying who may, and the settings leave it out', async () => {
    // Converting moves the tickets on system statuses to their copies: the 7 plain requests, 4 of them John's.
    const converted = await sam.statuses.update.mutate({ statusId: 1, description: 'Not started yet.' });
    expect(converted.migrations[0]).toMatchObject({ state: 'pending', total: 7 });
    expect((await sam.migrations.get.query()).migrations.map((m) => m.total)).toEqual([7]);
    expect((await sam.statuses.list.query()).migrations.map((m) => m.total)).toEqual([7]);

    const refused = await failureOf(rita.migrations.get.query());
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only a namespace admin (a site admin of this site) may see the progress of status migrations. Ask a site admin to do it for you.');
    expect((await failureOf(rita.migrations.get.query({ migrationId: converted.migrations[0]!.id }))).code).toBe('FORBIDDEN');
    expect((await rita.statuses.list.query()).migrations).toEqual([]);
    // The counts still follow the pending mappings, and still only hers.
    expect((await counted(rita)).statusTotal).toBe(3);
  });
});
