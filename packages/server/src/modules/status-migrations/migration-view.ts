import type { EntityManager } from '@mikro-orm/postgresql';
import { type StatusLabel, SYSTEM_STATUSES } from '@tickets/domain';
import { sql, type Statement } from '@tickets/sql';
import { pgJson } from '../../db/rows/pg-values.js';
import { StatusMigrationRow } from '../../db/rows/status-migrations-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../../db/timestamps.js';
import type { StatusMigrationView } from '../statuses/status-settings-schemas.js';

interface MappingOfView {
  from: StatusLabel;
  to: StatusLabel;
  toExists: boolean;
  lifecycleId: number | null;
  ticketType: string | null;
}

const MigrationRow = StatusMigrationRow.omit({ namespace_id: true }).extend({ mappings: pgJson<MappingOfView[]>() });

export type MigrationSelection = { ids: readonly number[] } | { unfinished: true } | { recent: number };

/**
 * Status migrations of a namespace with their progress and mappings, in one query: by id, the
 * unfinished ones, or the most recent ones. A mapping's target is named as it is now; a target
 * removed since is named as it was when it was removed (the later mapping that took it away
 * remembers its label) and marked `targetRemoved`, so whoever reads the progress sees "A → B" and,
 * beside it while it runs, the later "B → C" that moves those tickets on. Only a target removed
 * without a mapping (no ticket on it by then) has no name left: "Status #12".
 */
export async function loadMigrationViews(em: EntityManager, namespaceId: number, selection: MigrationSelection): Promise<StatusMigrationView[]> {
  let where: Statement;
  if ('ids' in selection) {
    if (selection.ids.length === 0) return [];
    where = sql`m.id = any(${sql.list(selection.ids, 'int')})`;
  } else if ('unfinished' in selection) {
    where = sql`m.finished_at is null`;
  } else {
    where = sql`m.id in (select id from status_migrations where namespace_id = ${namespaceId} order by id desc limit ${selection.recent})`;
  }
  const rows = await sqlOf(em).rows(
    sql`select m.id, m.reason, m.why, m.total, m.moved, m.batches, m.longest_batch_ms, m.created_at, m.started_at, m.finished_at,
            coalesce((select json_agg(json_build_object(
                        'from', sm.from_label,
                        'to', coalesce(
                                case when cs.id is not null then jsonb_build_object('id', cs.id, 'name', cs.name, 'category', cs.category) end,
                                (select later.from_label from status_mappings later
                                  where later.namespace_id = sm.namespace_id and later.from_status_id = sm.to_status_id order by later.id limit 1),
                                -- Same state as the removed status (a mapping never changes it).
                                jsonb_build_object('id', sm.to_status_id, 'name', 'Status #' || sm.to_status_id, 'category', sm.from_label -> 'category')),
                        'toExists', cs.id is not null,
                        'lifecycleId', sm.lifecycle_id, 'ticketType', sm.ticket_type) order by sm.id)
                        from status_mappings sm left join custom_statuses cs on cs.id = sm.to_status_id
                       where sm.migration_id = m.id), '[]') as mappings
       from status_migrations m
      where m.namespace_id = ${namespaceId} and ${where}
      order by m.id desc`,
    MigrationRow,
  );
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    why: row.why,
    state: row.finished_at !== null ? 'done' : row.started_at !== null ? 'running' : 'pending',
    total: row.total,
    moved: row.moved,
    batches: row.batches,
    longestBatchMs: row.longest_batch_ms,
    createdAt: isoTimestamp(row.created_at),
    startedAt: isoTimestampOrNull(row.started_at),
    finishedAt: isoTimestampOrNull(row.finished_at),
    mappings: row.mappings.map(({ toExists, ...mapping }) => {
      const system = systemLabel(mapping.to.id);
      return { ...mapping, to: system ?? mapping.to, targetRemoved: !system && !toExists };
    }),
  }));
}

/** A system-defined status's label: they have no row to join. */
function systemLabel(id: number): StatusLabel | undefined {
  const status = SYSTEM_STATUSES.find((s) => s.id === id);
  return status && { id: status.id, name: status.name, category: status.category };
}
