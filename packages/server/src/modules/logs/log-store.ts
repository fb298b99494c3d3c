import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, LogEvent } from '@tickets/domain';

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

/**
 * Writes the log entries of several changes (of one ticket or many) in one statement, in the
 * order given, inside the caller's transaction. Keep a call under a few thousand entries.
 */
export async function appendManyLogs(em: EntityManager, writes: readonly LogWrite[]): Promise<void> {
  const rows = writes.flatMap((write) => write.events.map((event) => ({ write, event })));
  if (rows.length === 0) return;
  const values = rows.map(() => '(?, ?, ?, ?::jsonb, ?, ?, ?)').join(', ');
  const params = rows.flatMap(({ write, event }) => [
    write.namespaceId,
    write.ticketId,
    event.type,
    JSON.stringify(event),
    write.actor.kind === 'user' ? write.actor.userId : null,
    write.actor.kind === 'system' ? write.actor.reason : null,
    write.actingStakeholderId,
  ]);
  await em.execute(
    `insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, system_reason, acting_stakeholder_id) values ${values}`,
    params,
  );
}
