import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lifecycle } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { LifecycleRow } from '../../db/rows/lifecycles-row.js';
import { sqlOf } from '../../db/sql-client.js';

const ReservedId = LifecycleRow.pick({ id: true });

/** Stores a lifecycle: its name, defaults and exactly its statuses (`insert` for a new one, whose id is reserved). */
export async function replaceLifecycle(tx: EntityManager, namespaceId: number, lifecycle: Lifecycle, { insert = false } = {}): Promise<void> {
  const db = sqlOf(tx);
  const { open, closed, duplicate } = lifecycle.defaults;
  const statusIds = sql.list(lifecycle.statusIds, 'int');
  if (insert) {
    await db.run(
      sql`insert into lifecycles (id, namespace_id, name, default_open_status_id, default_closed_status_id, default_duplicate_status_id)
          values (${lifecycle.id}, ${namespaceId}, ${lifecycle.name}, ${open}, ${closed}, ${duplicate})`,
    );
  } else {
    await db.run(
      sql`update lifecycles set name = ${lifecycle.name}, default_open_status_id = ${open}, default_closed_status_id = ${closed}, default_duplicate_status_id = ${duplicate}
           where id = ${lifecycle.id} and namespace_id = ${namespaceId}`,
    );
    await db.run(sql`delete from lifecycle_statuses where lifecycle_id = ${lifecycle.id} and not (status_id = any(${statusIds}))`);
  }
  await db.run(
    sql`insert into lifecycle_statuses (lifecycle_id, status_id, namespace_id) select ${lifecycle.id}, unnest(${statusIds}), ${namespaceId} on conflict do nothing`,
  );
}

/** Reserves the id of a lifecycle about to be inserted. */
export async function nextLifecycleId(tx: EntityManager): Promise<number> {
  const { id } = await sqlOf(tx).one(sql`select nextval(pg_get_serial_sequence('lifecycles', 'id'))::int as id`, ReservedId);
  return id;
}

export async function deleteLifecycleRows(tx: EntityManager, lifecycleId: number): Promise<void> {
  const db = sqlOf(tx);
  await db.run(sql`delete from lifecycle_statuses where lifecycle_id = ${lifecycleId}`);
  await db.run(sql`delete from lifecycles where id = ${lifecycleId}`);
}

/** Makes a ticket type follow a lifecycle of its namespace (it followed another one, or the default). */
export async function attachTypeRow(tx: EntityManager, namespaceId: number, ticketType: string, lifecycleId: number): Promise<void> {
  await sqlOf(tx).run(
    sql`insert into ticket_type_lifecycles (namespace_id, ticket_type, lifecycle_id) values (${namespaceId}, ${ticketType}, ${lifecycleId})
        on conflict (namespace_id, ticket_type) do update set lifecycle_id = excluded.lifecycle_id`,
  );
}

/** Makes a ticket type follow the namespace's default lifecycle again. */
export async function detachTypeRow(tx: EntityManager, namespaceId: number, ticketType: string): Promise<void> {
  await sqlOf(tx).run(sql`delete from ticket_type_lifecycles where namespace_id = ${namespaceId} and ticket_type = ${ticketType}`);
}
