import type { EntityManager } from '@mikro-orm/postgresql';
import type { LogEvent } from '@tickets/domain';
import { exactTimestampSql } from '../pagination/exact-timestamp.js';
import type { TimelineCursor } from './timeline-cursor.js';

interface RowBase {
  id: number;
  created_at: Date | string;
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
}

export interface CommentRow extends RowBase {
  kind: 'comment';
  body: string;
  author_user_id: number;
}

/** A log entry or a comment of a ticket; the query fills the other kind's columns with nulls. */
export type TimelineRow = LogRow | CommentRow;

/**
 * Up to `limit` entries of a ticket's timeline after the cursor, logs and comments merged in one
 * query in time order (then id, then kind). A `comment.added` log entry is left out while its
 * comment exists: the comment itself stands in the timeline, and a person should not read it twice.
 */
export async function loadTimelineRows(em: EntityManager, ticketId: number, cursor: TimelineCursor | undefined, limit: number): Promise<TimelineRow[]> {
  const after = cursor ? 'where (e.created_at, e.id, e.kind) > (?::timestamptz, ?, ?)' : '';
  return em.execute<TimelineRow[]>(
    `select e.kind, e.id, e.created_at, ${exactTimestampSql('e.created_at')} as at_key, e.event, e.actor_user_id, e.system_reason,
            e.body, e.author_user_id, s.principal_kind as acting_kind, s.principal_id as acting_id
       from (select 'log'::text as kind, l.id, l.created_at, l.event, l.actor_user_id, l.system_reason, l.acting_stakeholder_id,
                    null::text as body, null::int as author_user_id
               from ticket_logs l
              where l.ticket_id = ?
                and not (l.event_type = 'comment.added'
                         and exists (select 1 from ticket_comments dc where dc.ticket_id = l.ticket_id and dc.id::text = l.event->>'commentId'))
             union all
             select 'comment'::text, c.id, c.created_at, null::jsonb, null::int, null::varchar, c.acting_stakeholder_id, c.body, c.author_user_id
               from ticket_comments c
              where c.ticket_id = ?) e
       left join ticket_stakeholders s on s.id = e.acting_stakeholder_id
      ${after}
      order by e.created_at, e.id, e.kind
      limit ?`,
    [ticketId, ticketId, ...(cursor ? [cursor.at, cursor.id, cursor.kind] : []), limit],
  );
}
