import { z } from 'zod';
import type { Mailbox } from '../../directory/directory.js';
import { pgBigint, pgJson, pgTimestamp } from './pg-values.js';

/** A row of `mail_outbox`: one mail to one recipient, sent by the outbox worker. */
export const MailOutboxRow = z.object({
  id: pgBigint,
  namespace_id: z.number(),
  ticket_id: z.number(),
  event_key: z.string(),
  kind: z.string(),
  recipient: z.string(),
  recipient_name: z.string(),
  cc: pgJson<Mailbox[]>(),
  subject: z.string(),
  text_body: z.string(),
  html_body: z.string(),
  message_id: z.string(),
  thread_id: z.string(),
  attempts: z.number(),
  next_attempt_at: pgTimestamp,
  last_error: z.string().nullable(),
  created_at: pgTimestamp,
  sent_at: pgTimestamp.nullable(),
  failed_at: pgTimestamp.nullable(),
});
export type MailOutboxRow = z.infer<typeof MailOutboxRow>;
