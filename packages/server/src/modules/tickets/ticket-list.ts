import { LIMITS, type PrincipalLabel, type PrincipalRef, type TicketState } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { pgJson } from '../../db/rows/pg-values.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import { labelLookup } from '../../directory/label-lookup.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { encodeCursor } from '../pagination/page-cursor.js';
import { exactTimestampSql } from '../pagination/exact-timestamp.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { type StatusView, unknownStatusView } from '../statuses/status-view.js';
import { readerWords } from '../ticket-types/reader-words.js';
import { type SortDirection, type TicketListCursor, type TicketSort } from './ticket-list-cursor.js';
import { TicketListOrder } from './ticket-list-order.js';
import { type TicketListFilters, ticketListConditions } from './ticket-list-filters.js';
import { type LanePlan, laneRows, planTicketList } from './ticket-list-lanes.js';
import { visibleToViewer } from './visibility-sql.js';

export interface TicketListQuery extends TicketListFilters {
  sort: TicketSort;
  direction: SortDirection;
  limit: number;
  cursor?: TicketListCursor | undefined;
}

export interface TicketListItem {
  id: number;
  type: string;
  typeTitle: string;
  title: string;
  state: TicketState;
  status: StatusView;
  version: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  createdBy: { userId: number; name: string };
  /** The active assigned stakeholders: who is responsible now. */
  assignees: PrincipalLabel[];
}

export interface TicketListPage {
  items: TicketListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
  /**
   * How many tickets match the filters that the viewer may see, over all pages, counted up to
   * `LIMITS.listCountBound + 1`: past it `totalExact` is false and `total` is the bound ("1,000+").
   */
  total: number;
  totalExact: boolean;
}

const TOTAL_COUNT_BOUND = LIMITS.listCountBound;

const ListedRow = TicketRow.pick({
  id: true,
  type: true,
  title: true,
  state: true,
  status_id: true,
  version: true,
  created_by_user_id: true,
  created_at: true,
  updated_at: true,
  closed_at: true,
}).extend({
  /** The sort column's exact value, for the next page's cursor. */
  sort_at: z.string().nullable(),
  /** By status: the row's status rank, for the next page's cursor. */
  sort_rank: z.number().nullable(),
  /** The active assigned stakeholders, in the order they were added. */
  assignees: pgJson<PrincipalRef[]>(),
});
type ListedRowValue = z.infer<typeof ListedRow>;
const Counted = z.object({ total: z.number() });
const DIRECTION: Record<SortDirection, Statement> = { asc: sql`asc`, desc: sql`desc` };

const LISTED_COLUMNS = sql`t.id, t.type, t.title, t.state, t.status_id, t.version, t.created_by_user_id, t.created_at, t.updated_at, t.closed_at,
  coalesce((select json_agg(json_build_object('kind', s.principal_kind, 'id', s.principal_id) order by s.id)
              from ticket_stakeholders s where s.ticket_id = t.id and s.is_active and s.connection = 'assigned'), '[]') as assignees`;

interface ListStatements {
  page: Statement;
  count: Statement;
}

/**
 * The page and the bounded count in update order: merged lanes (see ticket-list-lanes.ts), so both
 * cost the same at a million tickets as at ten thousand.
 */
function laneStatements(namespaceId: number, plan: LanePlan, query: TicketListQuery): ListStatements {
  const after = query.cursor && query.cursor.at !== null ? { at: query.cursor.at, id: query.cursor.id } : undefined;
  const rows = laneRows(namespaceId, plan, { after, direction: query.direction, take: query.limit + 1 });
  return {
    page: sql`select ${LISTED_COLUMNS}, ${sql.raw(exactTimestampSql('t.updated_at'))} as sort_at, null::int as sort_rank
                from (${rows}) page join tickets t on t.id = page.ticket_id
               order by page.updated_at ${DIRECTION[query.direction]}, page.ticket_id ${DIRECTION[query.direction]}`,
    count: sql`select count(*)::int as total from (${laneRows(namespaceId, plan, { direction: 'desc', take: TOTAL_COUNT_BOUND + 1 })}) c`,
  };
}

/**
 * Other orders (created, status, id), and any order with a search, walk the matching tickets in
 * that order and test each one (a search starts from the words' index, so it has few to test).
 */
function scanStatements(ctx: AuthedContext, catalog: StatusCatalog, query: TicketListQuery): ListStatements {
  const order = new TicketListOrder(query.sort, query.direction, catalog);
  const matching = sql.and([sql`t.namespace_id = ${ctx.services.namespace.id}`, visibleToViewer(ctx.viewer), ...ticketListConditions(query, ctx.viewer, catalog)]);
  const page = sql.and([matching, ...(query.cursor ? [order.after(query.cursor)] : [])]);
  return {
    // One row more than asked tells whether another page follows.
    page: sql`select ${LISTED_COLUMNS}, ${order.sortColumns()} from tickets t where ${page}
               order by ${order.orderBy()} limit ${query.limit + 1}`,
    count: sql`select count(*)::int as total from (select 1 from tickets t where ${matching} limit ${TOTAL_COUNT_BOUND + 1}) c`,
  };
}

/**
 * One page of the tickets the viewer may see, narrowed by the filters, in keyset order. Visibility is
 * part of the SQL of both the page and the count, so neither reveals a hidden ticket. The cost is a
 * fixed number of queries whatever the page size: the catalog's version, the page (with its
 * assignees) and the bounded count beside it, and one directory call naming every creator and assignee.
 */
export async function listTickets(ctx: AuthedContext, query: TicketListQuery): Promise<TicketListPage> {
  const namespaceId = ctx.services.namespace.id;
  // The catalog is read before the page (its filters name statuses), so a page can be newer than
  // it: a ticket moved meanwhile to a status created meanwhile. Such a page is read again with the
  // catalog as it is then, rarely more than once.
  for (let attempt = 1; ; attempt += 1) {
    const catalog = await StatusCatalog.current(ctx.em, namespaceId);
    const planned = planTicketList(query, ctx.viewer, catalog);
    if (planned.kind === 'nothing') return { items: [], nextCursor: null, total: 0, totalExact: true };
    const searching = query.search !== undefined && query.search.trim() !== '';
    const statements = query.sort === 'updated' && !searching ? laneStatements(namespaceId, planned.plan, query) : scanStatements(ctx, catalog, query);
    const db = sqlOf(ctx.em);
    const [rows, counted] = await Promise.all([db.rows(statements.page, ListedRow), db.one(statements.count, Counted)]);
    const shown = rows.slice(0, query.limit);
    const newerThanCatalog = shown.some((row) => !catalog.status(catalog.effectiveStatusId(row.status_id, row.type)));
    if (newerThanCatalog && attempt < CONSISTENT_READ_ATTEMPTS) continue;
    return pageOf(ctx, query, catalog, rows, counted.total);
  }
}

/** How often a list starts again when its page is newer than its catalog, before it answers with what it has. */
const CONSISTENT_READ_ATTEMPTS = 3;

async function pageOf(ctx: AuthedContext, query: TicketListQuery, catalog: StatusCatalog, rows: readonly ListedRowValue[], total: number): Promise<TicketListPage> {
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({
          sort: query.sort,
          direction: query.direction,
          at: last.sort_at,
          ...(query.sort === 'status' && last.sort_rank !== null ? { rank: last.sort_rank } : {}),
          id: last.id,
        } satisfies TicketListCursor)
      : null;

  const creators: PrincipalRef[] = shown.map((row) => ({ kind: 'user', id: row.created_by_user_id }));
  const label = labelLookup(await ctx.directory.labels([...creators, ...shown.flatMap((row) => row.assignees)]));

  const words = readerWords(ctx);
  const items = shown.map((row): TicketListItem => {
    const status = catalog.status(catalog.effectiveStatusId(row.status_id, row.type));
    return {
      id: row.id,
      type: row.type,
      typeTitle: words.typeTitle(row.type),
      title: row.title,
      state: row.state,
      status: status ? words.statusView(row.type, status) : unknownStatusView(row.status_id, row.state),
      version: row.version,
      createdAt: isoTimestamp(row.created_at),
      updatedAt: isoTimestamp(row.updated_at),
      closedAt: isoTimestampOrNull(row.closed_at),
      createdBy: { userId: row.created_by_user_id, name: label({ kind: 'user', id: row.created_by_user_id }).name },
      assignees: row.assignees.map(label),
    };
  });
  const exact = total <= TOTAL_COUNT_BOUND;
  return { items, nextCursor, total: exact ? total : TOTAL_COUNT_BOUND, totalExact: exact };
}
