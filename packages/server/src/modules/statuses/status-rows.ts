import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewStatus, Status } from '@tickets/domain';

/** Inserts statuses in one statement and returns them with their ids, in the order given. */
export async function insertStatuses(tx: EntityManager, namespaceId: number, statuses: readonly NewStatus[]): Promise<Status[]> {
  if (statuses.length === 0) return [];
  const values = statuses.map(() => '(?, ?, ?, ?, ?::status_category, ?, ?)').join(', ');
  const rows = await tx.execute<{ id: number }[]>(
    `insert into custom_statuses (namespace_id, name, color, description, category, position, system_origin) values ${values} returning id`,
    statuses.flatMap((s) => [namespaceId, s.name, s.color, s.description, s.category, s.position, s.systemOrigin]),
  );
  return statuses.map((status, index) => ({ ...status, id: rows[index]!.id }));
}

/** Stores a status's fields (name, colour, description, category, position). */
export async function updateStatusRow(tx: EntityManager, status: Status): Promise<void> {
  await tx.execute(`update custom_statuses set name = ?, color = ?, description = ?, category = ?::status_category, position = ? where id = ?`, [
    status.name,
    status.color,
    status.description,
    status.category,
    status.position,
    status.id,
  ]);
}

/** Sets the positions of statuses: each id gets its index in the list. */
export async function storePositions(tx: EntityManager, statusIds: readonly number[]): Promise<void> {
  if (statusIds.length === 0) return;
  await tx.execute(
    `update custom_statuses s set position = o.position - 1 from unnest(?::int[]) with ordinality as o(id, position) where s.id = o.id`,
    [`{${statusIds.join(',')}}`],
  );
}

export async function deleteStatusRow(tx: EntityManager, statusId: number): Promise<void> {
  await tx.execute(`delete from custom_statuses where id = ?`, [statusId]);
}
