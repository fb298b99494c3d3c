import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryPerson, DirectoryUser, PersonChanges, PersonField, PluginDirectory } from '@tickets/plugin-kit/server';
import { sql, type SqlClient } from '@tickets/sql';
import { z } from 'zod';
import { GroupMembershipRow } from '../db/rows/group-memberships-row.js';
import { PersonRow } from '../db/rows/persons-row.js';
import { UserRow } from '../db/rows/users-row.js';
import { sqlOf } from '../db/sql-client.js';
import { isoTimestamp, isoTimestampOrNull } from '../db/timestamps.js';

const COLUMN_OF: Record<PersonField, string> = { name: 'name', countryIso2: 'country_iso2', dateOfBirth: 'date_of_birth', gender: 'gender' };

const PERSON_COLUMNS = sql`id, wca_id, name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at`;
const USER_COLUMNS = sql`id, name, email, person_id, anonymized_at`;

const DirectoryUserRow = UserRow.pick({ id: true, name: true, email: true, person_id: true, anonymized_at: true });
const UserIdRow = UserRow.pick({ id: true });
const PersonIdRow = PersonRow.pick({ id: true });
const CountRow = z.object({ count: z.number() });
const MemberRow = GroupMembershipRow.pick({ user_id: true });

function toPerson(row: PersonRow): DirectoryPerson {
  return {
    id: row.id,
    wcaId: row.wca_id,
    name: row.name,
    countryIso2: row.country_iso2,
    dateOfBirth: row.date_of_birth === null ? null : row.date_of_birth.slice(0, 10),
    gender: row.gender,
    updatedAt: isoTimestamp(row.updated_at),
  };
}

function toUser(row: z.infer<typeof DirectoryUserRow>): DirectoryUser {
  return { id: row.id, name: row.name, email: row.email, personId: row.person_id, anonymizedAt: isoTimestampOrNull(row.anonymized_at) };
}

export interface SqlPluginDirectoryOptions {
  /** Told of each user this directory anonymized (the request's viewer cache forgets them). */
  onUserAnonymized?: (userId: number) => void;
}

/** The plugin-facing directory over this product's own tables, bound to one transaction. */
export class SqlPluginDirectory implements PluginDirectory {
  private readonly db: SqlClient;

  constructor(
    em: EntityManager,
    private readonly options: SqlPluginDirectoryOptions = {},
  ) {
    this.db = sqlOf(em);
  }

  async user(userId: number): Promise<DirectoryUser | null> {
    const row = await this.db.maybeOne(sql`select ${USER_COLUMNS} from users where id = ${userId}`, DirectoryUserRow);
    return row ? toUser(row) : null;
  }

  async person(personId: number, { lock = false } = {}): Promise<DirectoryPerson | null> {
    const row = await this.db.maybeOne(sql`select ${PERSON_COLUMNS} from persons where id = ${personId}${lock ? sql` for update` : sql``}`, PersonRow);
    return row ? toPerson(row) : null;
  }

  async personByWcaId(wcaId: string): Promise<DirectoryPerson | null> {
    const row = await this.db.maybeOne(sql`select ${PERSON_COLUMNS} from persons where wca_id = ${wcaId}`, PersonRow);
    return row ? toPerson(row) : null;
  }

  async userLinkedToPerson(personId: number): Promise<DirectoryUser | null> {
    // The directory does not forbid two accounts on one person; the oldest counts.
    const row = await this.db.maybeOne(sql`select ${USER_COLUMNS} from users where person_id = ${personId} order by id limit 1`, DirectoryUserRow);
    return row ? toUser(row) : null;
  }

  async personHistoryCount(personId: number): Promise<number> {
    const { count } = await this.db.one(sql`select count(*)::int as count from person_history where person_id = ${personId}`, CountRow);
    return count;
  }

  async isMemberOfGroup(userId: number, groupName: string): Promise<boolean> {
    const rows = await this.db.rows(
      sql`select m.user_id from group_memberships m join user_groups g on g.id = m.group_id where m.user_id = ${userId} and lower(g.key) = lower(${groupName})`,
      MemberRow,
    );
    return rows.length > 0;
  }

  async updatePerson(personId: number, changes: PersonChanges, mode: 'fix' | 'update'): Promise<DirectoryPerson> {
    const fields = Object.keys(changes) as PersonField[];
    const before = await this.db.maybeOne(sql`select ${PERSON_COLUMNS} from persons where id = ${personId} for update`, PersonRow);
    if (!before) throw new Error(`Person #${personId} does not exist in the directory.`);
    if (fields.length > 0) {
      const assignments = sql.join(fields.map((field) => sql`${sql.id(COLUMN_OF[field])} = ${changes[field] ?? null}`));
      await this.db.run(sql`update persons set ${assignments}, updated_at = now() where id = ${personId}`);
      if (mode === 'update') {
        const previous = toPerson(before);
        const values = sql.join(fields.map((field) => sql`(${personId}, ${field}, ${previous[field]}, ${changes[field] ?? null})`));
        await this.db.run(sql`insert into person_history (person_id, field, previous_value, new_value) values ${values}`);
      }
    }
    const after = await this.person(personId);
    if (!after) throw new Error(`Person #${personId} disappeared while being updated.`);
    return after;
  }

  async anonymizeUser(userId: number): Promise<{ changed: boolean }> {
    const rows = await this.db.rows(
      sql`update users set name = 'Anonymous ' || id, email = null, anonymized_at = now()
           where id = ${userId} and anonymized_at is null returning id`,
      UserIdRow,
    );
    if (rows.length > 0) this.options.onUserAnonymized?.(userId);
    return { changed: rows.length > 0 };
  }

  async anonymizePerson(personId: number): Promise<{ changed: boolean }> {
    const rows = await this.db.rows(
      sql`update persons set name = 'Anonymous', date_of_birth = null, gender = null, updated_at = now()
           where id = ${personId} and not (name = 'Anonymous' and date_of_birth is null and gender is null) returning id`,
      PersonIdRow,
    );
    if (rows.length > 0) await this.db.run(sql`delete from person_history where person_id = ${personId}`);
    return { changed: rows.length > 0 };
  }

  async linkUserToPerson(userId: number, personId: number): Promise<void> {
    await this.db.run(sql`update users set person_id = ${personId} where id = ${userId}`);
  }
}
