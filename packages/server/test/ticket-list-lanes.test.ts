import { type Category, SYSTEM_STATUSES, type TicketState } from '@tickets/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS } from '../src/seed/demo-directory.js';
import { type DemoLogin, startTestApi, userId } from './support/test-api.js';

// Lists walk per-principal lanes and merge them (ticket-list-lanes.ts). This checks the merge against
// the plain definition, computed here from the tables: for random viewers, filters, page sizes and
// orders, paging to the end yields exactly the visible, matching tickets, in order, each once.

const t = await startTestApi();
const em = () => t.api.services.orm.em.fork();
const namespaceId = t.api.services.namespace.id;

const TYPES = ['plain-request', 'lane-alpha', 'lane-beta'] as const;
const VIEWERS: readonly DemoLogin[] = ['sam', 'rita', 'ana', 'ben', 'dora', 'wes', 'john'];
const TICKETS = 400;

interface Ticket {
  id: number;
  state: TicketState;
  statusId: number;
  type: string;
  updatedAt: string;
  principals: Set<string>;
}

let tickets: Ticket[] = [];
/** Each viewer's principals as `kind:id`. */
const principalsOf = new Map<DemoLogin, Set<string>>();

beforeAll(async () => {
  // Ana is in three groups, so her lanes merge several principals that share tickets.
  await em().execute(`insert into group_memberships (group_id, user_id) values (?, ?), (?, ?) on conflict do nothing`, [
    DEMO_GROUPS[1].id, userId('ana'), DEMO_GROUPS[3].id, userId('ana'),
  ]);
  // Statuses 1–3 are open, 4–5 closed (the system lifecycle); timestamps repeat so ties need the id.
  await em().execute(
    `with created as (
       insert into tickets (namespace_id, type, title, state, status_id, created_by_user_id, created_at, updated_at)
       select ?, (array['plain-request','lane-alpha','lane-beta'])[1 + (g * 7) % 3], 'Lane ' || g,
              (case when s <= 3 then 'open' else 'closed' end)::ticket_state, s, ?, now(), now() - ((g * 37) % 50) * interval '1 millisecond'
         from generate_series(1, ?) g, lateral (select 1 + (g * 13) % 5 as s) st
       returning id)
     insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role, is_active)
     select ?, c.id, p.kind, p.id, 'cc', 'actioner', (c.id + p.id) % 4 <> 0
       from created c
       cross join (values ('user', ?), ('user', ?), ('user', ?), ('group', 1), ('group', 2), ('group', 4)) as p(kind, id)
      where (c.id * 31 + p.id * 17 + length(p.kind)) % 5 < 2`,
    [namespaceId, userId('rita'), TICKETS, namespaceId, userId('rita'), userId('john'), userId('ben')],
  );
  // A ticket changed after it was filed moves in every lane it is in.
  await em().execute(`update tickets set updated_at = now() + interval '1 second', state = 'closed', status_id = 4 where id in (select id from tickets order by id desc limit 3)`);

  const rows = await em().execute<{ id: number; state: TicketState; status_id: number; type: string; updated_at: string; principals: string[] }[]>(
    `select t.id, t.state, t.status_id, t.type, to_char(t.updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as updated_at,
            coalesce(array_agg(s.principal_kind || ':' || s.principal_id) filter (where s.id is not null), '{}') as principals
       from tickets t left join ticket_stakeholders s on s.ticket_id = t.id
      where t.namespace_id = ? group by t.id`,
    [namespaceId],
  );
  tickets = rows.map((r) => ({ id: r.id, state: r.state, statusId: r.status_id, type: r.type, updatedAt: r.updated_at, principals: new Set(r.principals) }));
  const memberships = await em().execute<{ user_id: number; group_id: number }[]>(`select user_id, group_id from group_memberships`);
  for (const login of VIEWERS) {
    const id = userId(login);
    principalsOf.set(login, new Set([`user:${id}`, ...memberships.filter((m) => m.user_id === id).map((m) => `group:${m.group_id}`)]));
  }
});

interface Filters {
  state?: TicketState;
  statusIds?: number[];
  categories?: Category[];
  types?: string[];
  mine?: boolean;
  myGroups?: boolean;
  stakeholder?: { kind: 'user' | 'group'; id: number };
}

function expected(login: DemoLogin, filters: Filters, direction: 'asc' | 'desc'): number[] {
  const own = `user:${userId(login)}`;
  const mine = principalsOf.get(login)!;
  const groups = [...mine].filter((p) => p !== own);
  const category = new Map(SYSTEM_STATUSES.map((s) => [s.id, s.category]));
  const seen = tickets.filter(
    (ticket) =>
      (login === 'sam' || [...mine].some((p) => ticket.principals.has(p))) &&
      (!filters.state || ticket.state === filters.state) &&
      (!filters.statusIds?.length || filters.statusIds.includes(ticket.statusId)) &&
      (!filters.categories?.length || filters.categories.includes(category.get(ticket.statusId)!)) &&
      (!filters.types?.length || filters.types.includes(ticket.type)) &&
      (!filters.mine || ticket.principals.has(own)) &&
      (!filters.myGroups || groups.some((g) => ticket.principals.has(g))) &&
      (!filters.stakeholder || ticket.principals.has(`${filters.stakeholder.kind}:${filters.stakeholder.id}`)),
  );
  const sign = direction === 'desc' ? -1 : 1;
  seen.sort((a, b) => sign * (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id - b.id));
  return seen.map((ticket) => ticket.id);
}

const oneFilter: fc.Arbitrary<Filters> = fc.oneof(
  fc.constantFrom<TicketState>('open', 'closed').map((state) => ({ state })),
  fc.subarray([1, 2, 3, 4, 5], { minLength: 1 }).map((statusIds) => ({ statusIds })),
  fc.subarray<Category>(['triage', 'to_do', 'in_progress', 'done', 'canceled'], { minLength: 1 }).map((categories) => ({ categories })),
  fc.subarray([...TYPES], { minLength: 1 }).map((types) => ({ types })),
  fc.constant({ mine: true }),
  fc.constant({ myGroups: true }),
  fc.oneof(
    fc.constantFrom(...(['rita', 'john', 'ben'] as const)).map((login) => ({ kind: 'user' as const, id: userId(login) })),
    fc.constantFrom(1, 2, 4).map((id) => ({ kind: 'group' as const, id })),
  ).map((stakeholder) => ({ stakeholder })),
);
/** Up to three filters at once: more would rarely leave a ticket to list. */
const filtersArb: fc.Arbitrary<Filters> = fc.array(oneFilter, { maxLength: 3 }).map((parts) => Object.assign({}, ...parts) as Filters);

describe('tickets.list in update order: the merged lanes are the list', () => {
  it('pages through exactly the visible, matching tickets, in order, each once, with an exact total below the bound', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Ana's lanes overlap (three groups): she comes up most.
        fc.oneof(fc.constant<DemoLogin>('ana'), fc.constantFrom(...VIEWERS)),
        filtersArb,
        fc.integer({ min: 10, max: 100 }),
        fc.constantFrom<'asc' | 'desc'>('asc', 'desc'),
        async (login, filters, limit, direction) => {
          const want = expected(login, filters, direction);
          const got: number[] = [];
          let cursor: string | undefined;
          let total: number | undefined;
          do {
            const page = await t.client(login).tickets.list.query({ ...filters, limit, direction, ...(cursor ? { cursor } : {}) });
            got.push(...page.items.map((item) => item.id));
            total ??= page.total;
            expect(page.totalExact).toBe(true);
            cursor = page.nextCursor ?? undefined;
          } while (cursor && got.length <= want.length);
          expect(got).toEqual(want);
          expect(total).toBe(want.length);
        },
      ),
      { numRuns: 60 },
    );
    // Many pages of many lists: on a busy machine this takes a while, and it waits for nothing but answers.
  }, 300_000);
});
