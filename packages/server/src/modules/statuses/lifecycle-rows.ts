import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lifecycle } from '@tickets/domain';

/** Stores a lifecycle: its name, defaults and exactly its statuses (`insert` for a new one, whose id is reserved). */
export async function replaceLifecycle(tx: EntityManager, namespaceId: number, lifecycle: Lifecycle, { insert = false } = {}): Promise<void> {
  const { open, closed, duplicate } = lifecycle.defaults;
  if (insert) {
    await tx.execute(
      `insert into lifecycles (id, namespace_id, name, default_open_status_id, default_closed_status_id, default_duplicate_status_id) values (?, ?, ?, ?, ?, ?)`,
      [lifecycle.id, namespaceId, lifecycle.name, open, closed, duplicate],
    );
  } else {
    await tx.execute(
      `update lifecycles set name = ?, default_open_status_id = ?, default_closed_status_id = ?, default_duplicate_status_id = ? where id = ? and namespace_id = ?`,
      [lifecycle.name, open, closed, duplicate, lifecycle.id, namespaceId],
    );
    await tx.execute(`delete from lifecycle_statuses where lifecycle_id = ? and not (status_id = any(?::int[]))`, [lifecycle.id, `{${lifecycle.statusIds.join(',')}}`]);
  }
  await tx.execute(
    `insert into lifecycle_statuses (lifecycle_id, status_id, namespace_id) select ?, unnest(?::int[]), ? on conflict do nothing`,
    [lifecycle.id, `{${lifecycle.statusIds.join(',')}}`, namespaceId],
  );
}

/** Reserves the id of a lifecycle about to be inserted. */
export async function nextLifecycleId(tx: EntityManager): Promise<number> {
  const [row] = await tx.execute<{ id: number }[]>(`select nextval(pg_get_serial_sequence('lifecycles', 'id'))::int as id`);
  return row!.id;
}

export async function deleteLifecycleRows(tx: EntityManager, lifecycleId: number): Promise<void> {
  await tx.execute(`delete from lifecycle_statuses where lifecycle_id = ?`, [lifecycleId]);
  await tx.execute(`delete from lifecycles where id = ?`, [lifecycleId]);
}
