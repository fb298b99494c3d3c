import type { EntityManager } from '@mikro-orm/postgresql';
import { isSystemStatusId, mapSystemLifecycle, planConversionToCustom, type Status, SYSTEM_LIFECYCLE, SYSTEM_STATUSES, type SystemReason } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { sqlOf } from '../../db/sql-client.js';
import { createStatusMigration } from '../status-migrations/migration-store.js';
import { nextLifecycleId, replaceLifecycle } from './lifecycle-rows.js';
import { StatusCatalog } from './status-catalog.js';
import { insertStatuses } from './status-rows.js';

const CONVERSION_REASON: SystemReason = { kind: 'custom_statuses' };

export interface Conversion {
  catalog: StatusCatalog;
  /** The migration that moves tickets from the system statuses to their copies. */
  migrationId: number;
}

/**
 * Converts a namespace from the system-defined statuses to custom copies, in the caller's
 * transaction (which holds the namespace's catalog lock): every system status is copied with its
 * origin remembered, the system lifecycle is stored as the namespace's own default lifecycle, every
 * lifecycle that named a system status names its copy, and a migration moves the tickets (reads
 * show the copies at once). There is no way back. Returns the catalog after the change.
 */
export async function convertToCustomStatuses(tx: EntityManager, namespaceId: number, catalog: StatusCatalog): Promise<Conversion> {
  const copies: Status[] = await insertStatuses(tx, namespaceId, planConversionToCustom());
  const taken = new Set(catalog.lifecycles.map((l) => l.name.toLowerCase()));
  let name = SYSTEM_LIFECYCLE.name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SYSTEM_LIFECYCLE.name} (${n})`;
  const { lifecycle: own, mappings } = mapSystemLifecycle(copies, { ...SYSTEM_LIFECYCLE, name }, await nextLifecycleId(tx));
  await replaceLifecycle(tx, namespaceId, own, { insert: true });
  for (const lifecycle of catalog.lifecycles) {
    if ([...lifecycle.statusIds, ...Object.values(lifecycle.defaults)].some(isSystemStatusId)) {
      await replaceLifecycle(tx, namespaceId, mapSystemLifecycle(copies, lifecycle).lifecycle);
    }
  }
  await sqlOf(tx).run(sql`update namespaces set uses_custom_statuses = true, default_lifecycle_id = ${own.id} where id = ${namespaceId}`);
  const after = await StatusCatalog.load(tx, namespaceId);
  const migrationId = await createStatusMigration(tx, after, {
    namespaceId,
    why: CONVERSION_REASON,
    mappings: mappings.map((m) => {
      const system = SYSTEM_STATUSES.find((s) => s.id === m.from)!;
      return { lifecycleId: null, ticketType: null, from: m.from, to: m.to, fromLabel: { id: system.id, name: system.name, category: system.category } };
    }),
  });
  return { catalog: await StatusCatalog.load(tx, namespaceId), migrationId };
}
