// What the edit-person API tests share: fresh profiles to change, and the rows a change wrote.
import { sql } from '@tickets/plugin-kit/server';
import { type DemoLogin, sqlOf, type TestApi } from '@tickets/server/testing';
import { z } from 'zod';
import { RequestedField } from '../src/index.js';
import { TABLE } from '../src/server/index.js';

const PersonRecord = z.object({ name: z.string(), country_iso2: z.string(), date_of_birth: z.string().nullable(), gender: z.string().nullable() });
export type PersonRecord = z.infer<typeof PersonRecord>;
const PersonRow = PersonRecord.extend({ updated_at: z.string() });

const HistoryRecord = z.object({ field: z.string(), previous_value: z.string().nullable(), new_value: z.string().nullable() });
export type HistoryRecord = z.infer<typeof HistoryRecord>;

const LogRecord = z.object({
  event_type: z.string(),
  event: z.object({
    type: z.string(),
    summary: z.string().nullable().optional(),
    changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.unknown(), after: z.unknown() })).optional(),
  }),
  actor_user_id: z.number().nullable(),
  acting_stakeholder_id: z.number().nullable(),
});
export type LogRecord = z.infer<typeof LogRecord>;

const StoredRow = z.object({
  person_id: z.number(),
  wca_id: z.string(),
  fields: z.array(RequestedField),
  proof_url: z.string().nullable(),
  profile_version: z.string(),
  rejection_reason: z.string().nullable(),
  applied_as: z.string().nullable(),
});
export type StoredRow = z.infer<typeof StoredRow>;

export function harness(t: TestApi) {
  const db = () => sqlOf(t.api.services.orm.em.fork());
  let serial = 0;

  return {
    /** A profile of its own for one test, so tests never see each other's changes. */
    async newPerson(values: Partial<PersonRecord> = {}): Promise<{ id: number; wcaId: string }> {
      serial += 1;
      const wcaId = `2020TEST${String(serial).padStart(2, '0')}`;
      const row = await db().one(
        sql`insert into persons (wca_id, name, country_iso2, date_of_birth, gender, updated_at)
            values (${wcaId}, ${values.name ?? `Test Person ${serial}`}, ${values.country_iso2 ?? 'FR'}, ${values.date_of_birth ?? '2001-02-03'}, ${values.gender ?? 'm'}, now())
            returning id`,
        z.object({ id: z.number() }),
      );
      return { id: row.id, wcaId };
    },

    person(id: number): Promise<z.infer<typeof PersonRow>> {
      return db().one(sql`select name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at from persons where id = ${id}`, PersonRow);
    },

    /** Changes a profile behind the ticket's back, as another tool of the host site would. */
    async changePersonElsewhere(id: number, name: string): Promise<void> {
      await db().run(sql`update persons set name = ${name}, updated_at = now() + interval '1 second' where id = ${id}`);
    },

    history(personId: number): Promise<HistoryRecord[]> {
      return db().rows(sql`select field, previous_value, new_value from person_history where person_id = ${personId} order by id`, HistoryRecord);
    },

    stored(ticketId: number): Promise<StoredRow> {
      return db().one(
        sql`select m.person_id, m.wca_id, m.fields, m.proof_url, m.profile_version, m.rejection_reason, m.applied_as
              from tickets t join ${sql.id(TABLE)} m on m.id = t.metadata_id where t.id = ${ticketId}`,
        StoredRow,
      );
    },

    logs(ticketId: number): Promise<LogRecord[]> {
      return db().rows(sql`select event_type, event, actor_user_id, acting_stakeholder_id from ticket_logs where ticket_id = ${ticketId} order by id`, LogRecord);
    },

    async ticketCount(): Promise<number> {
      return (await db().one(sql`select count(*)::int as count from tickets where type = 'edit-person'`, z.object({ count: z.number() }))).count;
    },

    /** Runs an action at the ticket's current version, as a reader of `acceptLanguage` when given. */
    async run(login: DemoLogin, ticketId: number, action: string, input: Record<string, unknown> = {}, acceptLanguage?: string) {
      const { version } = (await t.client('sam').tickets.get.query({ ticketId })).ticket;
      return t.client(login, acceptLanguage).actions.run.mutate({ ticketId, expectedVersion: version, action, input });
    },
  };
}
