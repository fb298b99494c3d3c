import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatusLabel, SystemReason } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../../db/sql-client.js';
import { effectiveStatusSql, mappedTicketsSql } from '../statuses/effective-status-sql.js';
import type { PendingMapping, StatusCatalog } from '../statuses/status-catalog.js';

/** Where a pass over a migration's tickets has got to, in (stored status, id) order. */
export interface BatchCursor {
  statusId: number;
  ticketId: number;
}

export const PASS_START: BatchCursor = { statusId: 0, ticketId: 0 };

const MovedRow = z.object({ moved: z.number(), last_status_id: z.number().nullable(), last_id: z.number().nullable() });
const RemainingRow = z.object({ remaining: z.number() });

export interface BatchOutcome {
  moved: number;
  /** The last ticket taken; null when the pass found nothing more after the cursor. */
  last: BatchCursor | null;
}

/**
 * Moves one batch of a migration's tickets to their effective status, in one statement of the
 * caller's transaction: it takes the next `batchSize` tickets after the cursor that are still on
 * one of the migration's from-statuses, skipping those a user's change has locked (`FOR UPDATE
 * SKIP LOCKED`), rewrites their status, and writes one log entry per ticket with the system actor.
 * A ticket moves only while it is on a from-status, so a ticket is moved and logged once however
 * often batches are retried, and a ticket a user moved meanwhile is left as the user set it. The
 * ticket's version and update time stay: what users see does not change.
 */
export async function moveBatch(
  tx: EntityManager,
  catalog: StatusCatalog,
  migration: { id: number; namespaceId: number; reason: string; why: SystemReason | null },
  mappings: readonly PendingMapping[],
  cursor: BatchCursor,
  batchSize: number,
): Promise<BatchOutcome> {
  if (mappings.length === 0) return { moved: 0, last: null };
  const froms = [...new Set(mappings.map((m) => m.from))];
  const taken = mappedTicketsSql(catalog, mappings);
  const effective = effectiveStatusSql(catalog);
  const labels: Record<string, StatusLabel> = {};
  for (const mapping of catalog.mappings) labels[mapping.from] = mapping.fromLabel;
  for (const status of catalog.statuses) labels[status.id] = { id: status.id, name: status.name, category: status.category };
  const labelJson = JSON.stringify(labels);

  const row = await sqlOf(tx).one(
    sql`with picked as (
       select t.id, t.status_id as from_id
         from tickets t
        where t.namespace_id = ${migration.namespaceId} and t.status_id = any(${sql.list(froms, 'int')}) and (t.status_id, t.id) > (${cursor.statusId}, ${cursor.ticketId}) and (${taken})
          and ${effective} <> t.status_id
        order by t.status_id, t.id
        limit ${batchSize}
        for update of t skip locked
     ), moved as (
       update tickets t set status_id = ${effective}
         from picked
        where t.id = picked.id
       returning t.id, picked.from_id, t.status_id as to_id
     ), logged as (
       insert into ticket_logs (namespace_id, ticket_id, event_type, event, system_reason, system_why)
       select ${migration.namespaceId}, m.id, 'ticket.status_changed',
              jsonb_build_object('type', 'ticket.status_changed', 'from', (${labelJson}::jsonb) -> (m.from_id::text), 'to', (${labelJson}::jsonb) -> (m.to_id::text)),
              ${migration.reason}, ${migration.why === null ? null : JSON.stringify(migration.why)}::jsonb
         from moved m
       returning ticket_id
     ), last as (
       select from_id, id from picked order by from_id desc, id desc limit 1
     )
     select (select count(*) from logged)::int as moved, (select from_id from last) as last_status_id, (select id from last) as last_id`,
    MovedRow,
  );
  const last = row.last_id !== null && row.last_status_id !== null ? { statusId: row.last_status_id, ticketId: row.last_id } : null;
  return { moved: row.moved, last };
}

/** How many tickets a migration has still to move (locked ones included). */
export async function remainingTickets(tx: EntityManager, catalog: StatusCatalog, namespaceId: number, mappings: readonly PendingMapping[]): Promise<number> {
  if (mappings.length === 0) return 0;
  const taken = mappedTicketsSql(catalog, mappings);
  const effective = effectiveStatusSql(catalog);
  const { remaining } = await sqlOf(tx).one(
    sql`select count(*)::int as remaining from tickets t where t.namespace_id = ${namespaceId} and (${taken}) and ${effective} <> t.status_id`,
    RemainingRow,
  );
  return remaining;
}
