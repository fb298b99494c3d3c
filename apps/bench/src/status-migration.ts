// The status migration of 1,000,000 tickets is measured by the server's own bench
// (packages/server/bench/status-migration.bench.ts, `pnpm --filter @tickets/server bench`, which the
// root `pnpm bench` runs before this one); it writes its figures to a file, and this bench reports them.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const STATUS_MIGRATION_RESULTS = fileURLToPath(new URL('../../../packages/server/bench-results/status-migration.json', import.meta.url));

/** The figures the goals need, in milliseconds. */
export interface MigrationFigures {
  tickets: number;
  batches: number;
  batchSize: number;
  /** The job, from the removal's commit to its last batch. */
  migrationMs: number;
  /** The floor: one bare UPDATE of the same rows, no log entries, rolled back. */
  bareUpdateMs: number;
  longestBatchMs: number;
  /** Users' status changes while the job ran, and without it. */
  usersDuring: { count: number; p50Ms: number; p95Ms: number };
  usersIdle: { count: number; p50Ms: number; p95Ms: number };
  measuredAt: string;
}

export class MigrationResultsError extends Error {
  override name = 'MigrationResultsError';
}

function field(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

function numberAt(data: unknown, path: string): number {
  const value = field(data, path);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MigrationResultsError(`${STATUS_MIGRATION_RESULTS} has no number at '${path}': run \`pnpm --filter @tickets/server bench\` again to rewrite it.`);
  }
  return value;
}

/** The file's figures, checked field by field (it is written by another program, possibly an older one). */
export function parseMigrationResults(data: unknown): MigrationFigures {
  const measuredAt = field(data, 'measuredAt');
  return {
    tickets: numberAt(data, 'tickets'),
    batches: numberAt(data, 'batches'),
    batchSize: numberAt(data, 'batchSize'),
    migrationMs: numberAt(data, 'migrationTotalMs'),
    bareUpdateMs: numberAt(data, 'bareUpdateMs'),
    longestBatchMs: numberAt(data, 'longestBatchMs'),
    usersDuring: { count: numberAt(data, 'userStatusChanges.during'), p50Ms: numberAt(data, 'userStatusChanges.p50Ms'), p95Ms: numberAt(data, 'userStatusChanges.p95Ms') },
    usersIdle: {
      count: numberAt(data, 'userStatusChangesWithoutMigration.count'),
      p50Ms: numberAt(data, 'userStatusChangesWithoutMigration.p50Ms'),
      p95Ms: numberAt(data, 'userStatusChangesWithoutMigration.p95Ms'),
    },
    measuredAt: typeof measuredAt === 'string' ? measuredAt : 'unknown',
  };
}

/** The figures of the last run of the server's bench, or null when it has not run on this machine. */
export function readMigrationResults(): MigrationFigures | null {
  if (!existsSync(STATUS_MIGRATION_RESULTS)) return null;
  return parseMigrationResults(JSON.parse(readFileSync(STATUS_MIGRATION_RESULTS, 'utf8')));
}
