import type { EntityManager } from '@mikro-orm/postgresql';
import { installedLifecycle, planLifecycleInstall, type Status } from '@tickets/domain';
import type { TicketTypeDefinition } from '@tickets/plugin-kit';
import { StatusCatalog } from './status-catalog.js';

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
  await tx.execute('select pg_advisory_xact_lock(?, hashtext(?))', [namespaceId, type.type]);
  const current = await StatusCatalog.load(tx, namespaceId);
  if (current.hasTypeLifecycle(type.type)) return current;

  const plan = planLifecycleInstall(type.lifecycle, current.statuses);
  let created: Status[] = [];
  if (plan.create.length > 0) {
    const values = plan.create.map(() => '(?, ?, ?, ?, ?::status_category, ?)').join(', ');
    const rows = await tx.execute<{ id: number }[]>(
      `insert into custom_statuses (namespace_id, name, color, description, category, position) values ${values} returning id`,
      plan.create.flatMap((s) => [namespaceId, s.name, s.color, s.description, s.category, s.position]),
    );
    created = plan.create.map((status, index) => ({ ...status, id: rows[index]!.id }));
  }
  const [lifecycleRow] = await tx.execute<{ id: number }[]>(`select nextval(pg_get_serial_sequence('lifecycles', 'id'))::int as id`);
  const lifecycle = installedLifecycle(plan, created, { id: lifecycleRow!.id, name: uniqueLifecycleName(type.title, current) });
  await tx.execute(
    `insert into lifecycles (id, namespace_id, name, default_open_status_id, default_closed_status_id, default_duplicate_status_id) values (?, ?, ?, ?, ?, ?)`,
    [lifecycle.id, namespaceId, lifecycle.name, lifecycle.defaults.open, lifecycle.defaults.closed, lifecycle.defaults.duplicate],
  );
  await tx.execute(
    `insert into lifecycle_statuses (lifecycle_id, status_id, namespace_id) select ?, unnest(?::int[]), ?`,
    [lifecycle.id, `{${lifecycle.statusIds.join(',')}}`, namespaceId],
  );
  await tx.execute(`insert into ticket_type_lifecycles (namespace_id, ticket_type, lifecycle_id) values (?, ?, ?)`, [namespaceId, type.type, lifecycle.id]);
  return StatusCatalog.load(tx, namespaceId);
}

function uniqueLifecycleName(title: string, catalog: StatusCatalog): string {
  const taken = new Set(catalog.lifecycles.map((l) => l.name.toLowerCase()));
  let name = title.slice(0, 64);
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${title.slice(0, 58)} (${n})`;
  return name;
}
