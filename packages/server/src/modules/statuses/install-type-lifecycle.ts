import type { EntityManager } from '@mikro-orm/postgresql';
import { installedLifecycle, installedLifecycleName, planLifecycleInstall } from '@tickets/domain';
import type { TicketTypeDefinition } from '@tickets/plugin-kit';
import { sql } from '@tickets/sql';
import { sqlOf } from '../../db/sql-client.js';
import { attachTypeRow, nextLifecycleId, replaceLifecycle } from './lifecycle-rows.js';
import { StatusCatalog } from './status-catalog.js';
import { insertStatuses } from './status-rows.js';

/**
 * The first time a type with its own lifecycle is used in a namespace, its lifecycle is installed
 * there as custom statuses (a status of the same name and category is shared, not copied). Runs in
 * the caller's transaction, under a lock per namespace and type, so two first tickets cannot both
 * install it. Returns the catalog that includes it.
 */
export async function ensureTypeLifecycle(
  tx: EntityManager,
  namespaceId: number,
  type: TicketTypeDefinition,
  catalog: StatusCatalog,
): Promise<StatusCatalog> {
  if (!type.lifecycle || catalog.hasTypeLifecycle(type.type)) return catalog;
  await sqlOf(tx).run(sql`select pg_advisory_xact_lock(${namespaceId}, hashtext(${type.type}))`);
  const current = await StatusCatalog.load(tx, namespaceId);
  if (current.hasTypeLifecycle(type.type)) return current;

  const plan = planLifecycleInstall(type.lifecycle, current.statuses);
  const created = await insertStatuses(tx, namespaceId, plan.create);
  const lifecycle = installedLifecycle(plan, created, { id: await nextLifecycleId(tx), name: installedLifecycleName(type.title, current.lifecycles) });
  await replaceLifecycle(tx, namespaceId, lifecycle, { insert: true });
  await attachTypeRow(tx, namespaceId, type.type, lifecycle.id);
  return StatusCatalog.load(tx, namespaceId);
}
