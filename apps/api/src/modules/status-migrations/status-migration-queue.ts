import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { runStatusMigrations } from './migration-runner.js';
import { sharedConnection } from './shared-connection.js';

export const STATUS_MIGRATION_QUEUE = 'status-migrations';

/** Asks for a namespace's pending status migrations to be carried out in the background. */
export interface StatusMigrationQueue {
  /** Queues a run for the namespace (a no-op when one is already queued). */
  enqueue(namespaceId: number): Promise<void>;
  stop(): Promise<void>;
}

export interface QueueOptions {
  /** Tickets per batch. */
  batchSize: number;
  /** Run the worker in this process; false only queues (another process works). */
  work: boolean;
  logger: Logger;
}

/**
 * The background side of status migrations, on pg-boss: a job queue kept in PostgreSQL (schema
 * `pgboss`, created on first start), reached through the ORM's own connections. A job means
 * "drain namespace N"; the worker runs `runStatusMigrations`, whose progress lives in the
 * migration rows, so the queue only has to get a run started: a job lost or run twice does no harm.
 * At start it queues a run for every namespace with unfinished migrations, so a migration that a
 * crash interrupted resumes.
 */
export async function startStatusMigrationQueue(orm: MikroORM, options: QueueOptions): Promise<StatusMigrationQueue> {
  const boss = new PgBoss({ db: sharedConnection(orm), schema: 'pgboss', schedule: false });
  boss.on('error', (error) => options.logger.error({ err: error }, 'status migration queue failed'));
  await boss.start();
  // One queued and one running job per namespace: a new request while one runs is kept, more are dropped.
  await boss.createQueue(STATUS_MIGRATION_QUEUE, {
    name: STATUS_MIGRATION_QUEUE,
    policy: 'stately',
    retryLimit: 20,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 6 * 3600,
  });

  const shutdown = new AbortController();
  let workerId: string | null = null;
  if (options.work) {
    workerId = await boss.work<{ namespaceId: number }>(STATUS_MIGRATION_QUEUE, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      const report = await runStatusMigrations(orm.em.fork(), job.data.namespaceId, { batchSize: options.batchSize, signal: shutdown.signal });
      options.logger.info({ namespaceId: job.data.namespaceId, ...report }, 'status migrations ran');
    });
  }

  const enqueue = async (namespaceId: number) => {
    await boss.send(STATUS_MIGRATION_QUEUE, { namespaceId }, { singletonKey: String(namespaceId) });
    // Fetch now rather than at the next poll.
    if (workerId) boss.notifyWorker(workerId);
  };

  const unfinished = await orm.em.fork().execute<{ namespace_id: number }[]>(`select distinct namespace_id from status_migrations where finished_at is null`);
  for (const row of unfinished) await enqueue(row.namespace_id);

  return {
    enqueue,
    async stop() {
      // The run in flight stops after its batch; the next start resumes it.
      shutdown.abort();
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
