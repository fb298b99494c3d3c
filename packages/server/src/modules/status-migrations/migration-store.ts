import type { EntityManager } from '@mikro-orm/postgresql';
import { type StatusLabel, type SystemReason, systemReasonText } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { StatusMigrationRow } from '../../db/rows/status-migrations-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { mappedTicketsSql } from '../statuses/effective-status-sql.js';
import type { StatusCatalog } from '../statuses/status-catalog.js';

export interface NewMapping {
  /** The lifecycle whose tickets it applies to; null for every lifecycle of the namespace. */
  lifecycleId: number | null;
  /** The ticket type it applies to; null for every type. */
  ticketType: string | null;
  from: number;
  to: number;
  fromLabel: StatusLabel;
}

export interface NewMigration {
  namespaceId: number;
  /** Why the tickets move: the system actor's reason in their log entries ("status 'Blocked' was removed"). */
  why: SystemReason;
  mappings: readonly NewMapping[];
}

const REASON_MAX = 255;

const TotalRow = z.object({ total: z.number() });
const InsertedMigration = StatusMigrationRow.pick({ id: true });

/**
 * Records a status migration and its pending mappings, in the caller's transaction (the same one
 * that removes the statuses): from its commit on, reads resolve the mappings. `catalog` is the
 * namespace's catalog after the change; the total counts the tickets the mappings move. Returns the
 * migration's id. The background job does the rest.
 */
export async function createStatusMigration(tx: EntityManager, catalog: StatusCatalog, migration: NewMigration): Promise<number> {
  const db = sqlOf(tx);
  const moving = mappedTicketsSql(catalog, migration.mappings);
  const { total } = await db.one(sql`select count(*)::int as total from tickets t where t.namespace_id = ${migration.namespaceId} and (${moving})`, TotalRow);
  const words = systemReasonText(migration.why);
  const reason = words.length > REASON_MAX ? `${words.slice(0, REASON_MAX - 1)}…` : words;
  const { id } = await db.one(
    sql`insert into status_migrations (namespace_id, reason, why, total) values (${migration.namespaceId}, ${reason}, ${JSON.stringify(migration.why)}::jsonb, ${total}) returning id`,
    InsertedMigration,
  );
  if (migration.mappings.length > 0) {
    const values = sql.join(
      migration.mappings.map((m) => sql`(${migration.namespaceId}, ${id}, ${m.lifecycleId}, ${m.ticketType}, ${m.from}, ${m.to}, ${JSON.stringify(m.fromLabel)}::jsonb)`),
    );
    await db.run(sql`insert into status_mappings (namespace_id, migration_id, lifecycle_id, ticket_type, from_status_id, to_status_id, from_label) values ${values}`);
  }
  return id;
}
