import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, LogEvent } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { sqlOf } from '../../db/sql-client.js';
import { type PendingMail, pendingMailOf } from '../mail/pending-mail.js';

export interface LogWrite {
  namespaceId: number;
  ticketId: number;
  actor: Actor;
  /** The stakeholder the acting user spoke for; null for the system actor. */
  actingStakeholderId: number | null;
  events: readonly LogEvent[];
  /**
   * The ticket as the change left it, for the mails its entries cause (see `pendingMailOf`). Left
   * out, the entries cause no mail (automatic work, such as a status migration, tells nobody).
   */
  mail?: PendingMail;
}

/** Writes a change's log entries in one statement, inside the caller's transaction. */
export async function appendLogs(em: EntityManager, write: LogWrite): Promise<void> {
  await appendManyLogs(em, [write]);
}

/** One entry's row of values; the actor is a user or, for automatic work, the system's reason. */
function entryValues(write: LogWrite, event: LogEvent): Statement {
  const userId = write.actor.kind === 'user' ? write.actor.userId : null;
  const reason = write.actor.kind === 'system' ? write.actor.reason : null;
  const why = write.actor.kind === 'system' && write.actor.why ? JSON.stringify(write.actor.why) : null;
  const mail = write.mail ? pendingMailOf(event, write.mail) : null;
  return sql`(${write.namespaceId}, ${write.ticketId}, ${event.type}, ${JSON.stringify(event)}::jsonb, ${userId}, ${reason}, ${why}::jsonb, ${write.actingStakeholderId},
              ${mail === null ? null : JSON.stringify(mail)}::jsonb)`;
}

/**
 * The insert of the log entries of several changes (of one ticket or many), in the order given;
 * null when there are none. An entry that causes mail carries it as `mail_pending`, in the same row,
 * for the outbox writer (`modules/mail/pending-mail-writer.ts`).
 */
export function insertLogs(writes: readonly LogWrite[]): Statement | null {
  const values = writes.flatMap((write) => write.events.map((event) => entryValues(write, event)));
  if (values.length === 0) return null;
  return sql`insert into ticket_logs (namespace_id, ticket_id, event_type, event, actor_user_id, system_reason, system_why, acting_stakeholder_id, mail_pending)
             values ${sql.join(values)}`;
}

/**
 * Writes the log entries of several changes in one statement, inside the caller's transaction.
 * Keep a call under a few thousand entries.
 */
export async function appendManyLogs(em: EntityManager, writes: readonly LogWrite[]): Promise<void> {
  const insert = insertLogs(writes);
  if (insert) await sqlOf(em).run(insert);
}
