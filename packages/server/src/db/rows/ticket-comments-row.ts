import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `ticket_comments`. */
export const TicketCommentRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  ticket_id: z.number(),
  body: z.string(),
  author_user_id: z.number(),
  acting_stakeholder_id: z.number(),
  created_at: pgTimestamp,
});
export type TicketCommentRow = z.infer<typeof TicketCommentRow>;
