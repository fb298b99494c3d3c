import type { EntityManager } from '@mikro-orm/postgresql';
import type { DirectoryPerson, DirectoryUser, PersonChanges, PersonField, PluginDirectory } from '@tickets/plugin-kit/server';
import { isoTimestamp, isoTimestampOrNull } from '../db/timestamps.js';

const COLUMN_OF: Record<PersonField, string> = { name: 'name', countryIso2: 'country_iso2', dateOfBirth: 'date_of_birth', gender: 'gender' };

interface PersonRow {
  id: number;
  wca_id: string;
  name: string;
  country_iso2: string;
  date_of_birth: string | Date | null;
  gender: string | null;
  updated_at: string | Date;
}

function dateOnly(value: string | Date | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value.slice(0, 10);
}

function toPerson(row: PersonRow): DirectoryPerson {
  return {
    id: row.id,
    wcaId: row.wca_id,
    name: row.name,
    countryIso2: row.country_iso2,
    dateOfBirth: dateOnly(row.date_of_birth),
    gender: row.gender,
    updatedAt: isoTimestamp(row.updated_at),
  };
}

interface UserRow {
  id: number;
  name: string;
  email: string | null;
  person_id: number | null;
  anonymized_at: string | Date | null;
}

const USER_COLUMNS = 'id, name, email, person_id, anonymized_at';

function toUser(row: UserRow): DirectoryUser {
  return { id: row.id, name: row.name, email: row.email, personId: row.person_id, anonymizedAt: isoTimestampOrNull(row.anonymized_at) };
}

const PERSON_COLUMNS = 'id, wca_id, name, country_iso2, date_of_birth::text as date_of_birth, gender, updated_at';

/** The plugin-facing directory over this product's own tables, bound to one transaction. */
export class SqlPluginDirectory implements PluginDirectory {
  constructor(private readonly em: EntityManager) {}

  async user(userId: number): Promise<DirectoryUser | null> {
    const [row] = await this.em.execute<UserRow[]>(`select ${USER_COLUMNS} from users where id = ?`, [userId]);
    return row ? toUser(row) : null;
  }

  async person(personId: number, { lock = false } = {}): Promise<DirectoryPerson | null> {
    const [row] = await this.em.execute<PersonRow[]>(`select ${PERSON_COLUMNS} from persons where id = ?${lock ? ' for update' : ''}`, [personId]);
    return row ? toPerson(row) : null;
  }

  async personByWcaId(wcaId: string): Promise<DirectoryPerson | null> {
    const [row] = await this.em.execute<PersonRow[]>(`select ${PERSON_COLUMNS} from persons where wca_id = ?`, [wcaId]);
    return row ? toPerson(row) : null;
  }

  async userLinkedToPerson(personId: number): Promise<DirectoryUser | null> {
    // The directory does not forbid two accounts on one person; the oldest counts.
    const [row] = await this.em.execute<UserRow[]>(`select ${USER_COLUMNS} from users where person_id = ? order by id limit 1`, [personId]);
    return row ? toUser(row) : null;
  }

  async personHistoryCount(personId: number): Promise<number> {
    const [row] = await this.em.execute<{ count: number }[]>('select count(*)::int as count from person_history where person_id = ?', [personId]);
    return row?.count ?? 0;
  }

  async isMemberOfGroup(userId: number, groupName: string): Promise<boolean> {
    const rows = await this.em.execute<{ user_id: number }[]>(
      'select m.user_id from group_memberships m join user_groups g on g.id = m.group_id where m.user_id = ? and lower(g.key) = lower(?)',
      [userId, groupName],
    );
    return rows.length > 0;
  }

  async updatePerson(personId: number, changes: PersonChanges, mode: 'fix' | 'update'): Promise<DirectoryPerson> {
    const fields = Object.keys(changes) as PersonField[];
    const [before] = await this.em.execute<PersonRow[]>(`select ${PERSON_COLUMNS} from persons where id = ? for update`, [personId]);
    if (!before) throw new Error(`Person #${personId} does not exist in the directory.`);
    if (fields.length > 0) {
      const assignments = fields.map((field) => `${COLUMN_OF[field]} = ?`).join(', ');
      await this.em.execute(`update persons set ${assignments}, updated_at = now() where id = ?`, [...fields.map((f) => changes[f] ?? null), personId]);
      if (mode === 'update') {
        const previous = toPerson(before);
        const values = fields.map(() => '(?, ?, ?, ?)').join(', ');
        await this.em.execute(
          `insert into person_history (person_id, field, previous_value, new_value) values ${values}`,
          fields.flatMap((field) => [personId, field, previous[field], changes[field] ?? null]),
        );
      }
    }
    const after = await this.person(personId);
    if (!after) throw new Error(`Person #${personId} disappeared while being updated.`);
    return after;
  }

  async anonymizeUser(userId: number): Promise<{ changed: boolean }> {
    const rows = await this.em.execute<{ id: number }[]>(
      `update users set name = 'Anonymous ' || id, email = null, anonymized_at = now()
        where id = ? and anonymized_at is null returning id`,
      [userId],
    );
    return { changed: rows.length > 0 };
  }

  async anonymizePerson(personId: number): Promise<{ changed: boolean }> {
    const rows = await this.em.execute<{ id: number }[]>(
      `update persons set name = 'Anonymous', date_of_birth = null, gender = null, updated_at = now()
        where id = ? and not (name = 'Anonymous' and date_of_birth is null and gender is null) returning id`,
      [personId],
    );
    if (rows.length > 0) await this.em.execute('delete from person_history where person_id = ?', [personId]);
    return { changed: rows.length > 0 };
  }

  async linkUserToPerson(userId: number, personId: number): Promise<void> {
    await this.em.execute('update users set person_id = ? where id = ?', [personId, userId]);
  }
}
