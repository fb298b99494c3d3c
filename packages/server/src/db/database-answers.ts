import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { sqlOf } from './sql-client.js';

/**
 * Whether the database answers a trivial query within `timeoutMs`. Asked only after a failure no
 * rule recognised: a restart on a busy machine breaks connections in more shapes than any list of
 * driver messages holds (a query cut half-way, a transaction whose connection died before COMMIT),
 * so when the database does not answer right now, the failure is "try again", not a defect.
 */
export async function databaseAnswers(orm: MikroORM, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = sqlOf(orm.em.fork())
    .run(sql`select 1`)
    .then(
      () => true,
      () => false,
    );
  try {
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
