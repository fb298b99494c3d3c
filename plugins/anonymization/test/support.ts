import type { TestApi } from '@tickets/server/testing';
import type { AnonymizationStored } from '../src/index.js';

/** Reads straight from the database, outside any request. */
export function rowsOf<Row extends object>(t: TestApi, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
  return t.api.services.orm.em.fork().execute<Row[]>(sql, [...params]);
}

export interface UserRow {
  name: string;
  email: string | null;
  anonymized_at: Date | string | null;
  person_id: number | null;
}

export async function userRow(t: TestApi, userId: number): Promise<UserRow> {
  const [row] = await rowsOf<UserRow>(t, 'select name, email, anonymized_at, person_id from users where id = ?', [userId]);
  return row!;
}

export interface PersonRow {
  wca_id: string;
  name: string;
  country_iso2: string;
  date_of_birth: string | null;
  gender: string | null;
  updated_at: Date | string;
}

export async function personRow(t: TestApi, personId: number): Promise<PersonRow> {
  const [row] = await rowsOf<PersonRow>(t, 'select wca_id, name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at from persons where id = ?', [personId]);
  return row!;
}

export async function historyCount(t: TestApi, personId: number): Promise<number> {
  const [row] = await rowsOf<{ count: number }>(t, 'select count(*)::int as count from person_history where person_id = ?', [personId]);
  return row!.count;
}

export async function addHistory(t: TestApi, personId: number, entries: number): Promise<void> {
  for (let i = 0; i < entries; i++) {
    await rowsOf(t, "insert into person_history (person_id, field, previous_value, new_value) values (?, 'name', ?, ?)", [personId, `Old name ${i}`, `Name ${i}`]);
  }
}

/** The stored metadata as the team sees it on the ticket. */
export async function storedOf(t: TestApi, ticketId: number): Promise<AnonymizationStored> {
  const detail = await t.client('ana').tickets.get.query({ ticketId });
  return detail.metadata as AnonymizationStored;
}

export interface LogRow {
  event_type: string;
  actor_user_id: number | null;
  acting_stakeholder_id: number | null;
  event: Record<string, unknown>;
}

export function logsOf(t: TestApi, ticketId: number): Promise<LogRow[]> {
  return rowsOf<LogRow>(t, 'select event_type, actor_user_id, acting_stakeholder_id, event from ticket_logs where ticket_id = ? order by id', [ticketId]);
}
