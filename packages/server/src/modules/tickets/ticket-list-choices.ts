import { sql } from '@tickets/sql';
import { z } from 'zod';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { statusView, type StatusView } from '../statuses/status-view.js';
import { readerWords } from '../ticket-types/reader-words.js';
import { statusesInListOrder } from './ticket-list-order.js';
import { visibleToViewer } from './visibility-sql.js';

/** A type a list can be narrowed to, with how many tickets of it the viewer may see. */
export interface TypeChoice {
  key: string;
  /** In the reader's language. */
  title: string;
  tickets: number;
}

/** A status a list can be narrowed to, with how many tickets on it the viewer may see. */
export interface StatusChoice extends StatusView {
  tickets: number;
}

/** What the list's filters offer: every installed type and every status their lifecycles use, whatever page is loaded. */
export interface TicketListChoices {
  /** By title. */
  types: TypeChoice[];
  /** In the order statuses sort by: category (triage first), then position. */
  statuses: StatusChoice[];
}

const CountRow = TicketRow.pick({ status_id: true, type: true }).extend({ tickets: z.number() });

/**
 * The types and statuses a ticket list's filters offer, with counts of the tickets the viewer may
 * see — visibility is in the SQL, as in the list, so a count never says a hidden ticket exists.
 * A type with no ticket yet is offered (types are no secret: anyone may file one); so is every
 * status of an installed type's lifecycle, plus any status tickets are on. One grouped query
 * (tickets by status and type) whatever the number of tickets' pages.
 */
export async function ticketListChoices(ctx: AuthedContext): Promise<TicketListChoices> {
  const namespaceId = ctx.services.namespace.id;
  const catalog = await StatusCatalog.current(ctx.em, namespaceId);
  const rows = await sqlOf(ctx.em).rows(
    sql`select t.status_id, t.type, count(*)::int as tickets from tickets t
         where t.namespace_id = ${namespaceId} and ${visibleToViewer(ctx.viewer)} group by t.status_id, t.type`,
    CountRow,
  );
  const words = readerWords(ctx);
  const installed = ctx.services.ticketTypes.all.map((definition) => definition.type);

  const byType = new Map<string, number>(installed.map((type) => [type, 0]));
  /** Status id → tickets on it, and the type whose reader words name it (the one with the most tickets there). */
  const byStatus = new Map<number, { tickets: number; type: string | null; most: number }>();
  const status = (id: number) => {
    let entry = byStatus.get(id);
    if (!entry) byStatus.set(id, (entry = { tickets: 0, type: null, most: -1 }));
    return entry;
  };
  for (const type of installed) for (const s of catalog.lifecycleFor(type).statuses) {
    const entry = status(s.id);
    if (entry.type === null) entry.type = type;
  }
  for (const row of rows) {
    byType.set(row.type, (byType.get(row.type) ?? 0) + row.tickets);
    const entry = status(catalog.effectiveStatusId(row.status_id, row.type));
    entry.tickets += row.tickets;
    if (row.tickets > entry.most) Object.assign(entry, { type: row.type, most: row.tickets });
  }

  const types = [...byType].map(([key, tickets]) => ({ key, title: words.typeTitle(key), tickets })).sort((a, b) => a.title.localeCompare(b.title));
  const statuses = statusesInListOrder(catalog).flatMap((known): StatusChoice[] => {
    const entry = byStatus.get(known.id);
    if (!entry) return [];
    return [{ ...(entry.type === null ? statusView(known) : words.statusView(entry.type, known)), tickets: entry.tickets }];
  });
  return { types, statuses };
}
