// The floor of each figure: the least SQL PostgreSQL must run for the same effect, written by hand
// against the schema the API's migrations create, with the best index a design could have. The
// bench times these over a raw `pg` pool in a load process of their own, beside the API.
//
// Strings such as '$ticket' among the values are placeholders the load process fills per connection
// (see FloorPlan); everything else is bound as it is.
import type { RecordedStatement } from './load/load-plan.js';

/** A page of 50 and one more, as the API asks, to know whether another page follows. */
export const PAGE_ROWS = 51;

/** The columns a list shows of each ticket (those the API's list selects). */
const LIST_COLUMNS = 't.id, t.type, t.title, t.state, t.status_id, t.version, t.created_by_user_id, t.created_at, t.updated_at, t.closed_at';

export interface Principal {
  kind: string;
  id: number;
}

const statement = (text: string, values: unknown[] = []): RecordedStatement => ({ text: text.replace(/\s+/g, ' ').trim(), values });

/**
 * "The open tickets of these principals, newest first": one walk per principal down its lane of
 * `ticket_access` (index `ticket_access_state_idx`, in update order), at most a page from each, then
 * the page of the union and the tickets' own columns.
 */
export function principalsPageFloor(namespaceId: number, principals: readonly Principal[], state: 'open' | 'closed'): RecordedStatement {
  return statement(
    `select ${LIST_COLUMNS}
       from (select distinct a.ticket_id, a.updated_at
               from unnest($2::varchar[], $3::int[]) p(kind, id)
              cross join lateral (
                select a.ticket_id, a.updated_at from ticket_access a
                 where a.namespace_id = $1 and a.principal_kind = p.kind and a.principal_id = p.id and a.state = $4::ticket_state
                 order by a.updated_at desc, a.ticket_id desc
                 limit $5) a
              order by a.updated_at desc, a.ticket_id desc
              limit $5) page
       join tickets t on t.id = page.ticket_id
      order by page.updated_at desc, page.ticket_id desc`,
    [namespaceId, principals.map((p) => p.kind), principals.map((p) => p.id), state, PAGE_ROWS],
  );
}

/** The site admin's list of one state, status or type: one walk down a `tickets` index in update order. */
export function adminPageFloor(namespaceId: number, filter: { state: 'open' | 'closed' } | { statusId: number } | { type: string }): RecordedStatement {
  const [condition, value] =
    'state' in filter ? ['t.state = $2::ticket_state', filter.state] : 'statusId' in filter ? ['t.status_id = $2', filter.statusId] : ['t.type = $2', filter.type];
  return statement(
    `select ${LIST_COLUMNS} from tickets t
      where t.namespace_id = $1 and ${condition}
      order by t.updated_at desc, t.id desc
      limit $3`,
    [namespaceId, value, PAGE_ROWS],
  );
}

/** The site admin's list of a set of statuses (a category): a page from each status's lane, merged. */
export function statusSetPageFloor(namespaceId: number, statusIds: readonly number[]): RecordedStatement {
  return statement(
    `select ${LIST_COLUMNS}
       from (select s.id, s.updated_at
               from unnest($2::int[]) st(id)
              cross join lateral (
                select t.id, t.updated_at from tickets t
                 where t.namespace_id = $1 and t.status_id = st.id
                 order by t.updated_at desc, t.id desc
                 limit $3) s
              order by s.updated_at desc, s.id desc
              limit $3) page
       join tickets t on t.id = page.id
      order by page.updated_at desc, page.id desc`,
    [namespaceId, [...statusIds], PAGE_ROWS],
  );
}

/** The exact number of a team's open tickets: the count itself, over the team's lane of `ticket_access`. */
export function teamOpenCountFloor(namespaceId: number, groupId: number): RecordedStatement {
  return statement(
    `select count(*)::int as total from ticket_access a
      where a.namespace_id = $1 and a.principal_kind = 'group' and a.principal_id = $2 and a.state = 'open'`,
    [namespaceId, groupId],
  );
}

/**
 * A ticket as its page first shows it: the ticket, its stakeholders, its 50 newest log entries and
 * its 50 newest comments, in one round trip (whether the viewer may see it follows from the
 * stakeholders and the viewer's memberships, which a server holds per token).
 */
export function ticketDetailFloor(ticketId: number): RecordedStatement {
  return statement(
    `select t.id, t.namespace_id, t.type, t.title, t.state, t.status_id, t.version, t.created_by_user_id, t.duplicate_of_id, t.metadata_id,
            t.created_at, t.updated_at, t.closed_at,
            (select json_agg(s order by s.id) from (
               select id, principal_kind, principal_id, connection, role, is_active, created_at, deactivated_at
                 from ticket_stakeholders where ticket_id = t.id) s) as stakeholders,
            (select json_agg(l) from (
               select id, event_type, event, actor_user_id, system_reason, acting_stakeholder_id, created_at
                 from ticket_logs where ticket_id = t.id order by id desc limit 50) l) as logs,
            (select json_agg(c) from (
               select id, body, author_user_id, acting_stakeholder_id, created_at
                 from ticket_comments where ticket_id = t.id order by id desc limit 50) c) as comments
       from tickets t where t.id = $1`,
    [ticketId],
  );
}

/**
 * A status change: the ticket's new status and version, and its log entry, in one transaction.
 * Placeholders: $ticket, $stakeholder (who the actor acts as), $status and $event (taking turns).
 */
export function statusChangeFloor(namespaceId: number, actorUserId: number): RecordedStatement[] {
  return [
    statement('begin'),
    statement('update tickets set status_id = $2, version = version + 1, updated_at = now() where id = $1', ['$ticket', '$status']),
    statement(
      `insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
       values ($1, $2, 'ticket.status_changed', $3::jsonb, $4, $5, now())`,
      [namespaceId, '$ticket', '$event', actorUserId, '$stakeholder'],
    ),
    statement('commit'),
  ];
}

/** The log event of a move between two statuses, as the API stores it (so the row has its real size). */
export function statusChangedEvent(from: { id: number; name: string; category: string }, to: { id: number; name: string; category: string }): string {
  return JSON.stringify({ type: 'ticket.status_changed', from, to });
}

/**
 * A comment: the comment, its log entry (naming the comment) and the ticket's new version, in one
 * transaction. Placeholders: $ticket, $stakeholder.
 */
export function commentFloor(namespaceId: number, actorUserId: number, body: string): RecordedStatement[] {
  return [
    statement('begin'),
    statement(
      `insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id, created_at)
       values ($1, $2, $3, $4, $5, now())`,
      [namespaceId, '$ticket', body, actorUserId, '$stakeholder'],
    ),
    // currval: the id the insert above just took on this connection, without a round trip for it.
    statement(
      `insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, acting_stakeholder_id, created_at)
       values ($1, $2, 'comment.added', jsonb_build_object('type', 'comment.added', 'commentId', currval(pg_get_serial_sequence('ticket_comments', 'id'))), $3, $4, now())`,
      [namespaceId, '$ticket', actorUserId, '$stakeholder'],
    ),
    statement('update tickets set version = version + 1, updated_at = now() where id = $1', ['$ticket']),
    statement('commit'),
  ];
}
