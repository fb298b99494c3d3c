import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewStatus, Status } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { CustomStatusRow } from '../../db/rows/custom-statuses-row.js';
import { sqlOf } from '../../db/sql-client.js';

const InsertedStatus = CustomStatusRow.pick({ id: true });

/** Inserts statuses in one statement and returns them with their ids, in the order given. */
export async function insertStatuses(tx: EntityManager, namespaceId: number, statuses: readonly NewStatus[]): Promise<Status[]> {
  if (statuses.length === 0) return [];
  const values = sql.join(
    statuses.map((s) => sql`(${namespaceId}, ${s.name}, ${s.color}, ${s.description}, ${s.category}::status_category, ${s.position}, ${s.systemOrigin})`),
  );
  const rows = await sqlOf(tx).rows(
    sql`insert into custom_statuses (namespace_id, name, color, description, category, position, system_origin) values ${values} returning id`,
    InsertedStatus,
  );
  return statuses.map((status, index) => ({ ...status, id: rows[index]!.id }));
}

/** Stores a status's fields (name, colour, description, category, position). */
export async function updateStatusRow(tx: EntityManager, status: Status): Promise<void> {
  await sqlOf(tx).run(
    sql`update custom_statuses
           set name = ${status.name}, color = ${status.color}, description = ${status.description}, category = ${status.category}::status_category, position = ${status.position}
         where id = ${status.id}`,
  );
}

/** Sets the positions of statuses: each id gets its index in the list. */
export async function storePositions(tx: EntityManager, statusIds: readonly number[]): Promise<void> {
  if (statusIds.length === 0) return;
  await sqlOf(tx).run(
    sql`update custom_statuses s set position = o.position - 1 from unnest(${sql.list(statusIds, 'int')}) with ordinality as o(id, position) where s.id = o.id`,
  );
}

export async function deleteStatusRow(tx: EntityManager, statusId: number): Promise<void> {
  await sqlOf(tx).run(sql`delete from custom_statuses where id = ${statusId}`);
}
