// What the edit-person API tests share: fresh profiles to change, and the rows a change wrote.
import type { DemoLogin, TestApi } from '@tickets/server/testing';
import type { EditPersonStored } from '../src/index.js';
import { TABLE } from '../src/server/index.js';

export interface PersonRecord {
  name: string;
  country_iso2: string;
  date_of_birth: string | null;
  gender: string | null;
}

export interface HistoryRecord {
  field: string;
  previous_value: string | null;
  new_value: string | null;
}

export interface LogRecord {
  event_type: string;
  event: { type: string; summary?: string | null; changes?: { field: string; label: string; before: unknown; after: unknown }[] };
  actor_user_id: number | null;
  acting_stakeholder_id: number | null;
}

export interface StoredRow {
  person_id: number;
  wca_id: string;
  fields: EditPersonStored['fields'];
  proof_url: string | null;
  profile_version: Date | string;
  rejection_reason: string | null;
  applied_as: string | null;
}

export function harness(t: TestApi) {
  const db = () => t.api.services.orm.em.fork();
  let serial = 0;

  async function select<Row>(sql: string, params: unknown[]): Promise<Row[]> {
    return db().execute<Row[]>(sql, params);
  }

  return {
    /** A profile of its own for one test, so tests never see each other's changes. */
    async newPerson(values: Partial<PersonRecord> = {}): Promise<{ id: number; wcaId: string }> {
      serial += 1;
      const wcaId = `2020TEST${String(serial).padStart(2, '0')}`;
      const [row] = await select<{ id: number }>(
        'insert into persons (wca_id, name, country_iso2, date_of_birth, gender, updated_at) values (?, ?, ?, ?, ?, now()) returning id',
        [wcaId, values.name ?? `Test Person ${serial}`, values.country_iso2 ?? 'FR', values.date_of_birth ?? '2001-02-03', values.gender ?? 'm'],
      );
      return { id: row!.id, wcaId };
    },

    async person(id: number): Promise<PersonRecord & { updated_at: Date | string }> {
      const [row] = await select<PersonRecord & { updated_at: Date | string }>(
        'select name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at from persons where id = ?',
        [id],
      );
      return row!;
    },

    /** Changes a profile behind the ticket's back, as another tool of the host site would. */
    async changePersonElsewhere(id: number, name: string): Promise<void> {
      await select('update persons set name = ?, updated_at = now() + interval \'1 second\' where id = ?', [name, id]);
    },

    async history(personId: number): Promise<HistoryRecord[]> {
      return select<HistoryRecord>('select field, previous_value, new_value from person_history where person_id = ? order by id', [personId]);
    },

    async stored(ticketId: number): Promise<StoredRow> {
      const [row] = await select<StoredRow>(
        `select m.person_id, m.wca_id, m.fields, m.proof_url, m.profile_version, m.rejection_reason, m.applied_as
           from tickets t join ${TABLE} m on m.id = t.metadata_id where t.id = ?`,
        [ticketId],
      );
      return row!;
    },

    async logs(ticketId: number): Promise<LogRecord[]> {
      return select<LogRecord>('select event_type, event, actor_user_id, acting_stakeholder_id from ticket_logs where ticket_id = ? order by id', [ticketId]);
    },

    async ticketCount(): Promise<number> {
      const [row] = await select<{ count: number }>("select count(*)::int as count from tickets where type = 'edit-person'", []);
      return row!.count;
    },

    /** Runs an action at the ticket's current version. */
    async run(login: DemoLogin, ticketId: number, action: string, input: Record<string, unknown> = {}) {
      const { version } = (await t.client('sam').tickets.get.query({ ticketId })).ticket;
      return t.client(login).actions.run.mutate({ ticketId, expectedVersion: version, action, input });
    },
  };
}
