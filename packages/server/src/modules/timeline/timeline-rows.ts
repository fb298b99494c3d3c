import type { EntityManager } from '@mikro-orm/postgresql';
import type { LogEvent, SystemReason } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { TicketCommentRow } from '../../db/rows/ticket-comments-row.js';
import { TicketLogRow } from '../../db/rows/ticket-logs-row.js';
import { TicketStakeholderRow } from '../../db/rows/ticket-stakeholders-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { exactTimestampSql } from '../pagination/exact-timestamp.js';
import { TimelineEntryKind, type TimelineCursor } from './timeline-cursor.js';

interface RowBase {
  id: number;
  created_at: string;
  /** `created_at` exactly, for the next page's cursor. */
  at_key: string;
  /** The principal of the stakeholder the entry was written for, if any. */
  acting_kind: string | null;
  acting_id: number | null;
}

export interface LogRow extends RowBase {
  kind: 'log';
  event: LogEvent;
  /** Null when the system acted. */
  actor_user_id: number | null;
  system_reason: string | null;
  system_why: SystemReason | null;
}

export interface CommentRow extends RowBase {
  kind: 'comment';
  body: string;
  author_user_id: number;
}

/** A log entry or a comment of a ticket; the query fills the other kind's columns with nulls. */
export type TimelineRow = LogRow | CommentRow;

/** A row of the merged query, as it comes: each kind's own columns are null in the other kind's rows. */
const MergedRow = z.object({
  kind: TimelineEntryKind,
  id: z.number(),
  created_at: TicketLogRow.shape.created_at,
  at_key: z.string(),
  event: TicketLogRow.shape.event.nullable(),
  actor_user_id: TicketLogRow.shape.actor_user_id,
  system_reason: TicketLogRow.shape.system_reason,
  system_why: TicketLogRow.shape.system_why,
  body: TicketCommentRow.shape.body.nullable(),
  author_user_id: TicketCommentRow.shape.author_user_id.nullable(),
  acting_kind: TicketStakeholderRow.shape.principal_kind.nullable(),
  acting_id: TicketStakeholderRow.shape.principal_id.nullable(),
});
type MergedRow = z.infer<typeof MergedRow>;

function timelineRow(row: MergedRow): TimelineRow {
  const base = { id: row.id, created_at: row.created_at, at_key: row.at_key, acting_kind: row.acting_kind, acting_id: row.acting_id };
  if (row.kind === 'log') {
    if (row.event === null) throw new Error(`Log entry #${row.id} has no event.`);
    return { ...base, kind: 'log', event: row.event, actor_user_id: row.actor_user_id, system_reason: row.system_reason, system_why: row.system_why };
  }
  if (row.body === null || row.author_user_id === null) throw new Error(`Comment #${row.id} has no body or author.`);
  return { ...base, kind: 'comment', body: row.body, author_user_id: row.author_user_id };
}

/**
 * Up to `limit` entries of a ticket's timeline after the cursor, logs and comments merged in one
 * query in time order (then id, then kind). A `comment.added` log entry is left out while its
 * comment exists: the comment itself stands in the timeline, and a person should not read it twice.
 */
export async function loadTimelineRows(em: EntityManager, ticketId: number, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineRow[]> {
  const after = cursor ? sql`where (e.created_at, e.id, e.kind) > (${cursor.at}::timestamptz, ${cursor.id}, ${cursor.kind})` : sql``;
  const rows = await sqlOf(em).rows(
    sql`select e.kind, e.id, e.created_at, ${sql.raw(exactTimestampSql('e.created_at'))} as at_key, e.event, e.actor_user_id, e.system_reason, e.system_why,
               e.body, e.author_user_id, s.principal_kind as acting_kind, s.principal_id as acting_id
          from (select 'log'::text as kind, l.id, l.created_at, l.event, l.actor_user_id, l.system_reason, l.system_why, l.acting_stakeholder_id,
                       null::text as body, null::int as author_user_id
                  from ticket_logs l
                  -- Its comment by key, one entry at a time: as an EXISTS, the planner hashed every comment of every ticket.
                  left join lateral (select dc.id from ticket_comments dc
                                      where dc.id = (l.event->>'commentId')::int and dc.ticket_id = l.ticket_id offset 0) dc on true
                 where l.ticket_id = ${ticketId}
                   and not (l.event_type = 'comment.added' and dc.id is not null)
                union all
                select 'comment'::text, c.id, c.created_at, null::jsonb, null::int, null::varchar, null::jsonb, c.acting_stakeholder_id, c.body, c.author_user_id
                  from ticket_comments c
                 where c.ticket_id = ${ticketId}) e
          left join ticket_stakeholders s on s.id = e.acting_stakeholder_id
         ${after}
         order by e.created_at, e.id, e.kind
         limit ${limit}`,
    MergedRow,
  );
  return rows.map(timelineRow);
}
