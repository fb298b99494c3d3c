// What the database holds for a ticket, read directly: tests check the rows a change wrote, not
// only what the API answers.
import type { LogEvent } from '@tickets/domain';
import type { TestApi } from './test-api.js';

export interface LogRecord {
  event_type: string;
  event: LogEvent;
  actor_user_id: number | null;
  acting_stakeholder_id: number | null;
}

export interface CommentRecord {
  id: number;
  body: string;
  author_user_id: number;
  acting_stakeholder_id: number;
}

export interface StakeholderRecord {
  id: number;
  principal_kind: string;
  principal_id: number;
  connection: string;
  role: string;
  is_active: boolean;
  deactivated_at: string | Date | null;
}

async function select<Row>(t: TestApi, sql: string, params: unknown[]): Promise<Row[]> {
  return t.api.services.orm.em.fork().execute<Row[]>(sql, params);
}

/** The ticket's log entries, oldest first. */
export function logsOf(t: TestApi, ticketId: number): Promise<LogRecord[]> {
  return select(t, 'select event_type, event, actor_user_id, acting_stakeholder_id from ticket_logs where ticket_id = ? order by id', [ticketId]);
}

export function commentsOf(t: TestApi, ticketId: number): Promise<CommentRecord[]> {
  return select(t, 'select id, body, author_user_id, acting_stakeholder_id from ticket_comments where ticket_id = ? order by id', [ticketId]);
}

export function stakeholdersOf(t: TestApi, ticketId: number): Promise<StakeholderRecord[]> {
  return select(
    t,
    'select id, principal_kind, principal_id, connection, role, is_active, deactivated_at from ticket_stakeholders where ticket_id = ? order by id',
    [ticketId],
  );
}
