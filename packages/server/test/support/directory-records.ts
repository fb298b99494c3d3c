// What the directory holds for a user or a person, read straight from its tables: plugins' tests
// check what their effects changed there (and what they left alone), row for row.
import { sql } from '@tickets/sql';
import { PersonRow } from '../../src/db/rows/persons-row.js';
import { UserRow } from '../../src/db/rows/users-row.js';
import { sqlOf } from '../../src/db/sql-client.js';
import type { TestApi } from './test-api.js';

export function userRecord(t: TestApi, userId: number): Promise<UserRow> {
  return sqlOf(t.api.services.orm.em.fork()).one(
    sql`select id, name, email, is_site_admin, person_id, anonymized_at, created_at from users where id = ${userId}`,
    UserRow,
  );
}

export function personRecord(t: TestApi, personId: number): Promise<PersonRow> {
  return sqlOf(t.api.services.orm.em.fork()).one(
    sql`select id, wca_id, name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at from persons where id = ${personId}`,
    PersonRow,
  );
}
