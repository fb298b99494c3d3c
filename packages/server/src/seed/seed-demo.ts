import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_GROUPS, DEMO_NAMESPACE, DEMO_PERSONS, DEMO_USERS } from './demo-directory.js';

/** Seeds the demo directory once; does nothing when users already exist. Returns whether it seeded. */
export async function seedDemoDirectory(em: EntityManager): Promise<boolean> {
  const [{ count } = { count: 0 }] = await em.execute<{ count: number }[]>('select count(*)::int as count from users');
  if (count > 0) return false;
  await em.transactional(async (tx) => {
    await tx.execute(`insert into namespaces (key, name) values (?, ?) on conflict (key) do nothing`, [DEMO_NAMESPACE.key, DEMO_NAMESPACE.name]);
    for (const person of DEMO_PERSONS) {
      await tx.execute(`insert into persons (id, wca_id, name, country_iso2, date_of_birth, gender) values (?, ?, ?, ?, ?, ?)`, [
        person.id, person.wcaId, person.name, person.countryIso2, person.dateOfBirth, person.gender,
      ]);
    }
    for (const group of DEMO_GROUPS) {
      await tx.execute(`insert into user_groups (id, key, name, email) values (?, ?, ?, ?)`, [group.id, group.key, group.name, group.email]);
    }
    for (const user of DEMO_USERS) {
      await tx.execute(`insert into users (id, name, email, is_site_admin, person_id) values (?, ?, ?, ?, ?)`, [
        user.id, user.name, user.email, user.isSiteAdmin, user.personId,
      ]);
      for (const membership of user.groups) {
        const group = DEMO_GROUPS.find((g) => g.key === membership.key);
        if (group) await tx.execute(`insert into group_memberships (group_id, user_id, is_lead) values (?, ?, ?)`, [group.id, user.id, membership.lead]);
      }
    }
    // Explicit ids were inserted: move the sequences past them.
    for (const table of ['persons', 'user_groups', 'users']) {
      await tx.execute(`select setval(pg_get_serial_sequence('${table}', 'id'), (select max(id) from ${table}))`);
    }
  });
  return true;
}
