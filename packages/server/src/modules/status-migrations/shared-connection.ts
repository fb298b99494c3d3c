import type { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';

/** The pool knex keeps for the ORM, seen only as far as lending a connection goes. */
interface ConnectionLender {
  acquireConnection(): Promise<pg.ClientBase>;
  releaseConnection(connection: pg.ClientBase): Promise<unknown>;
}

/** What pg-boss calls to reach the database (its `db` option). */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Lends pg-boss the ORM's own connections instead of a pool of its own: the embedded database
 * (PGlite) accepts a single connection, and on PostgreSQL one pool is one less thing to size. Each
 * call borrows a connection for one statement (pg-boss sends its multi-statement transactions as
 * one text) and gives it back, so it waits its turn behind requests like any other query.
 */
export function sharedConnection(orm: MikroORM): SqlExecutor {
  const lender = orm.em.getConnection().getKnex().client as unknown as ConnectionLender;
  return {
    async executeSql(text, values) {
      const connection = await lender.acquireConnection();
      try {
        return await connection.query(text, values);
      } finally {
        await lender.releaseConnection(connection);
      }
    },
  };
}
