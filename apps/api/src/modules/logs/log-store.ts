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
  if (write.events.length === 0) return;
  const values = write.events.map(() => '(?, ?, ?, ?::jsonb, ?, ?, ?)').join(', ');
  const params = write.events.flatMap((event) => [
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
