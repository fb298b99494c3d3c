import { z } from 'zod';
import type { SystemReason } from '@tickets/domain';
import { pgJson, pgTimestamp } from './pg-values.js';

/** A row of `status_migrations`: the background move of tickets off removed statuses, with its progress. */
export const StatusMigrationRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  reason: z.string(),
  /** `reason` as data, for readers of other languages (null on rows older than it). */
  why: pgJson<SystemReason>().nullable(),
  total: z.number(),
  moved: z.number(),
  batches: z.number(),
  longest_batch_ms: z.number(),
  created_at: pgTimestamp,
  started_at: pgTimestamp.nullable(),
  finished_at: pgTimestamp.nullable(),
});
export type StatusMigrationRow = z.infer<typeof StatusMigrationRow>;
