import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type TicketFacts, type Viewer } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestampOrNull } from '../../db/timestamps.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import { visibleToViewer } from './visibility-sql.js';

/** Every column of `TicketRow`, read from `tickets t`. */
export const TICKET_COLUMNS = sql.raw(`t.id, t.namespace_id, t.type, t.title, t.state, t.status_id, t.version, t.created_by_user_id,
  t.duplicate_of_id, t.metadata_id, t.created_at, t.updated_at, t.closed_at`);

export function factsOf(row: TicketRow): TicketFacts {
  return {
    id: row.id,
    state: row.state,
    statusId: row.status_id,
    duplicateOfId: row.duplicate_of_id,
    closedAt: isoTimestampOrNull(row.closed_at),
  };
}

/** The same answer for "does not exist" and "you may not see it", so neither leaks. */
export function ticketNotFound(ticketId: number): DomainError {
  return new DomainError('not_found', 'ticket.not_found', `Ticket #${ticketId} does not exist, or you are not one of its stakeholders.`, { ticketId });
}

/** A ticket the viewer may see, optionally locked for the rest of the transaction. */
export async function findVisibleTicket(
  em: EntityManager,
  viewer: Viewer,
  namespaceId: number,
  ticketId: number,
  { lock = false } = {},
): Promise<TicketRow> {
  const row = await sqlOf(em).maybeOne(
    sql`select ${TICKET_COLUMNS} from tickets t where t.id = ${ticketId} and t.namespace_id = ${namespaceId} and ${visibleToViewer(viewer)}${lock ? sql` for update of t` : sql``}`,
    TicketRow,
  );
  if (!row) throw ticketNotFound(ticketId);
  return row;
}

export function assertExpectedVersion(row: TicketRow, expectedVersion: number): void {
  if (row.version !== expectedVersion) {
    throw new DomainError(
      'conflict',
      'ticket.stale_version',
      `Ticket #${row.id} was changed by someone else since you loaded it (you had version ${expectedVersion}, it is now at version ${row.version}). Reload it and try again.`,
      { ticketId: row.id, expectedVersion, currentVersion: row.version },
    );
  }
}

/**
 * A ticket as users see it: `status_id` is its effective status (pending status mappings followed),
 * `stored_status_id` what the row holds until the status migration rewrites it.
 */
export type EffectiveTicketRow = TicketRow & { stored_status_id: number };

/** The row with its effective status; see `StatusCatalog.effectiveStatusId`. */
export function withEffectiveStatus(row: TicketRow, catalog: Pick<StatusCatalog, 'effectiveStatusId'>): EffectiveTicketRow {
  return { ...row, status_id: catalog.effectiveStatusId(row.status_id, row.type), stored_status_id: row.status_id };
}

/**
 * Stores new facts and bumps the version; the row is locked by the caller's transaction. A status
 * the change left as it was stays as stored, so the status migration still moves and logs it.
 */
export async function storeFacts(em: EntityManager, row: EffectiveTicketRow, facts: TicketFacts): Promise<number> {
  const version = row.version + 1;
  const statusId = facts.statusId === row.status_id ? row.stored_status_id : facts.statusId;
  await sqlOf(em).run(
    sql`update tickets set state = ${facts.state}::ticket_state, status_id = ${statusId}, duplicate_of_id = ${facts.duplicateOfId}, closed_at = ${facts.closedAt},
        version = ${version}, updated_at = now() where id = ${row.id}`,
  );
  return version;
}

/** Bumps the version for a change that leaves the facts alone (a comment, a stakeholder change). */
export async function touchTicket(em: EntityManager, row: TicketRow): Promise<number> {
  const version = row.version + 1;
  await sqlOf(em).run(sql`update tickets set version = ${version}, updated_at = now() where id = ${row.id}`);
  return version;
}
