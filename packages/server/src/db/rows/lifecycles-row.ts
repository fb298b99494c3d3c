import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/**
 * A row of `lifecycles`. Its statuses are rows of `lifecycle_statuses` and the types attached to it
 * rows of `ticket_type_lifecycles`; both are only written one by one and read aggregated here.
 */
export const LifecycleRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  name: z.string(),
  default_open_status_id: z.number(),
  default_closed_status_id: z.number(),
  default_duplicate_status_id: z.number(),
  created_at: pgTimestamp,
});
export type LifecycleRow = z.infer<typeof LifecycleRow>;
