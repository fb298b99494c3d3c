import type { EntityManager } from '@mikro-orm/postgresql';
import type { SqlRunner } from '@tickets/plugin-kit/server';

/** What a plugin gets to reach the database: SQL in the caller's transaction, nothing more. */
export function sqlRunner(em: EntityManager): SqlRunner {
  return {
    execute: <Row extends object>(sql: string, params: readonly unknown[] = []) => em.execute<Row[]>(sql, [...params]),
  };
}
