import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type TicketFacts, type Viewer } from '@tickets/domain';
import type { PrincipalKindServer } from '@tickets/plugin-kit/server';
import { sql } from '@tickets/sql';
import { NamespaceRow } from '../../db/rows/namespaces-row.js';
import { pgJson } from '../../db/rows/pg-values.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestampOrNull } from '../../db/timestamps.js';
import { insertLogs, type LogWrite } from '../logs/log-store.js';
import { type StakeholderJsonRow, stakeholdersJson } from '../stakeholders/stakeholder-store.js';
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

/** The ticket a change is about, locked, with what the change reads beside it in the same statement. */
export interface LockedTicket {
  row: TicketRow;
  /** `namespaces.catalog_version`, read after the catalog lock: which catalog the change runs on. */
  catalogVersion: number;
  stakeholders: StakeholderJsonRow[];
}

const LockedTicketRow = TicketRow.extend({
  catalog_version: NamespaceRow.shape.catalog_version,
  stakeholders: pgJson<StakeholderJsonRow[]>(),
});

/**
 * Locks a ticket the viewer may see for a change, and reads in the same statement the namespace's
 * catalog version and the ticket's stakeholders (with their names when `stakeholderNames`, the
 * deployment's plugin principal kinds, is given).
 *
 * Run it after the catalog lock, in a statement of its own (see `StatusCatalog.lock`). When the row
 * lock waits for another transaction, PostgreSQL re-reads the ticket row once it is free but keeps
 * the statement's snapshot for the rest, so the stakeholders may be those from before the other
 * change. Every change that alters stakeholders also bumps the ticket's version, and a version the
 * caller did not expect is refused (`assertExpectedVersion`), so such stakeholders are never used;
 * what keeps the version (a status migration's batch) leaves the stakeholders alone.
 */
export async function lockTicketForChange(
  em: EntityManager,
  viewer: Viewer,
  namespaceId: number,
  ticketId: number,
  { stakeholderNames }: { stakeholderNames: readonly PrincipalKindServer[] | false },
): Promise<LockedTicket> {
  const found = await sqlOf(em).maybeOne(
    sql`select ${TICKET_COLUMNS},
               (select n.catalog_version from namespaces n where n.id = t.namespace_id) as catalog_version,
               ${stakeholdersJson(sql`t`, { names: stakeholderNames })} as stakeholders
          from tickets t
         where t.id = ${ticketId} and t.namespace_id = ${namespaceId} and ${visibleToViewer(viewer)}
           for update of t`,
    LockedTicketRow,
  );
  if (!found) throw ticketNotFound(ticketId);
  const { catalog_version, stakeholders, ...row } = found;
  return { row, catalogVersion: catalog_version, stakeholders };
}

/** One change to store: its new facts (left out when they do not change) and its log entries. */
export interface StoredChange {
  facts?: TicketFacts;
  log: Omit<LogWrite, 'namespaceId' | 'ticketId'>;
}

/**
 * Stores a change of a ticket in one statement: the new facts (or only the new version, for a change
 * that leaves them alone, such as a comment) and its log entries with the mail they cause. The one
 * place a change is stored, so the row and its log cannot be written apart. The row is locked by
 * the caller's transaction. A status the change left as it was stays as stored, so the status
 * migration still moves and logs it. Returns the new version.
 */
export async function storeChange(em: EntityManager, row: EffectiveTicketRow, change: StoredChange): Promise<number> {
  const version = row.version + 1;
  const { facts } = change;
  const update = facts
    ? sql`update tickets set state = ${facts.state}::ticket_state, status_id = ${facts.statusId === row.status_id ? row.stored_status_id : facts.statusId},
              duplicate_of_id = ${facts.duplicateOfId}, closed_at = ${facts.closedAt}, version = ${version}, updated_at = now()
           where id = ${row.id}`
    : sql`update tickets set version = ${version}, updated_at = now() where id = ${row.id}`;
  const log = insertLogs([{ ...change.log, namespaceId: row.namespace_id, ticketId: row.id }]);
  // A data-modifying WITH runs whether or not the main statement reads it.
  await sqlOf(em).run(log ? sql`with stored as (${update}) ${log}` : update);
  return version;
}
