import type { Viewer } from '@tickets/domain';

/**
 * The SQL twin of the domain's `canSeeTicket`: a site admin sees every ticket; anyone else sees a
 * ticket when they are, or belong to, one of its stakeholders (active or not). Lists, counts and
 * single reads all use it, so no query can reveal a ticket its viewer may not see.
 */
export function visibleToViewer(viewer: Viewer, ticketAlias = 't'): { sql: string; params: unknown[] } {
  if (viewer.isSiteAdmin) return { sql: 'true', params: [] };
  const kinds = viewer.memberships.map((m) => m.kind);
  const ids = viewer.memberships.map((m) => m.id);
  return {
    sql: `exists (select 1 from ticket_stakeholders vs
                   where vs.ticket_id = ${ticketAlias}.id
                     and ((vs.principal_kind = 'user' and vs.principal_id = ?)
                          or (vs.principal_kind, vs.principal_id) in (select * from unnest(?::text[], ?::int[]))))`,
    params: [viewer.userId, pgArray(kinds), pgArray(ids)],
  };
}

/** A PostgreSQL array literal; the values are kinds (validated keys) and integers. */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((value) => (typeof value === 'number' ? String(value) : `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`)).join(',')}}`;
}
