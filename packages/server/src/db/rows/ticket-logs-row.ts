import type { LogEvent, SystemReason } from '@tickets/domain';
import { z } from 'zod';
import { pgJson, pgTimestamp } from './pg-values.js';

/** A row of `ticket_logs`: a user (`actor_user_id`) or the system (`system_reason`) did `event`. */
export const TicketLogRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  ticket_id: z.number(),
  event_type: z.string(),
  event: pgJson<LogEvent>(),
  actor_user_id: z.number().nullable(),
  system_reason: z.string().nullable(),
  /** `system_reason` as data, for readers of other languages (null on rows older than it). */
  system_why: pgJson<SystemReason>().nullable(),
  acting_stakeholder_id: z.number().nullable(),
  /** The mail this entry causes, until the outbox writer has written it (see `modules/mail/pending-mail.ts`). */
  mail_pending: pgJson<Record<string, unknown>>().nullable(),
  created_at: pgTimestamp,
});
export type TicketLogRow = z.infer<typeof TicketLogRow>;
