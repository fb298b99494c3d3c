import { composeMail, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { ContactMetadata } from '../contact.js';

/**
 * "Received" goes to the requester with the team in cc: quoting the message gives the requester a
 * record of what they sent and lets the team read it straight from the mail. Closing and comments
 * use the core's wording.
 */
export const contactMails: TicketTypeMails<ContactMetadata> = {
  received: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} received: ${ticket.title}`, [
      `Hello ${recipient.name},`,
      `We received your message to ${metadata.team}. The team will answer on the ticket; you will hear from us by mail. You wrote:`,
      metadata.message,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
};
