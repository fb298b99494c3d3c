import type { EntityManager } from '@mikro-orm/postgresql';
import type { PrincipalLabel, PrincipalRef, Viewer } from '@tickets/domain';
import { sql, type SqlClient } from '@tickets/sql';
import { z } from 'zod';
import { pgJson } from '../db/rows/pg-values.js';
import { UserGroupRow } from '../db/rows/user-groups-row.js';
import { UserRow } from '../db/rows/users-row.js';
import { sqlOf } from '../db/sql-client.js';
import { type Directory, type Mailbox, principalKey } from './directory.js';

const ViewerRow = UserRow.pick({ id: true, name: true, is_site_admin: true }).extend({ groups: pgJson<{ id: number; name: string }[]>() });
/** A user or a group, as one union query names them. */
const PrincipalRow = UserRow.pick({ id: true, name: true }).extend({ kind: z.string() });
const MailboxRow = PrincipalRow.extend({ email: z.string() });
const GroupKeyRow = UserGroupRow.pick({ id: true, key: true });

function idsOf(refs: readonly PrincipalRef[], kind: 'user' | 'group'): number[] {
  return [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];
}

/** The directory kept in this product's own tables (users, user_groups, group_memberships). */
export class SqlDirectory implements Directory {
  private readonly db: SqlClient;

  constructor(em: EntityManager) {
    this.db = sqlOf(em);
  }

  async viewer(userId: number): Promise<Viewer | null> {
    const row = await this.db.maybeOne(
      sql`select u.id, u.name, u.is_site_admin,
              coalesce(json_agg(json_build_object('id', g.id, 'name', g.key) order by g.id) filter (where g.id is not null), '[]') as groups
         from users u
         left join group_memberships m on m.user_id = u.id
         left join user_groups g on g.id = m.group_id
        where u.id = ${userId} and u.anonymized_at is null
        group by u.id`,
      ViewerRow,
    );
    if (!row) return null;
    return {
      userId: row.id,
      name: row.name,
      isSiteAdmin: row.is_site_admin,
      memberships: row.groups.map((group) => ({ kind: 'group', id: group.id, name: group.name })),
    };
  }

  async labels(refs: readonly PrincipalRef[]): Promise<Map<string, PrincipalLabel>> {
    const userIds = idsOf(refs, 'user');
    const groupIds = idsOf(refs, 'group');
    const labels = new Map<string, PrincipalLabel>();
    if (userIds.length === 0 && groupIds.length === 0) return labels;
    const rows = await this.db.rows(
      sql`select 'user' as kind, id, name from users where id = any(${sql.list(userIds, 'int')})
          union all
          select 'group' as kind, id, key as name from user_groups where id = any(${sql.list(groupIds, 'int')})`,
      PrincipalRow,
    );
    for (const row of rows) labels.set(principalKey(row), { kind: row.kind, id: row.id, name: row.name });
    return labels;
  }

  async mailboxes(refs: readonly PrincipalRef[]): Promise<Map<string, Mailbox>> {
    const userIds = idsOf(refs, 'user');
    const groupIds = idsOf(refs, 'group');
    const mailboxes = new Map<string, Mailbox>();
    if (userIds.length === 0 && groupIds.length === 0) return mailboxes;
    // An anonymized user has no address any more, whatever the row still holds.
    const rows = await this.db.rows(
      sql`select 'user' as kind, id, name, email from users where id = any(${sql.list(userIds, 'int')}) and email is not null and anonymized_at is null
          union all
          select 'group' as kind, id, name, email from user_groups where id = any(${sql.list(groupIds, 'int')}) and email is not null`,
      MailboxRow,
    );
    for (const row of rows) mailboxes.set(principalKey(row), { name: row.name, address: row.email });
    return mailboxes;
  }

  async groupsByName(names: readonly string[]): Promise<PrincipalLabel[]> {
    if (names.length === 0) return [];
    const keys = names.map((name) => name.toLowerCase());
    const rows = await this.db.rows(sql`select id, key from user_groups where lower(key) = any(${sql.list(keys, 'text')}) order by id`, GroupKeyRow);
    return rows.map((row) => ({ kind: 'group', id: row.id, name: row.key }));
  }
}
