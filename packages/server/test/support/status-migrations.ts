// Helpers for tests of custom statuses and their background migrations.
import { expect } from 'vitest';
import type { TestApi } from './test-api.js';

/** Waits until the namespace has no unfinished status migration (the API's worker runs them). */
export async function waitForMigrations(t: TestApi, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await t.api.services.orm.em.fork().execute<{ open: number }[]>(`select count(*)::int as open from status_migrations where finished_at is null`);
    if (row?.open === 0) return;
    if (Date.now() > until) throw new Error(`Status migrations still unfinished after ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The stored status of tickets, straight from the table (reads resolve mappings; this does not). */
export async function storedStatuses(t: TestApi, ticketIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await t.api.services.orm.em
    .fork()
    .execute<{ id: number; status_id: number }[]>(`select id, status_id from tickets where id = any(?::int[])`, [`{${ticketIds.join(',')}}`]);
  return new Map(rows.map((row) => [row.id, row.status_id]));
}

/** The system actor's log entries per ticket: reason and the status move. */
export async function systemLogs(t: TestApi, ticketIds: readonly number[]): Promise<Map<number, { reason: string; from: number; to: number }[]>> {
  const rows = await t.api.services.orm.em.fork().execute<{ ticket_id: number; system_reason: string; from_id: number; to_id: number }[]>(
    `select ticket_id, system_reason, (event->'from'->>'id')::int as from_id, (event->'to'->>'id')::int as to_id
       from ticket_logs where system_reason is not null and ticket_id = any(?::int[]) order by id`,
    [`{${ticketIds.join(',')}}`],
  );
  const byTicket = new Map<number, { reason: string; from: number; to: number }[]>();
  for (const row of rows) byTicket.set(row.ticket_id, [...(byTicket.get(row.ticket_id) ?? []), { reason: row.system_reason, from: row.from_id, to: row.to_id }]);
  return byTicket;
}

/** Inserts `count` open tickets of a type on a status in one statement, each with WRT assigned; returns their ids. */
export async function insertTickets(t: TestApi, count: number, statusId: number, type = 'plain-request'): Promise<number[]> {
  const namespaceId = t.api.services.namespace.id;
  const rows = await t.api.services.orm.em.fork().execute<{ id: number }[]>(
    `with created as (
       insert into tickets (namespace_id, type, title, state, status_id, created_by_user_id)
       select ?, ?, 'Bulk ' || g, 'open', ?, 2 from generate_series(1, ?) g
       returning id, namespace_id),
     assigned as (
       insert into ticket_stakeholders (namespace_id, ticket_id, principal_kind, principal_id, connection, role)
       select namespace_id, id, 'group', 1, 'assigned', 'actioner' from created)
     select id from created order by id`,
    [namespaceId, type, statusId, count],
  );
  expect(rows).toHaveLength(count);
  return rows.map((row) => row.id);
}
