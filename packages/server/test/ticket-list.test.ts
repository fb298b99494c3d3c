import { defineTicketType } from '@tickets/plugin-kit';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeCursor } from '../src/modules/pagination/page-cursor.js';
import { DEMO_GROUPS } from '../src/seed/demo-directory.js';
import { type DemoLogin, failureOf, startTestApi, userId } from './support/test-api.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';

/** A type the results team is not part of: only the requester and the Delegates see its tickets. */
const delegateRequest = defineTicketType({
  type: 'delegate-request',
  title: 'Delegate request',
  metadata: z.object({}),
  startingStakeholders: () => [{ principal: { group: 'Delegates' }, connection: 'assigned', role: 'actioner' }],
});

const t = await startTestApi({}, [...TEST_TICKET_TYPES, delegateRequest]);
const em = () => t.api.services.orm.em.fork();
const groupId = (key: string) => DEMO_GROUPS.find((g) => g.key === key)!.id;

const BULK_TICKETS = 120;

/** The tickets of the story, by name. */
const ids = { ritaPlain: 0, ritaReviewed: 0, ritaClosed: 0, anasOwn: 0, johnsDelegate: 0 };

async function file(login: DemoLogin, type: string, title: string, metadata: unknown = {}) {
  return (await t.client(login).tickets.create.mutate({ type, title, metadata })).id;
}

/** The expected ids, straight from the database: the tickets a user is (or belongs to) a stakeholder of. */
async function idsVisibleTo(login: DemoLogin, order: string): Promise<number[]> {
  const rows = await em().execute<{ id: number }[]>(
    `select t.id from tickets t
      where exists (select 1 from ticket_stakeholders s left join group_memberships m on s.principal_kind = 'group' and m.group_id = s.principal_id
                     where s.ticket_id = t.id and ((s.principal_kind = 'user' and s.principal_id = ?) or m.user_id = ?))
      order by ${order}`,
    [userId(login), userId(login)],
  );
  return rows.map((row) => row.id);
}

beforeAll(async () => {
  ids.ritaPlain = await file('rita', 'plain-request', 'Misspelled name');
  ids.ritaReviewed = await file('rita', 'reviewed-request', 'Wrong country', { reason: 'I moved to Spain' });
  ids.ritaClosed = await file('rita', 'plain-request', 'Wrong birth date');
  ids.anasOwn = await file('ana', 'plain-request', 'My own request');
  ids.johnsDelegate = await file('john', 'delegate-request', 'Please link my WCA ID');

  // Ana works on Rita's tickets; the one she touches last is the most recently updated.
  const ana = t.client('ana');
  const reviewed = await ana.tickets.get.query({ ticketId: ids.ritaReviewed });
  const underReview = reviewed.lifecycle.statuses.find((s) => s.name === 'Under review')!.id;
  await ana.tickets.setStatus.mutate({ ticketId: ids.ritaReviewed, expectedVersion: 1, statusId: underReview });
  await ana.tickets.close.mutate({ ticketId: ids.ritaClosed, expectedVersion: 1 });
  await ana.tickets.setStatus.mutate({ ticketId: ids.ritaPlain, expectedVersion: 1, statusId: 2 });

  // A handed-on assignment (inactive) and a cc are not assignees; an extra active assignment is.
  await em().execute(
    `insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active) values
       (?, ?, 'user', ?, 'assigned', 'actioner', false), (?, ?, 'user', ?, 'cc', 'actioner', true), (?, ?, 'user', ?, 'assigned', 'actioner', true)`,
    [
      t.api.services.namespace.id, ids.ritaPlain, userId('ben'),
      t.api.services.namespace.id, ids.ritaPlain, userId('wes'),
      t.api.services.namespace.id, ids.ritaReviewed, userId('ana'),
    ],
  );

  // John's many old requests, written in one statement: they are microseconds apart or share their
  // timestamps exactly, so paging must neither round times to milliseconds nor lose ties (broken by
  // id). Every other one is assigned to the software team.
  await em().execute(
    `with created as (
       insert into tickets (namespace_id, type, title, state, status_id, created_by_user_id, created_at, updated_at)
       select ?, 'plain-request', 'Old request ' || g, 'open', 1, ?, now() - (g % 7) * interval '1 microsecond', now() - (g % 5) * interval '1 microsecond'
         from generate_series(1, ?) g
       returning id, namespace_id)
     insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role)
     select namespace_id, id, 'user', ?, 'cc'::stakeholder_connection, 'requester'::stakeholder_role from created
     union all
     select namespace_id, id, 'group', ?, 'assigned', 'actioner' from created where id % 2 = 0`,
    [t.api.services.namespace.id, userId('john'), BULK_TICKETS, userId('john'), groupId('WST')],
  );
});

const listIds = async (login: DemoLogin, input: Parameters<ReturnType<typeof t.caller>['tickets']['list']>[0] = {}) =>
  (await t.caller(login).tickets.list(input)).items.map((item) => item.id);

describe('tickets.list: what each viewer sees', () => {
  it('a requester sees only their own tickets, and the total counts only those', async () => {
    const page = await t.caller('rita').tickets.list({});
    expect(page.items.map((i) => i.id).sort()).toEqual([ids.ritaPlain, ids.ritaReviewed, ids.ritaClosed].sort());
    expect(page.total).toBe(3);
    expect(page.nextCursor).toBeNull();
    // Filtering by a group that is on other tickets too reveals nothing more.
    const withWrt = await t.caller('rita').tickets.list({ stakeholder: { kind: 'group', id: groupId('WRT') } });
    expect(withWrt.total).toBe(3);
  });

  it('a results team member sees the tickets the team is on (myGroups), but not the Delegates’ or John’s', async () => {
    const expected = [ids.ritaPlain, ids.ritaReviewed, ids.ritaClosed, ids.anasOwn].sort();
    const mine = await t.caller('ben').tickets.list({ myGroups: true });
    expect(mine.items.map((i) => i.id).sort()).toEqual(expected);
    expect(mine.total).toBe(4);
    const everything = await t.caller('ben').tickets.list({});
    expect(everything.total).toBe(4);
    expect(await listIds('ben', { types: ['delegate-request'] })).toEqual([]);
  });

  it('a Delegate sees the Delegates’ ticket through their group', async () => {
    expect(await listIds('dora', { myGroups: true })).toEqual([ids.johnsDelegate]);
    expect(await listIds('dora', { mine: true })).toEqual([]);
  });

  it('the site admin sees every ticket', async () => {
    const [{ count } = { count: -1 }] = await em().execute<{ count: number }[]>('select count(*)::int as count from tickets');
    const page = await t.caller('sam').tickets.list({ limit: 100 });
    expect(page.total).toBe(count);
    expect(page.total).toBeGreaterThan(BULK_TICKETS);
    expect(await listIds('sam', { types: ['delegate-request'] })).toEqual([ids.johnsDelegate]);
  });

  it('shows each ticket with its status, creator and active assignees, named from the directory', async () => {
    const page = await t.caller('ana').tickets.list({ sort: 'id', direction: 'asc' });
    const plain = page.items.find((i) => i.id === ids.ritaPlain)!;
    expect(plain).toMatchObject({
      type: 'plain-request',
      typeTitle: 'Plain request',
      title: 'Misspelled name',
      state: 'open',
      status: { id: 2, name: 'In progress', category: 'in_progress', icon: 'status-running' },
      version: 2,
      createdBy: { userId: userId('rita'), name: 'Rita Lopes' },
      closedAt: null,
    });
    expect(plain.assignees).toEqual([{ kind: 'group', id: groupId('WRT'), name: 'WRT' }]);
    const reviewed = page.items.find((i) => i.id === ids.ritaReviewed)!;
    expect(reviewed.assignees.map((a) => a.name)).toEqual(['WRT', 'Ana Kowalska']);
    expect(reviewed.status.name).toBe('Under review');
    const closed = page.items.find((i) => i.id === ids.ritaClosed)!;
    expect(closed).toMatchObject({ state: 'closed', status: { name: 'Done' } });
    expect(Date.parse(closed.closedAt!)).not.toBeNaN();
  });
});

describe('tickets.list: filters', () => {
  it('by state', async () => {
    expect(await listIds('ana', { state: 'closed' })).toEqual([ids.ritaClosed]);
    expect((await listIds('ana', { state: 'open' })).sort()).toEqual([ids.ritaPlain, ids.ritaReviewed, ids.anasOwn].sort());
  });

  it('by status id', async () => {
    expect(await listIds('ana', { statusIds: [2] })).toEqual([ids.ritaPlain]);
    expect((await listIds('ana', { statusIds: [1, 3] })).sort()).toEqual([ids.ritaClosed, ids.anasOwn].sort());
  });

  it('by category, across lifecycles (In progress and Under review are both in progress)', async () => {
    expect((await listIds('ana', { categories: ['in_progress'] })).sort()).toEqual([ids.ritaPlain, ids.ritaReviewed].sort());
    expect(await listIds('ana', { categories: ['done', 'canceled'] })).toEqual([ids.ritaClosed]);
    expect(await listIds('ana', { categories: ['triage'] })).toEqual([]);
  });

  it('by type', async () => {
    expect(await listIds('ana', { types: ['reviewed-request'] })).toEqual([ids.ritaReviewed]);
  });

  it('by stakeholder: a user or a group', async () => {
    expect(await listIds('sam', { stakeholder: { kind: 'group', id: groupId('Delegates') } })).toEqual([ids.johnsDelegate]);
    expect((await listIds('sam', { stakeholder: { kind: 'user', id: userId('rita') } })).sort()).toEqual(
      [ids.ritaPlain, ids.ritaReviewed, ids.ritaClosed].sort(),
    );
    // An inactive (handed-on) stakeholder still counts: the ticket is part of their story.
    expect(await listIds('sam', { stakeholder: { kind: 'user', id: userId('ben') } })).toEqual([ids.ritaPlain]);
  });

  it('mine: the viewer’s own user is a stakeholder', async () => {
    expect(await listIds('ana', { mine: true })).toEqual([ids.ritaReviewed, ids.anasOwn]);
  });

  it('filters combine', async () => {
    expect(await listIds('ana', { state: 'open', types: ['plain-request'], myGroups: true })).toEqual([ids.ritaPlain, ids.anasOwn]);
    const page = await t.caller('ana').tickets.list({ state: 'open', mine: true });
    expect(page.total).toBe(2);
  });
});

describe('tickets.list: order and pages', () => {
  it('sorts by last update (newest first by default), by creation or by id, either way', async () => {
    expect(await listIds('ana')).toEqual([ids.ritaPlain, ids.ritaClosed, ids.ritaReviewed, ids.anasOwn]);
    expect(await listIds('ana', { sort: 'created', direction: 'desc' })).toEqual([ids.anasOwn, ids.ritaClosed, ids.ritaReviewed, ids.ritaPlain]);
    expect(await listIds('ana', { sort: 'id', direction: 'asc' })).toEqual([ids.ritaPlain, ids.ritaReviewed, ids.ritaClosed, ids.anasOwn]);
  });

  it('paging with the cursor returns every visible ticket exactly once, in order, even when timestamps tie', async () => {
    const orders = [
      { sort: 'updated', direction: 'desc', sql: 't.updated_at desc, t.id desc' },
      { sort: 'created', direction: 'asc', sql: 't.created_at asc, t.id asc' },
      { sort: 'id', direction: 'desc', sql: 't.id desc' },
    ] as const;
    for (const order of orders) {
      const seen: number[] = [];
      let cursor: string | undefined;
      let pages = 0;
      // Bounded, so a cursor that never advances fails the test instead of hanging it.
      while (pages < 50) {
        const page = await t.client('john').tickets.list.query({ sort: order.sort, direction: order.direction, limit: 13, ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(BULK_TICKETS + 1);
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor ?? undefined;
        pages++;
        if (!cursor) break;
      }
      expect(pages).toBe(Math.ceil((BULK_TICKETS + 1) / 13));
      expect(seen).toEqual(await idsVisibleTo('john', order.sql));
    }
  });

  it('pages hold 25 tickets by default and at most 100; asking for 101 is refused with a message', async () => {
    const first = await t.client('john').tickets.list.query({});
    expect(first.items).toHaveLength(25);
    expect(first.nextCursor).not.toBeNull();
    expect((await t.client('john').tickets.list.query({ limit: 100 })).items).toHaveLength(100);
    const refused = await failureOf(t.client('john').tickets.list.query({ limit: 101 }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.data.fieldErrors).toEqual([{ path: 'limit', message: expect.stringMatching(/at most 100 tickets/) }]);
  });

  it('refuses a cursor that was not handed out, was edited, or belongs to another order', async () => {
    const john = t.client('john');
    const { nextCursor } = await john.tickets.list.query({ limit: 5 });
    const cases = [
      'not-a-cursor!',
      nextCursor!.slice(0, -3),
      encodeCursor({ sort: 'updated', direction: 'desc', at: '2026-02-31T10:00:00.000000Z', id: 5 }),
      encodeCursor({ sort: 'updated', direction: 'desc', at: "2026-01-01'; drop table tickets; --", id: 5 }),
      encodeCursor({ sort: 'updated', direction: 'desc', at: null, id: 5 }),
    ];
    for (const cursor of cases) {
      const refused = await failureOf(john.tickets.list.query({ cursor }));
      expect(refused.code, cursor).toBe('BAD_REQUEST');
      expect(refused.data.fieldErrors).toEqual([{ path: 'cursor', message: expect.stringMatching(/not one this API handed out/) }]);
    }
    const otherOrder = await failureOf(john.tickets.list.query({ cursor: nextCursor!, sort: 'created' }));
    expect(otherOrder.code).toBe('BAD_REQUEST');
    expect(otherOrder.message).toMatch(/sorted by updated \(desc\), not by created \(desc\)/);
  });
});

describe('tickets.list: cost', () => {
  it('sends the same number of SQL queries for a page of 1 ticket and a page of 100', async () => {
    const john = t.caller('john');
    t.queries.length = 0;
    const one = await john.tickets.list({ limit: 1 });
    const forOne = t.queries.length;
    t.queries.length = 0;
    const hundred = await john.tickets.list({ limit: 100 });
    const forHundred = t.queries.length;
    expect(one.items).toHaveLength(1);
    expect(hundred.items).toHaveLength(100);
    expect(hundred.items.filter((i) => i.assignees.length > 0).length).toBeGreaterThan(40);
    expect(forHundred).toBe(forOne);
  });
});
