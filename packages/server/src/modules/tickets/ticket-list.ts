import type { PrincipalLabel, PrincipalRef, TicketState } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { TicketStakeholderRow } from '../../db/rows/ticket-stakeholders-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import { labelLookup } from '../../directory/label-lookup.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { encodeCursor } from '../pagination/page-cursor.js';
import { exactTimestampSql } from '../pagination/exact-timestamp.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { statusView, type StatusView, unknownStatusView } from '../statuses/status-view.js';
import { type SortDirection, type TicketListCursor, type TicketSort } from './ticket-list-cursor.js';
import { type TicketListFilters, ticketListConditions } from './ticket-list-filters.js';
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
  /** How many tickets match the filters that the viewer may see, over all pages. */
  total: number;
}

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
});
const Counted = z.object({ total: z.number() });
const AssigneeRow = TicketStakeholderRow.pick({ ticket_id: true, principal_kind: true, principal_id: true });

const SORT_COLUMN: Record<Exclude<TicketSort, 'id'>, string> = { updated: 't.updated_at', created: 't.created_at' };
const AFTER: Record<SortDirection, Statement> = { asc: sql`>`, desc: sql`<` };
const DIRECTION: Record<SortDirection, Statement> = { asc: sql`asc`, desc: sql`desc` };

/** Rows after the cursor in the list's order; the id breaks ties between equal timestamps. */
function afterCursor(cursor: TicketListCursor): Statement {
  const op = AFTER[cursor.direction];
  if (cursor.sort === 'id' || cursor.at === null) return sql`t.id ${op} ${cursor.id}`;
  return sql`(${sql.raw(SORT_COLUMN[cursor.sort])}, t.id) ${op} (${cursor.at}::timestamptz, ${cursor.id})`;
}

function orderBy(sort: TicketSort, direction: SortDirection): Statement {
  const dir = DIRECTION[direction];
  return sort === 'id' ? sql`t.id ${dir}` : sql`${sql.raw(SORT_COLUMN[sort])} ${dir}, t.id ${dir}`;
}

/**
 * One page of the tickets the viewer may see, narrowed by the filters, in keyset order. Visibility is
 * part of the SQL of both the page and the count, so neither reveals a hidden ticket. The cost is a
 * fixed number of queries whatever the page size: the catalog, the page, the count, the page's
 * assignees, and one directory call naming every creator and assignee.
 */
export async function listTickets(ctx: AuthedContext, query: TicketListQuery): Promise<TicketListPage> {
  const namespaceId = ctx.services.namespace.id;
  const catalog = await StatusCatalog.load(ctx.em, namespaceId);
  const matching = sql.and([sql`t.namespace_id = ${namespaceId}`, visibleToViewer(ctx.viewer), ...ticketListConditions(query, ctx.viewer, catalog)]);
  const page = sql.and([matching, ...(query.cursor ? [afterCursor(query.cursor)] : [])]);
  const sortAt = query.sort === 'id' ? sql`null` : sql.raw(exactTimestampSql(SORT_COLUMN[query.sort]));

  const db = sqlOf(ctx.em);
  const [rows, counted] = await Promise.all([
    db.rows(
      // One row more than asked tells whether another page follows.
      sql`select t.id, t.type, t.title, t.state, t.status_id, t.version, t.created_by_user_id, t.created_at, t.updated_at, t.closed_at,
              ${sortAt} as sort_at
         from tickets t
        where ${page}
        order by ${orderBy(query.sort, query.direction)}
        limit ${query.limit + 1}`,
      ListedRow,
    ),
    db.one(sql`select count(*)::int as total from tickets t where ${matching}`, Counted),
  ]);
  const shown = rows.slice(0, query.limit);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor({ sort: query.sort, direction: query.direction, at: last.sort_at, id: last.id } satisfies TicketListCursor)
      : null;

  const assigned = await loadActiveAssignees(ctx, shown.map((row) => row.id));
  const creators: PrincipalRef[] = shown.map((row) => ({ kind: 'user', id: row.created_by_user_id }));
  const label = labelLookup(await ctx.directory.labels([...creators, ...[...assigned.values()].flat()]));

  const items = shown.map((row): TicketListItem => {
    const status = catalog.status(catalog.effectiveStatusId(row.status_id, row.type));
    return {
      id: row.id,
      type: row.type,
      typeTitle: ctx.services.ticketTypes.find(row.type)?.title ?? row.type,
      title: row.title,
      state: row.state,
      status: status ? statusView(status) : unknownStatusView(row.status_id, row.state),
      version: row.version,
      createdAt: isoTimestamp(row.created_at),
      updatedAt: isoTimestamp(row.updated_at),
      closedAt: isoTimestampOrNull(row.closed_at),
      createdBy: { userId: row.created_by_user_id, name: label({ kind: 'user', id: row.created_by_user_id }).name },
      assignees: (assigned.get(row.id) ?? []).map(label),
    };
  });
  return { items, nextCursor, total: counted.total };
}

/** The active assigned stakeholders of some tickets, in the order they were added: one query. */
async function loadActiveAssignees(ctx: AuthedContext, ticketIds: readonly number[]): Promise<Map<number, PrincipalRef[]>> {
  const byTicket = new Map<number, PrincipalRef[]>();
  if (ticketIds.length === 0) return byTicket;
  const rows = await sqlOf(ctx.em).rows(
    sql`select ticket_id, principal_kind, principal_id from ticket_stakeholders
      where ticket_id = any(${sql.list(ticketIds, 'int')}) and is_active and connection = 'assigned'
      order by id`,
    AssigneeRow,
  );
  for (const row of rows) {
    const refs = byTicket.get(row.ticket_id) ?? [];
    refs.push({ kind: row.principal_kind, id: row.principal_id });
    byTicket.set(row.ticket_id, refs);
  }
  return byTicket;
}
