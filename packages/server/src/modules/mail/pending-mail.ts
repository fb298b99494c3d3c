import { type LogEvent, type NotifiedEvent, TicketState } from '@tickets/domain';
import { z } from 'zod';

const MailboxJson = z.object({ name: z.string(), address: z.string(), locale: z.string().nullable().optional() });

/**
 * What a log entry that causes mail keeps in `ticket_logs.mail_pending` until the outbox writer has
 * written its mails: the ticket as the change left it (the mail tells of that moment, even when the
 * ticket has moved on by the time it is written), and the addresses read before an effect that may
 * erase them (anonymizing an account: the person still hears it was done, at the address they had).
 */
export const PendingMail = z.object({
  /** The ticket's version after the change; names a closing ("closed:v7"), as a ticket may close twice. */
  version: z.number().int(),
  /** The name of the ticket's status after the change. */
  status: z.string(),
  state: TicketState,
  /**
   * By principal key (`user:7`). A principal may have several (a competition's Delegates); an entry
   * written before that was so holds one, read as a list of one.
   */
  mailboxesBefore: z.record(z.string(), z.union([z.array(MailboxJson), MailboxJson.transform((box) => [box])])).optional(),
});
export type PendingMail = z.infer<typeof PendingMail>;

/**
 * The kind of mail a log event causes, if any: a ticket received, closed, or commented on. Who
 * receives it is the domain's `notificationsFor`, asked when the mail is written.
 */
export function mailKindOf(event: LogEvent): NotifiedEvent['kind'] | null {
  if (event.type === 'ticket.created') return 'ticket.received';
  if (event.type === 'ticket.state_changed' && event.to === 'closed') return 'ticket.closed';
  if (event.type === 'comment.added') return 'comment.added';
  return null;
}

/** The `mail_pending` value of an entry: the change's moment for an event that mails, else null. */
export function pendingMailOf(event: LogEvent, moment: PendingMail): PendingMail | null {
  return mailKindOf(event) === null ? null : moment;
}
