import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { StatusMigrationRow } from '../../db/rows/status-migrations-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { runStatusMigrations } from './migration-runner.js';
import { sharedConnection } from './shared-connection.js';

export const STATUS_MIGRATION_QUEUE = 'status-migrations';

const NamespaceRow = StatusMigrationRow.pick({ namespace_id: true });

/** Asks for a namespace's pending status migrations to be carried out in the background. */
export interface StatusMigrationQueue {
  /** Queues a run for the namespace (a no-op when one is already queued). */
  enqueue(namespaceId: number): Promise<void>;
  stop(): Promise<void>;
}

export interface QueueOptions {
  /** Tickets in the first batch. */
  batchSize: number;
  /** How long each batch should take; later batches are sized to it (see RunOptions). */
  targetBatchMs: number;
  /** Run the worker in this process; false only queues (another process works). */
  work: boolean;
  logger: Logger;
}

/**
 * Queue settings. Runs of one namespace are not made exclusive by the queue ('short': at most one
 * job waits per namespace, but a job is fetched even while another one is active), because pg-boss
 * 10 cannot tell a job of a killed process from one still running: it stays `active` until it
 * expires, and a queue that waited for it ('stately', as before) stalled every migration of the
 * namespace for the whole expiry. The runner needs no exclusivity: a ticket moves (and is logged)
 * only while it is on a from-status, under `FOR UPDATE SKIP LOCKED`, and migrations are taken
 * oldest first, so overlapping runs only share the work.
 */
const QUEUE_SETTINGS = {
  policy: 'short',
  retryLimit: 20,
  retryDelay: 5,
  retryBackoff: true,
  // A slice plus one batch fits well within it; when a process dies without a restart, another
  // worker retries its job once this has passed (found by maintenance, below).
  expireInSeconds: 180,
} as const;

/** How long one job runs batches before it hands over to a fresh job (so jobs can expire soon). */
const SLICE_MS = 30_000;

/**
 * The background side of status migrations, on pg-boss: a job queue kept in PostgreSQL (schema
 * `pgboss`, created on first start), reached through the ORM's own connections. A job means
 * "drain namespace N for a while"; the worker runs `runStatusMigrations`, whose progress lives in
 * the migration rows, so the queue only has to get a run started: a job lost or run twice does no
 * harm. At start it queues a run for every namespace with unfinished migrations, so a migration that
 * a crash interrupted resumes at once, whatever became of the dead process's job.
 */
export async function startStatusMigrationQueue(orm: MikroORM, options: QueueOptions): Promise<StatusMigrationQueue> {
  // Maintenance is what fails the expired job of a process that died (and no restart resumed).
  const boss = new PgBoss({ db: sharedConnection(orm), schema: 'pgboss', schedule: false, maintenanceIntervalSeconds: 30 });
  boss.on('error', (error) => options.logger.error({ err: error }, 'status migration queue failed'));
  await boss.start();
  await boss.createQueue(STATUS_MIGRATION_QUEUE, { name: STATUS_MIGRATION_QUEUE, ...QUEUE_SETTINGS });
  // createQueue leaves an existing queue as it is: bring one made by an older version up to date.
  await boss.updateQueue(STATUS_MIGRATION_QUEUE, { name: STATUS_MIGRATION_QUEUE, ...QUEUE_SETTINGS });

  const shutdown = new AbortController();
  let workerId: string | null = null;
  const enqueue = async (namespaceId: number) => {
    await boss.send(STATUS_MIGRATION_QUEUE, { namespaceId }, { singletonKey: String(namespaceId) });
    // Fetch now rather than at the next poll.
    if (workerId) boss.notifyWorker(workerId);
  };

  if (options.work) {
    workerId = await boss.work<{ namespaceId: number }>(STATUS_MIGRATION_QUEUE, { pollingIntervalSeconds: 2, batchSize: 1 }, async ([job]) => {
      if (!job) return;
      const { namespaceId } = job.data;
      const signal = AbortSignal.any([shutdown.signal, AbortSignal.timeout(SLICE_MS)]);
      const report = await runStatusMigrations(orm.em.fork(), namespaceId, { batchSize: options.batchSize, targetBatchMs: options.targetBatchMs, signal });
      options.logger.info({ namespaceId, ...report }, 'status migrations ran');
      // The slice is over and work is left: a fresh job goes on with it.
      if (report.interrupted && !shutdown.signal.aborted) await enqueue(namespaceId);
    });
  }

  const unfinished = await sqlOf(orm.em.fork()).rows(sql`select distinct namespace_id from status_migrations where finished_at is null`, NamespaceRow);
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
