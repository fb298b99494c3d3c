import type { EntityManager } from '@mikro-orm/postgresql';
import type { PrincipalLabel, PrincipalRef, Viewer } from '@tickets/domain';
import { type Directory, type Mailbox, principalKey } from './directory.js';

/** The directory kept in this product's own tables (users, user_groups, group_memberships). */
export class SqlDirectory implements Directory {
  constructor(private readonly em: EntityManager) {}

  async viewer(userId: number): Promise<Viewer | null> {
    const rows = await this.em.execute<{ id: number; name: string; is_site_admin: boolean; groups: { id: number; name: string }[] }[]>(
      `select u.id, u.name, u.is_site_admin,
              coalesce(json_agg(json_build_object('id', g.id, 'name', g.key) order by g.id) filter (where g.id is not null), '[]') as groups
         from users u
         left join group_memberships m on m.user_id = u.id
         left join user_groups g on g.id = m.group_id
        where u.id = ? and u.anonymized_at is null
        group by u.id`,
      [userId],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      name: row.name,
      isSiteAdmin: row.is_site_admin,
      memberships: row.groups.map((group) => ({ kind: 'group', id: group.id, name: group.name })),
    };
  }

  async labels(refs: readonly PrincipalRef[]): Promise<Map<string, PrincipalLabel>> {
    const userIds = [...new Set(refs.filter((r) => r.kind === 'user').map((r) => r.id))];
    const groupIds = [...new Set(refs.filter((r) => r.kind === 'group').map((r) => r.id))];
    const labels = new Map<string, PrincipalLabel>();
    if (userIds.length === 0 && groupIds.length === 0) return labels;
    const rows = await this.em.execute<{ kind: string; id: number; name: string }[]>(
      `select 'user' as kind, id, name from users where id = any(?::int[])
       union all
       select 'group' as kind, id, key as name from user_groups where id = any(?::int[])`,
      [`{${userIds.join(',')}}`, `{${groupIds.join(',')}}`],
    );
    for (const row of rows) labels.set(principalKey(row), { kind: row.kind, id: row.id, name: row.name });
    return labels;
  }

  async mailboxes(refs: readonly PrincipalRef[]): Promise<Map<string, Mailbox>> {
    const userIds = [...new Set(refs.filter((r) => r.kind === 'user').map((r) => r.id))];
    const groupIds = [...new Set(refs.filter((r) => r.kind === 'group').map((r) => r.id))];
    const mailboxes = new Map<string, Mailbox>();
    if (userIds.length === 0 && groupIds.length === 0) return mailboxes;
    // An anonymized user has no address any more, whatever the row still holds.
    const rows = await this.em.execute<{ kind: string; id: number; name: string; email: string }[]>(
      `select 'user' as kind, id, name, email from users where id = any(?::int[]) and email is not null and anonymized_at is null
       union all
       select 'group' as kind, id, name, email from user_groups where id = any(?::int[]) and email is not null`,
      [`{${userIds.join(',')}}`, `{${groupIds.join(',')}}`],
    );
    for (const row of rows) mailboxes.set(principalKey(row), { name: row.name, address: row.email });
    return mailboxes;
  }

  async groupsByName(names: readonly string[]): Promise<PrincipalLabel[]> {
    if (names.length === 0) return [];
    const rows = await this.em.execute<{ id: number; key: string }[]>(
      `select id, key from user_groups where lower(key) = any(?::text[]) order by id`,
      [`{${names.map((n) => `"${n.toLowerCase().replaceAll('"', '')}"`).join(',')}}`],
    );
    return rows.map((row) => ({ kind: 'group', id: row.id, name: row.key }));
  }
}
