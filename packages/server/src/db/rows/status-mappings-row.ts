import type { StatusLabel } from '@tickets/domain';
import { z } from 'zod';
import { pgJson, pgTimestamp } from './pg-values.js';

/** A row of `status_mappings`: a removed status and where its tickets go, pending until `retired_at`. */
export const StatusMappingRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  migration_id: z.number(),
  lifecycle_id: z.number().nullable(),
  ticket_type: z.string().nullable(),
  from_status_id: z.number(),
  to_status_id: z.number(),
  from_label: pgJson<StatusLabel>(),
  created_at: pgTimestamp,
  retired_at: pgTimestamp.nullable(),
});
export type StatusMappingRow = z.infer<typeof StatusMappingRow>;
