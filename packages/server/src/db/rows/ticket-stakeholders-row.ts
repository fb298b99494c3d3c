import { Connection, StakeholderRole } from '@tickets/domain';
import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `ticket_stakeholders`: a principal's connection to a ticket. */
export const TicketStakeholderRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  ticket_id: z.number(),
  principal_kind: z.string(),
  principal_id: z.number(),
  connection: Connection,
  role: StakeholderRole,
  is_active: z.boolean(),
  created_at: pgTimestamp,
  deactivated_at: pgTimestamp.nullable(),
});
export type TicketStakeholderRow = z.infer<typeof TicketStakeholderRow>;
