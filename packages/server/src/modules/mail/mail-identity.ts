import { createHash } from 'node:crypto';

/** The domain Message-IDs are made under: the sender's (`Tickets <tickets@example.org>` → example.org). */
export function mailDomainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1] ?? 'tickets.localhost';
}

/**
 * The same Message-ID for the same (event, recipient), however often the mail is handed to SMTP:
 * if a worker dies after the server accepted a mail but before recording it as sent, the copy sent
 * again carries the same id, so mail systems and readers recognise and drop the duplicate.
 */
export function messageIdFor(eventKey: string, recipient: string, domain: string): string {
  const digest = createHash('sha256').update(`${eventKey}\n${recipient}`).digest('hex').slice(0, 40);
  return `<${digest}@${domain}>`;
}

/** Every mail about one ticket refers to this id, so mail clients show them as one conversation. */
export function threadIdFor(ticketId: number, domain: string): string {
  return `<ticket-${ticketId}@${domain}>`;
}
