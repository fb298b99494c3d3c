import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../db/sql-client.js';
import { DEMO_COMPETITIONS, DEMO_GROUPS, DEMO_NAMESPACE, DEMO_PERSONS, DEMO_USERS } from './demo-directory.js';

const CountRow = z.object({ count: z.number() });

/** Seeds the demo directory once; does nothing when users already exist. Returns whether it seeded. */
export async function seedDemoDirectory(em: EntityManager): Promise<boolean> {
  const { count } = await sqlOf(em).one(sql`select count(*)::int as count from users`, CountRow);
  if (count > 0) return false;
  await em.transactional(async (tx) => {
    const db = sqlOf(tx);
    await db.run(sql`insert into namespaces (key, name) values (${DEMO_NAMESPACE.key}, ${DEMO_NAMESPACE.name}) on conflict (key) do nothing`);
    for (const person of DEMO_PERSONS) {
      await db.run(
        sql`insert into persons (id, wca_id, name, country_iso2, date_of_birth, gender)
            values (${person.id}, ${person.wcaId}, ${person.name}, ${person.countryIso2}, ${person.dateOfBirth}, ${person.gender})`,
      );
    }
    for (const group of DEMO_GROUPS) {
      await db.run(sql`insert into user_groups (id, key, name, email) values (${group.id}, ${group.key}, ${group.name}, ${group.email})`);
    }
    for (const user of DEMO_USERS) {
      await db.run(sql`insert into users (id, name, email, is_site_admin, person_id) values (${user.id}, ${user.name}, ${user.email}, ${user.isSiteAdmin}, ${user.personId})`);
      for (const membership of user.groups) {
        const group = DEMO_GROUPS.find((g) => g.key === membership.key);
        if (group) await db.run(sql`insert into group_memberships (group_id, user_id, is_lead) values (${group.id}, ${user.id}, ${membership.lead})`);
      }
    }
    for (const competition of DEMO_COMPETITIONS) {
      await db.run(sql`insert into competitions (id, key, name) values (${competition.id}, ${competition.key}, ${competition.name})`);
      for (const staff of competition.staff) {
        const user = DEMO_USERS.find((u) => u.login === staff.login);
        if (user) await db.run(sql`insert into competition_staff (competition_id, user_id, role) values (${competition.id}, ${user.id}, ${staff.role})`);
      }
    }
    // Explicit ids were inserted: move the sequences past them.
    for (const table of ['persons', 'user_groups', 'users', 'competitions']) {
      await db.run(sql`select setval(pg_get_serial_sequence(${table}, 'id'), (select max(id) from ${sql.id(table)}))`);
    }
  });
  return true;
}
