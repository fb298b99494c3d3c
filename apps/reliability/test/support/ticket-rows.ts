// Reads what the database holds, directly: the suite checks rows, not only what the API answers.
import pg from 'pg';

export async function queryRows<Row extends object>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * Tickets that break "a ticket never exists without its stakeholders, its metadata and its creation
 * log": one row per broken ticket, saying what is missing.
 */
export const INCOMPLETE_TICKETS_SQL = `
  select t.id,
         not exists (select 1 from ticket_stakeholders s where s.ticket_id = t.id and s.role = 'requester') as no_requester,
         not exists (select 1 from ticket_stakeholders s where s.ticket_id = t.id and s.connection = 'assigned') as no_assignee,
         not exists (select 1 from ticket_logs l where l.ticket_id = t.id and l.event_type = 'ticket.created') as no_creation_log,
         (t.type = 'bug-report' and not exists (select 1 from tickets_bug_report m where m.id = t.metadata_id)) as no_metadata
    from tickets t
   where not exists (select 1 from ticket_stakeholders s where s.ticket_id = t.id and s.role = 'requester')
      or not exists (select 1 from ticket_stakeholders s where s.ticket_id = t.id and s.connection = 'assigned')
      or not exists (select 1 from ticket_logs l where l.ticket_id = t.id and l.event_type = 'ticket.created')
      or (t.type = 'bug-report' and not exists (select 1 from tickets_bug_report m where m.id = t.metadata_id))`;

/** Comments without their `comment.added` log entry, or log entries naming a comment that is not there. */
export const UNPAIRED_COMMENTS_SQL = `
  select c.id as comment_id, null::int as log_id from ticket_comments c
   where not exists (select 1 from ticket_logs l where l.ticket_id = c.ticket_id and l.event_type = 'comment.added' and (l.event->>'commentId')::int = c.id)
  union all
  select null, l.id from ticket_logs l
   where l.event_type = 'comment.added' and not exists (select 1 from ticket_comments c where c.id = (l.event->>'commentId')::int)`;
