import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClient, type SqlClient } from '@tickets/sql';

/** Set while background work runs whose statements no request sent (see `withoutQueryLog`). */
const unlogged = new AsyncLocalStorage<{ enabled: false }>();

/**
 * Runs background work (the mail outbox writer) with its statements left out of the query log, the
 * one tests count a request's statements in: work that runs beside requests must not be counted as
 * theirs. Its transactions pass `UNLOGGED` as their `loggerContext`, so BEGIN and COMMIT are left out too.
 */
export function withoutQueryLog<T>(work: () => Promise<T>): Promise<T> {
  return unlogged.run(UNLOGGED, work);
}

export const UNLOGGED = { enabled: false } as const;

/** Owned SQL (`@tickets/sql`) in the entity manager's transaction: what every module reads and writes with. */
export function sqlOf(em: EntityManager): SqlClient {
  return sqlClient((text, values) => em.execute(text, values, 'all', unlogged.getStore()));
}
