import type { PrincipalRef, Viewer } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';

/**
 * Stakeholder row `stakeholder` names one of these principals: two array parameters whatever their
 * number, so the statement's text (and its plan) is the same for every viewer.
 */
export function principalIn(stakeholder: Statement, principals: readonly PrincipalRef[]): Statement {
  const kinds = sql.list(principals.map((p) => p.kind), 'text');
  const ids = sql.list(principals.map((p) => p.id), 'int');
  return sql`(${stakeholder}.principal_kind, ${stakeholder}.principal_id) in (select * from unnest(${kinds}, ${ids}))`;
}

/**
 * The SQL twin of the domain's `canSeeTicket`: a site admin sees every ticket; anyone else sees a
 * ticket when they are, or belong to, one of its stakeholders (active or not). Lists, counts and
 * single reads all use it, so no query can reveal a ticket its viewer may not see. It reads
 * `ticket_access` (one row per ticket and principal that is or was its stakeholder) by its key.
 */
export function visibleToViewer(viewer: Viewer, ticketAlias = 't'): Statement {
  if (viewer.isSiteAdmin) return sql`true`;
  const principals: PrincipalRef[] = [{ kind: 'user', id: viewer.userId }, ...viewer.memberships.map((m) => ({ kind: m.kind, id: m.id }))];
  return sql`exists (select 1 from ticket_access va where va.ticket_id = ${sql.id(ticketAlias)}.id and ${principalIn(sql`va`, principals)})`;
}
