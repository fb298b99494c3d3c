import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `status_migrations`: the background move of tickets off removed statuses, with its progress. */
export const StatusMigrationRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  reason: z.string(),
  total: z.number(),
  moved: z.number(),
  batches: z.number(),
  longest_batch_ms: z.number(),
  created_at: pgTimestamp,
  started_at: pgTimestamp.nullable(),
  finished_at: pgTimestamp.nullable(),
});
export type StatusMigrationRow = z.infer<typeof StatusMigrationRow>;
