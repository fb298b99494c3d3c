import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClient, type SqlClient } from '@tickets/sql';

/** Owned SQL (`@tickets/sql`) in the entity manager's transaction: what every module reads and writes with. */
export function sqlOf(em: EntityManager): SqlClient {
  return sqlClient((text, values) => em.execute(text, values));
}
