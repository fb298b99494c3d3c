import { sql, type Statement } from '@tickets/plugin-kit/server';
import { sqlOf, type TestApi } from '@tickets/server/testing';
import { z } from 'zod';
import type { AnonymizationStored } from '../src/index.js';

/** Reads and writes straight in the database, outside any request. */
export function db(t: TestApi) {
  return sqlOf(t.api.services.orm.em.fork());
}

/** Every column of every row a query returns, for comparing a table before and after. */
export function rowsOf(t: TestApi, query: Statement): Promise<Record<string, unknown>[]> {
  return db(t).rows(query, z.record(z.string(), z.unknown()));
}

export async function historyCount(t: TestApi, personId: number): Promise<number> {
  return (await db(t).one(sql`select count(*)::int as count from person_history where person_id = ${personId}`, z.object({ count: z.number() }))).count;
}

export async function addHistory(t: TestApi, personId: number, entries: number): Promise<void> {
  for (let i = 0; i < entries; i++) {
    await db(t).run(sql`insert into person_history (person_id, field, previous_value, new_value) values (${personId}, 'name', ${`Old name ${i}`}, ${`Name ${i}`})`);
  }
}

/** The stored metadata as the team sees it on the ticket. */
export async function storedOf(t: TestApi, ticketId: number): Promise<AnonymizationStored> {
  const detail = await t.client('ana').tickets.get.query({ ticketId });
  return detail.metadata as AnonymizationStored;
}

const LogRow = z.object({
  event_type: z.string(),
  actor_user_id: z.number().nullable(),
  acting_stakeholder_id: z.number().nullable(),
  event: z.record(z.string(), z.unknown()),
});

export function logsOf(t: TestApi, ticketId: number) {
  return db(t).rows(sql`select event_type, actor_user_id, acting_stakeholder_id, event from ticket_logs where ticket_id = ${ticketId} order by id`, LogRow);
}
