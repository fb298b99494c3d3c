import { DomainError, LIMITS } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { pgJson } from '../../db/rows/pg-values.js';
import { namingField, refusingField } from '../../input/invalid-fields.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp } from '../../db/timestamps.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { encodeCursor } from '../pagination/page-cursor.js';
import { ExactTimestamp, exactTimestampSql } from '../pagination/exact-timestamp.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { statusView, type StatusView } from '../statuses/status-view.js';
import { readerWords } from '../ticket-types/reader-words.js';
import { visibleToViewer } from './visibility-sql.js';

/** Where a queue group's next page starts: the last row's exact update time and id. */
export const QueueCursor = z.strictObject({ at: ExactTimestamp, id: z.number().int().positive().max(2_147_483_647) });
export type QueueCursor = z.infer<typeof QueueCursor>;

/** Whose tickets: held by the viewer, held by nobody, or all (held means an active assigned person). */
export const QueueHolder = z.enum(['me', 'nobody']);

export interface TicketQueueQuery {
  type: string;
  holder?: z.infer<typeof QueueHolder> | undefined;
  /** Only this status's group (for its next page, with `cursor`). */
  statusId?: number | undefined;
  cursor?: QueueCursor | undefined;
  limit: number;
}

/** Who holds a ticket: its most recently assigned active person, and since when. */
export interface QueueHolderView {
  userId: number;
  name: string;
  since: string;
}

export interface QueueItem {
  id: number;
  title: string;
  updatedAt: string;
  holder: QueueHolderView | null;
}

export interface QueueGroup {
  status: StatusView;
  items: QueueItem[];
  nextCursor: string | null;
  /** Exact up to the list bound; past it `totalExact` is false (show "1,000+"). */
  total: number;
  totalExact: boolean;
}

export interface TicketQueue {
  type: { type: string; title: string };
  groups: QueueGroup[];
}

const GroupRow = z.object({
  status_id: z.number(),
  total: z.number(),
  items: pgJson<{ id: number; title: string; updated_at: string; sort_at: string; holder_id: number | null; holder_name: string | null; holder_since: string | null }[]>(),
});

/** The ticket's holder: its most recently added active assigned user. */
const HOLDER = sql`select s.principal_id as user_id, u.name, s.created_at as since
                     from ticket_stakeholders s join users u on u.id = s.principal_id
                    where s.ticket_id = t.id and s.is_active and s.connection = 'assigned' and s.principal_kind = 'user'
                    order by s.id desc limit 1`;

/**
 * One type's open tickets grouped by status, in its lifecycle's order, with who holds each and since
 * when: what a team works from every day (the results team's posting queue). One statement for
 * every group (a page and a bounded count each), filtered by visibility and holder in SQL; a group's
 * next page is the same query for that status after its cursor.
 */
export async function loadTicketQueue(ctx: AuthedContext, query: TicketQueueQuery): Promise<TicketQueue> {
  const type = refusingField('type', () => ctx.services.ticketTypes.require(query.type));
  const namespaceId = ctx.services.namespace.id;
  const catalog = await StatusCatalog.current(ctx.em, namespaceId);
  const open = catalog.lifecycleFor(type.type).statuses.filter((status) => statusView(status).state === 'open');
  const statuses = query.statusId === undefined ? open : open.filter((status) => status.id === query.statusId);
  if (query.statusId !== undefined && statuses.length === 0) {
    throw namingField(new DomainError('invalid', 'queue.status_not_open', `Status #${query.statusId} is not an open status of ${type.title} tickets.`, { statusId: query.statusId }), ['statusId']);
  }
  const words = readerWords(ctx);
  const typeView = { type: type.type, title: words.typeTitle(type.type) };
  if (statuses.length === 0) return { type: typeView, groups: [] };

  const holder = holderCondition(ctx, query.holder);
  const matching = (statusId: Statement) =>
    sql`t.namespace_id = ${namespaceId} and t.type = ${type.type} and t.status_id = ${statusId} and ${visibleToViewer(ctx.viewer)} and ${holder}`;
  const after = query.cursor ? sql` and (t.updated_at, t.id) < (${query.cursor.at}::timestamptz, ${query.cursor.id})` : sql``;
  const rows = await sqlOf(ctx.em).rows(
    sql`select g.status_id,
               (select count(*)::int from (select 1 from tickets t where ${matching(sql`g.status_id`)} limit ${LIMITS.listCountBound + 1}) c) as total,
               coalesce((select json_agg(x order by x.sort_at desc, x.id desc) from (
                 select t.id, t.title, t.updated_at, ${sql.raw(exactTimestampSql('t.updated_at'))} as sort_at,
                        h.user_id as holder_id, h.name as holder_name, h.since as holder_since
                   from tickets t left join lateral (${HOLDER}) h on true
                  where ${matching(sql`g.status_id`)}${after}
                  order by t.updated_at desc, t.id desc
                  limit ${query.limit + 1}) x), '[]') as items
          from unnest(${sql.list(
            statuses.map((s) => s.id),
            'int',
          )}) with ordinality as g(status_id, position)
         order by g.position`,
    GroupRow,
  );
  const groups = rows.map((row): QueueGroup => {
    const page = row.items.slice(0, query.limit);
    const last = page.at(-1);
    return {
      status: words.statusView(type.type, statuses.find((status) => status.id === row.status_id)!),
      items: page.map((item) => ({
        id: item.id,
        title: item.title,
        updatedAt: isoTimestamp(item.updated_at),
        holder: item.holder_id === null ? null : { userId: item.holder_id, name: item.holder_name ?? `User #${item.holder_id}`, since: isoTimestamp(item.holder_since!) },
      })),
      nextCursor: row.items.length > query.limit && last ? encodeCursor({ at: last.sort_at, id: last.id } satisfies QueueCursor) : null,
      total: Math.min(row.total, LIMITS.listCountBound),
      totalExact: row.total <= LIMITS.listCountBound,
    };
  });
  return { type: typeView, groups };
}

function holderCondition(ctx: AuthedContext, holder: TicketQueueQuery['holder']): Statement {
  if (holder === undefined) return sql`true`;
  const held = (who: Statement) =>
    sql`exists (select 1 from ticket_stakeholders hs where hs.ticket_id = t.id and hs.is_active and hs.connection = 'assigned' and hs.principal_kind = 'user'${who})`;
  return holder === 'me' ? held(sql` and hs.principal_id = ${ctx.viewer.userId}`) : sql`not ${held(sql``)}`;
}
