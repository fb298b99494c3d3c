import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `intake_requests`: an Idempotency-Key claimed by an API key, and the ticket it filed. */
export const IntakeRequestRow = z.object({
  api_key_id: z.number(),
  idempotency_key: z.string(),
  request_hash: z.string(),
  ticket_id: z.number().nullable(),
  created_at: pgTimestamp,
});
export type IntakeRequestRow = z.infer<typeof IntakeRequestRow>;
