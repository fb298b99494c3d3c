import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, LogEvent } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { sqlOf } from '../../db/sql-client.js';

export interface LogWrite {
  namespaceId: number;
  ticketId: number;
  actor: Actor;
  /** The stakeholder the acting user spoke for; null for the system actor. */
  actingStakeholderId: number | null;
  events: readonly LogEvent[];
}

/** Writes a change's log entries in one statement, inside the caller's transaction. */
export async function appendLogs(em: EntityManager, write: LogWrite): Promise<void> {
  await appendManyLogs(em, [write]);
}

/** One entry's row of values; the actor is a user or, for automatic work, the system's reason. */
function entryValues(write: LogWrite, event: LogEvent): Statement {
  const userId = write.actor.kind === 'user' ? write.actor.userId : null;
  const reason = write.actor.kind === 'system' ? write.actor.reason : null;
  return sql`(${write.namespaceId}, ${write.ticketId}, ${event.type}, ${JSON.stringify(event)}::jsonb, ${userId}, ${reason}, ${write.actingStakeholderId})`;
}

/**
 * Writes the log entries of several changes (of one ticket or many) in one statement, in the
 * order given, inside the caller's transaction. Keep a call under a few thousand entries.
 */
export async function appendManyLogs(em: EntityManager, writes: readonly LogWrite[]): Promise<void> {
  const values = writes.flatMap((write) => write.events.map((event) => entryValues(write, event)));
  if (values.length === 0) return;
  await sqlOf(em).run(
    sql`insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, system_reason, acting_stakeholder_id) values ${sql.join(values)}`,
  );
}
