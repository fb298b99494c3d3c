import { composeMail, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { SCOPE_LABELS } from '../constants.js';

/** What the requester hears: the request received, and how it ended. */
export const anonymizationMails: TicketTypeMails<AnonymizationStored> = {
  received: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} received: anonymization (${SCOPE_LABELS[metadata.scope].toLowerCase()})`, [
      `Hello ${recipient.name},`,
      `We received your request to be forgotten (${SCOPE_LABELS[metadata.scope].toLowerCase()}). The WCA Results Team will work on it soon.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
  closed: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} closed: ${ticket.status}`, [
      `Hello ${recipient.name},`,
      metadata.anonymizedAt
        ? `Your personal data (${SCOPE_LABELS[metadata.scope].toLowerCase()}) has been anonymized.`
        : `Your anonymization request was closed as ${ticket.status}.${metadata.rejectionReason ? ` Reason: ${metadata.rejectionReason}` : ''}`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
};
