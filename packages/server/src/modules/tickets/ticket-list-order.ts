import { CATEGORY_ORDER, type Status } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { exactTimestampSql } from '../pagination/exact-timestamp.js';
import { effectiveStatusSql } from '../statuses/effective-status-sql.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import type { SortDirection, TicketListCursor, TicketSort } from './ticket-list-cursor.js';

/** The catalog's statuses as a list sorts by status and its filter offers them: by category (triage first), then position. */
export function statusesInListOrder(catalog: StatusCatalog): Status[] {
  return [...catalog.statuses].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || a.position - b.position || a.id - b.id);
}

const SORT_COLUMN = { updated: 't.updated_at', created: 't.created_at' } as const;
const AFTER: Record<SortDirection, Statement> = { asc: sql`>`, desc: sql`<` };
const DIRECTION: Record<SortDirection, Statement> = { asc: sql`asc`, desc: sql`desc` };

/**
 * A list's order as SQL on `tickets t`: what to order by, the keyset condition after a cursor, and
 * the values a row's cursor keeps. By status, a ticket's rank is its effective status's place in the
 * catalog (category order — triage, to do, in progress, done, canceled — then the status's
 * position), so statuses of one category stay together whatever lifecycle they come from; a status
 * the catalog does not know yet goes last.
 */
export class TicketListOrder {
  private readonly rankSql: Statement;

  constructor(
    private readonly sort: TicketSort,
    private readonly direction: SortDirection,
    catalog: StatusCatalog,
  ) {
    const ranked = statusesInListOrder(catalog).map((status) => status.id);
    this.rankSql = sql`coalesce(array_position(${sql.list(ranked, 'int')}, ${effectiveStatusSql(catalog)}), ${ranked.length + 1})::int`;
  }

  orderBy(): Statement {
    const dir = DIRECTION[this.direction];
    if (this.sort === 'id') return sql`t.id ${dir}`;
    if (this.sort === 'status') return sql`sort_rank ${dir}, t.id ${dir}`;
    return sql`${sql.raw(SORT_COLUMN[this.sort])} ${dir}, t.id ${dir}`;
  }

  /** The columns a row's cursor is made from: `sort_at` (a timestamp or null) and `sort_rank` (by status, else null). */
  sortColumns(): Statement {
    const at = this.sort === 'updated' || this.sort === 'created' ? sql.raw(exactTimestampSql(SORT_COLUMN[this.sort])) : sql`null`;
    const rank = this.sort === 'status' ? this.rankSql : sql`null::int`;
    return sql`${at} as sort_at, ${rank} as sort_rank`;
  }

  /** Rows after the cursor in the list's order; the id breaks ties. */
  after(cursor: TicketListCursor): Statement {
    const op = AFTER[cursor.direction];
    if (cursor.sort === 'status' && cursor.rank !== undefined) return sql`(${this.rankSql}, t.id) ${op} (${cursor.rank}, ${cursor.id})`;
    if (cursor.sort === 'id' || cursor.sort === 'status' || cursor.at === null) return sql`t.id ${op} ${cursor.id}`;
    return sql`(${sql.raw(SORT_COLUMN[cursor.sort])}, t.id) ${op} (${cursor.at}::timestamptz, ${cursor.id})`;
  }
}
