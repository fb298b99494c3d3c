import type { EntityManager } from '@mikro-orm/postgresql';
import type { PrincipalLabel, PrincipalRef, Viewer } from '@tickets/domain';
import type { PrincipalKindServer } from '@tickets/plugin-kit/server';
import { sql, type SqlClient, type Statement } from '@tickets/sql';
import { z } from 'zod';
import { pgJson } from '../db/rows/pg-values.js';
import { UserGroupRow } from '../db/rows/user-groups-row.js';
import { UserRow } from '../db/rows/users-row.js';
import { sqlOf } from '../db/sql-client.js';
import { prefixQuery } from '../input/search-words.js';
import { type Directory, type FoundPrincipal, type Mailbox, principalKey } from './directory.js';

const ViewerRow = UserRow.pick({ id: true, name: true, is_site_admin: true }).extend({ memberships: pgJson<PrincipalLabel[]>() });
/** A user, a group or a plugin kind's principal, as one union query names them. */
const PrincipalRow = UserRow.pick({ id: true, name: true }).extend({ kind: z.string() });
const MailboxRow = PrincipalRow.extend({ email: z.string(), locale: z.string().nullable() });
const FoundRow = PrincipalRow.extend({ detail: z.string().nullable() });
const GroupKeyRow = UserGroupRow.pick({ id: true, key: true });

function idsOf(refs: readonly PrincipalRef[], kind: string): number[] {
  return [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
}

/** `select … union all select …` of the parts that have ids to look for; null when none has. */
function unionOf(parts: readonly (Statement | null)[]): Statement | null {
  const present = parts.filter((part): part is Statement => part !== null);
  return present.length === 0 ? null : sql.join(present, ' union all ');
}

/**
 * The directory kept in this product's own tables (users, user_groups, group_memberships, and the
 * tables the plugins' principal kinds read, e.g. competitions). Each registered principal kind's
 * membership rule is joined into the same statements as the groups: one query for a viewer's
 * memberships, one for names, one for mailboxes, whatever the number of kinds.
 */
export class SqlDirectory implements Directory {
  private readonly db: SqlClient;

  constructor(
    em: EntityManager,
    private readonly kinds: readonly PrincipalKindServer[] = [],
  ) {
    this.db = sqlOf(em);
  }

  async viewer(userId: number): Promise<Viewer | null> {
    return (await this.viewers([userId])).get(userId) ?? null;
  }

  async viewers(userIds: readonly number[]): Promise<Map<number, Viewer>> {
    const ofKinds = this.kinds.map(
      (kind) =>
        sql`select ${kind.kind}::text as kind, p.id, p.name from (${kind.principals}) p
             where p.id in (select m.principal_id from (${kind.members}) m where m.user_id = u.id)`,
    );
    const memberships = unionOf([sql`select 'group'::text as kind, g.id, g.key as name from group_memberships m join user_groups g on g.id = m.group_id where m.user_id = u.id`, ...ofKinds])!;
    const rows = await this.db.rows(
      sql`select u.id, u.name, u.is_site_admin,
              (select coalesce(json_agg(json_build_object('kind', k.kind, 'id', k.id, 'name', k.name) order by k.kind <> 'group', k.kind, k.id), '[]')
                 from (${memberships}) k) as memberships
         from users u
        where u.id = any(${sql.list([...new Set(userIds)], 'int')}) and u.anonymized_at is null`,
      ViewerRow,
    );
    return new Map(rows.map((row) => [row.id, { userId: row.id, name: row.name, isSiteAdmin: row.is_site_admin, memberships: row.memberships }]));
  }

  async labels(refs: readonly PrincipalRef[]): Promise<Map<string, PrincipalLabel>> {
    const labels = new Map<string, PrincipalLabel>();
    const query = unionOf([
      this.whenAny(refs, 'user', (ids) => sql`select 'user'::text as kind, id, name from users where id = any(${ids})`),
      this.whenAny(refs, 'group', (ids) => sql`select 'group'::text as kind, id, key as name from user_groups where id = any(${ids})`),
      ...this.kinds.map((kind) => this.whenAny(refs, kind.kind, (ids) => sql`select ${kind.kind}::text as kind, p.id, p.name from (${kind.principals}) p where p.id = any(${ids})`)),
    ]);
    if (!query) return labels;
    for (const row of await this.db.rows(query, PrincipalRow)) labels.set(principalKey(row), { kind: row.kind, id: row.id, name: row.name });
    return labels;
  }

  async search(words: readonly string[], limit: number): Promise<FoundPrincipal[]> {
    if (words.length === 0) return [];
    const query = sql`to_tsquery('simple', ${prefixQuery(words)})`;
    const first = words[0]!;
    // Users and groups through their names' indexes; a plugin kind's principals through its own
    // statement (they are few: competitions, not people).
    const found = unionOf([
      sql`(select 'user'::text as kind, id, name, null::text as detail from users
            where to_tsvector('simple', name) @@ ${query} and anonymized_at is null
            order by lower(name) like ${`${first}%`} desc, name, id limit ${limit})`,
      sql`(select 'group'::text as kind, id, key as name, name as detail from user_groups
            where to_tsvector('simple', key || ' ' || name) @@ ${query}
            order by lower(key) like ${`${first}%`} desc, key, id limit ${limit})`,
      ...this.kinds.map(
        (kind) =>
          sql`(select ${kind.kind}::text as kind, p.id, p.name, null::text as detail from (${kind.principals}) p
                where to_tsvector('simple', p.name) @@ ${query}
                order by lower(p.name) like ${`${first}%`} desc, p.name, p.id limit ${limit})`,
      ),
    ])!;
    const rows = await this.db.rows(
      sql`select f.kind, f.id, f.name, f.detail from (${found}) f
           order by lower(f.name) like ${`${first}%`} desc, f.kind <> 'user', f.name, f.id limit ${limit}`,
      FoundRow,
    );
    return rows.map((row) => ({ kind: row.kind, id: row.id, name: row.name, detail: row.detail }));
  }

  async mailboxes(refs: readonly PrincipalRef[]): Promise<Map<string, Mailbox[]>> {
    const mailboxes = new Map<string, Mailbox[]>();
    // An anonymized user has no address any more, whatever the row still holds. A group is written
    // to at its shared address; a plugin kind's principal at each of its members' (its rule's) own.
    const query = unionOf([
      this.whenAny(refs, 'user', (ids) => sql`select 'user'::text as kind, id, name, email, locale from users where id = any(${ids}) and email is not null and anonymized_at is null`),
      this.whenAny(refs, 'group', (ids) => sql`select 'group'::text as kind, id, name, email, null::text as locale from user_groups where id = any(${ids}) and email is not null`),
      ...this.kinds.map((kind) =>
        this.whenAny(
          refs,
          kind.kind,
          (ids) =>
            sql`select ${kind.kind}::text as kind, m.principal_id as id, u.name, u.email, u.locale
                  from (${kind.members}) m join users u on u.id = m.user_id
                 where m.principal_id = any(${ids}) and u.email is not null and u.anonymized_at is null`,
        ),
      ),
    ]);
    if (!query) return mailboxes;
    for (const row of await this.db.rows(sql`${query} order by kind, id, email`, MailboxRow)) {
      const key = principalKey(row);
      mailboxes.set(key, [...(mailboxes.get(key) ?? []), { name: row.name, address: row.email, locale: row.locale }]);
    }
    return mailboxes;
  }

  async groupsByName(names: readonly string[]): Promise<PrincipalLabel[]> {
    if (names.length === 0) return [];
    const keys = names.map((name) => name.toLowerCase());
    const rows = await this.db.rows(sql`select id, key from user_groups where lower(key) = any(${sql.list(keys, 'text')}) order by id`, GroupKeyRow);
    return rows.map((row) => ({ kind: 'group', id: row.id, name: row.key }));
  }

  /** The part of a union for one kind, when some of `refs` are of it. */
  private whenAny(refs: readonly PrincipalRef[], kind: string, part: (ids: Statement) => Statement): Statement | null {
    const ids = idsOf(refs, kind);
    return ids.length === 0 ? null : part(sql.list(ids, 'int'));
  }
}
