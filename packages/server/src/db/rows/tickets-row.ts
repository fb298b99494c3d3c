import { TicketState } from '@tickets/domain';
import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `tickets`; `metadata_id` points into the ticket type's own table. */
export const TicketRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  type: z.string(),
  title: z.string(),
  state: TicketState,
  status_id: z.number(),
  version: z.number(),
  created_by_user_id: z.number(),
  duplicate_of_id: z.number().nullable(),
  metadata_id: z.number().nullable(),
  created_at: pgTimestamp,
  updated_at: pgTimestamp,
  closed_at: pgTimestamp.nullable(),
});
export type TicketRow = z.infer<typeof TicketRow>;
