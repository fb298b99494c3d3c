import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { setTimeout as sleep } from 'node:timers/promises';
import { StatusMigrationRow } from '../../db/rows/status-migrations-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { StatusCatalog } from '../statuses/status-catalog.js';
import { type BatchCursor, moveBatch, PASS_START, remainingTickets } from './migration-batch.js';
import { nextBatchSize } from './batch-size.js';

export interface RunOptions {
  /** Tickets per batch (each batch is one short transaction); with `targetBatchMs`, the first batch's. */
  batchSize: number;
  /**
   * Size each batch after the last one's time to take about this long: the rows a batch locks
   * hold users' changes to them back until it commits, whatever the machine's speed.
   */
  targetBatchMs?: number;
  /** Stops after the batch in flight (shutdown). */
  signal?: AbortSignal;
  /** Stops after this many batches (a worker that dies half-way, in tests). */
  maxBatches?: number;
  /** Waits this long between batches, to give way to users' changes. */
  pauseMs?: number;
  /** Called after each committed batch. */
  onBatch?: (batch: { migrationId: number; moved: number; ms: number }) => void;
}

export interface RunReport {
  batches: number;
  moved: number;
  longestBatchMs: number;
  /** The migrations this run finished (their mappings retired). */
  finished: number[];
  /** True when it stopped before every pending migration was finished. */
  interrupted: boolean;
}

const MigrationRow = StatusMigrationRow.pick({ id: true, reason: true, why: true });

// Adaptive batches stay between these sizes: below, each batch's fixed cost dominates.
const MIN_BATCH = 50;
const MAX_BATCH = 10_000;

// How long to wait before another pass when the only tickets left are locked by users' changes.
const LOCKED_RETRY_MS = 50;

/**
 * Drains a namespace's pending status migrations, oldest first: batch after batch (each its own
 * transaction) until none of a migration's tickets is left on its from-statuses, then retires its
 * mappings. Everything it needs to resume is in the database (the migration's progress and the
 * tickets still on removed statuses), so a run that dies at any point is taken up by the next one;
 * two runs at once only share the work (`SKIP LOCKED`).
 */
export async function runStatusMigrations(em: EntityManager, namespaceId: number, options: RunOptions): Promise<RunReport> {
  const report: RunReport = { batches: 0, moved: 0, longestBatchMs: 0, finished: [], interrupted: false };
  let current: { migrationId: number; cursor: BatchCursor } | null = null;
  let batchSize = options.batchSize;
  const sizing = { targetMs: options.targetBatchMs ?? 0, min: MIN_BATCH, max: Math.max(options.batchSize, MAX_BATCH) };
  for (;;) {
    if (options.signal?.aborted || (options.maxBatches !== undefined && report.batches >= options.maxBatches)) {
      report.interrupted = true;
      return report;
    }
    const started = performance.now();
    const step = await em.fork().transactional(async (tx) => {
      const catalog = await StatusCatalog.loadLocked(tx, namespaceId, 'use');
      const db = sqlOf(tx);
      const migration = await db.maybeOne(
        sql`select id, reason, why from status_migrations where namespace_id = ${namespaceId} and finished_at is null order by id limit 1`,
        MigrationRow,
      );
      if (!migration) return { kind: 'idle' as const };
      const cursor = current?.migrationId === migration.id ? current.cursor : PASS_START;
      const mappings = catalog.mappings.filter((m) => m.migrationId === migration.id);
      const batch = await moveBatch(tx, catalog, { ...migration, namespaceId }, mappings, cursor, batchSize);
      if (!batch.last) return { kind: 'pass_done' as const, migrationId: migration.id };
      const ms = Math.round(performance.now() - started);
      await db.run(
        sql`update status_migrations
               set moved = moved + ${batch.moved}, batches = batches + 1, longest_batch_ms = greatest(longest_batch_ms, ${ms}), started_at = coalesce(started_at, now())
             where id = ${migration.id}`,
      );
      return { kind: 'batch' as const, migrationId: migration.id, moved: batch.moved, cursor: batch.last };
    });
    if (step.kind === 'idle') return report;
    if (step.kind === 'batch') {
      const ms = performance.now() - started;
      current = { migrationId: step.migrationId, cursor: step.cursor };
      report.batches += 1;
      report.moved += step.moved;
      report.longestBatchMs = Math.max(report.longestBatchMs, ms);
      options.onBatch?.({ migrationId: step.migrationId, moved: step.moved, ms });
      if (options.targetBatchMs) batchSize = nextBatchSize(batchSize, ms, sizing);
      if (options.pauseMs) await sleep(options.pauseMs);
      continue;
    }
    // The pass reached the end: finish the migration, unless users' changes held some tickets back.
    current = null;
    if (await finishMigration(em, namespaceId, step.migrationId)) report.finished.push(step.migrationId);
    else await sleep(LOCKED_RETRY_MS);
  }
}

/**
 * Retires a migration's mappings once none of its tickets is left. It takes the namespace's
 * catalog lock alone, so no ticket change that read the catalog before the removal is still in
 * flight and could put a ticket back on a removed status afterwards.
 */
async function finishMigration(em: EntityManager, namespaceId: number, migrationId: number): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const catalog = await StatusCatalog.loadLocked(tx, namespaceId, 'change');
    const mappings = catalog.mappings.filter((m) => m.migrationId === migrationId);
    if ((await remainingTickets(tx, catalog, namespaceId, mappings)) > 0) return false;
    const db = sqlOf(tx);
    await db.run(sql`update status_mappings set retired_at = now() where migration_id = ${migrationId} and retired_at is null`);
    await db.run(sql`update status_migrations set finished_at = now(), started_at = coalesce(started_at, now()) where id = ${migrationId}`);
    return true;
  });
}
