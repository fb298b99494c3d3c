import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, moveToLifecycle, type Status, type StatusLabel, type SystemReason, systemActor } from '@tickets/domain';
import { appendManyLogs, type LogWrite } from '../logs/log-store.js';
import { sql } from '@tickets/sql';
import { StatusMigrationRow } from '../../db/rows/status-migrations-row.js';
import { TicketRow } from '../../db/rows/tickets-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { factsOf, TICKET_COLUMNS } from '../tickets/ticket-store.js';
import type { StatusCatalog } from './status-catalog.js';

const MigrationReason = StatusMigrationRow.pick({ id: true, reason: true, why: true });

export interface TypeLifecycleMove {
  namespaceId: number;
  ticketType: string;
  /** The namespace's catalog before the type was attached to its new lifecycle, and after. */
  before: StatusCatalog;
  after: StatusCatalog;
  /** Who attached the type: each ticket's status change is their act. */
  actor: Actor;
}

// Tickets read, decided and written per round trip: bounded statements, whatever the type's size.
const CHUNK = 500;

interface Rewrite {
  id: number;
  statusId: number;
  /** Whether users see another status than before, so the ticket's version moves on. */
  seenChange: boolean;
}

/**
 * Moves the tickets of a type that now follows another lifecycle to their status in it, in the
 * caller's transaction (the catalog change's, which holds the namespace's catalog lock): the rule
 * is the domain's (`moveToLifecycle`: same name, else the same category but never "Duplicate" for a
 * ticket that is not a duplicate, else the default for the state). The move is written at once
 * rather than left to a status mapping because the rule depends on each ticket (its duplicate
 * link), and so that every status change users see has its log entry in the same transaction.
 *
 * A ticket whose status users see changed gets one log entry with the admin as actor and a new
 * version. A ticket a pending status migration still had to move (stored on a removed status) and
 * that this move takes over also gets the entry that migration would have written, with the system
 * actor and its reason, so the timeline never skips a status users saw. Returns how many tickets'
 * statuses users now see changed.
 */
export async function moveTypeTickets(tx: EntityManager, move: TypeLifecycleMove): Promise<number> {
  const { before, after, ticketType } = move;
  const target = after.lifecycleFor(ticketType);
  const db = sqlOf(tx);
  const reasons = await migrationReasons(tx, before);
  const now = new Date().toISOString();
  let changed = 0;
  for (let lastId = 0; ; ) {
    const rows = await db.rows(
      sql`select ${TICKET_COLUMNS} from tickets t where t.namespace_id = ${move.namespaceId} and t.type = ${ticketType} and t.id > ${lastId} order by t.id limit ${CHUNK} for update of t`,
      TicketRow,
    );
    if (rows.length === 0) return changed;
    lastId = rows[rows.length - 1]!.id;
    const rewrites: Rewrite[] = [];
    const logs: LogWrite[] = [];
    for (const row of rows) {
      const stored = row.status_id;
      const seen = before.effectiveStatusId(stored, ticketType);
      const { facts, events } = moveToLifecycle({ ...factsOf(row), statusId: seen }, statusOrLabel(before, seen), target, now);
      // Nothing to do when users keep seeing the same status and the row reads as it from now on
      // (a pending mapping that still applies moves and logs it later, as it would have anyway).
      if (facts.statusId === seen && after.effectiveStatusId(stored, ticketType) === seen) continue;
      rewrites.push({ id: row.id, statusId: facts.statusId, seenChange: events.length > 0 });
      if (stored !== seen) {
        const from = before.label(stored) ?? { id: stored, name: `Status #${stored}`, category: statusOrLabel(before, seen).category };
        const reason = pendingReason(before, reasons, stored, ticketType, from.name);
        logs.push({ ...entry(move, row.id, systemActor(reason)), events: [{ type: 'ticket.status_changed', from, to: labelOf(statusOrLabel(before, seen)) }] });
      }
      if (events.length > 0) {
        logs.push({ ...entry(move, row.id, move.actor), events });
        changed += 1;
      }
    }
    if (rewrites.length > 0) {
      const ids = sql.list(rewrites.map((r) => r.id), 'int');
      const statusIds = sql.list(rewrites.map((r) => r.statusId), 'int');
      const seenChanges = sql.list(rewrites.map((r) => r.seenChange), 'bool');
      await db.run(
        sql`update tickets t
               set status_id = m.status_id,
                   version = t.version + case when m.seen_change then 1 else 0 end,
                   updated_at = case when m.seen_change then now() else t.updated_at end
              from unnest(${ids}, ${statusIds}, ${seenChanges}) as m(id, status_id, seen_change)
             where t.id = m.id`,
      );
      await appendManyLogs(tx, logs);
    }
  }
}

function entry(move: TypeLifecycleMove, ticketId: number, actor: Actor): Omit<LogWrite, 'events'> {
  // The admin acts as themselves, for no stakeholder of the ticket; the system for nobody.
  return { namespaceId: move.namespaceId, ticketId, actor, actingStakeholderId: null };
}

/** The reasons of the migrations whose mappings are pending, by migration id: as data, or in words for a migration older than that. */
async function migrationReasons(tx: EntityManager, catalog: StatusCatalog): Promise<Map<number, SystemReason | string>> {
  const ids = [...new Set(catalog.mappings.map((m) => m.migrationId))];
  if (ids.length === 0) return new Map();
  const rows = await sqlOf(tx).rows(sql`select id, reason, why from status_migrations where id = any(${sql.list(ids, 'int')})`, MigrationReason);
  return new Map(rows.map((row) => [row.id, row.why ?? row.reason]));
}

/** Why a ticket of `type` stored on `statusId` reads as another status: the pending mapping's migration. */
function pendingReason(catalog: StatusCatalog, reasons: ReadonlyMap<number, SystemReason | string>, statusId: number, type: string, name: string): SystemReason | string {
  const lifecycleId = catalog.lifecycleIdOf(type);
  const mapping = catalog.mappings.find(
    (m) => m.from === statusId && (m.lifecycleId === null || m.lifecycleId === lifecycleId) && (m.ticketType === null || m.ticketType === type),
  );
  return (mapping && reasons.get(mapping.migrationId)) ?? { kind: 'statuses_removed', statuses: [name], lifecycle: null };
}

function labelOf(status: Status): StatusLabel {
  return { id: status.id, name: status.name, category: status.category };
}

/** A status to match by name and category, also one that only a pending mapping still names. */
function statusOrLabel(catalog: StatusCatalog, id: number): Status {
  const status = catalog.status(id);
  if (status) return status;
  const label: StatusLabel = catalog.label(id) ?? { id, name: `Status #${id}`, category: 'to_do' };
  return { ...label, color: '#737278', description: null, position: 0, systemOrigin: null };
}
