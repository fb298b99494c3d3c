import { describe, expect, it } from 'vitest';
import { MigrationResultsError, parseMigrationResults } from '../src/status-migration.js';

describe("the server bench's status-migration results", () => {
  const written = {
    tickets: 1_000_000,
    batchSize: 1000,
    batches: 999,
    migrationTotalMs: 155_000,
    bareUpdateMs: 36_500,
    longestBatchMs: 247,
    userStatusChanges: { during: 19_380, p50Ms: 42.3, p95Ms: 133.1, maxMs: 651.1 },
    userStatusChangesWithoutMigration: { count: 292, p50Ms: 36.2, p95Ms: 82.2 },
    measuredAt: '2026-11-23T12:36:40.678Z',
  };

  it('takes the figures the goals need from the file the server bench writes', () => {
    expect(parseMigrationResults(written)).toEqual({
      tickets: 1_000_000,
      batches: 999,
      batchSize: 1000,
      migrationMs: 155_000,
      bareUpdateMs: 36_500,
      longestBatchMs: 247,
      usersDuring: { count: 19_380, p50Ms: 42.3, p95Ms: 133.1 },
      usersIdle: { count: 292, p50Ms: 36.2, p95Ms: 82.2 },
      measuredAt: '2026-11-23T12:36:40.678Z',
    });
  });

  it('names the missing field and how to write the file again', () => {
    const { userStatusChanges: _gone, ...older } = written;
    expect(() => parseMigrationResults(older)).toThrow(MigrationResultsError);
    expect(() => parseMigrationResults(older)).toThrow(/'userStatusChanges.during'.*pnpm --filter @tickets\/server bench/);
  });
});
