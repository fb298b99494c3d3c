import { composeMail, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { ClaimWcaIdStored } from '../claim-metadata.js';

/** What the requester hears: the claim received, and the Delegate's decision. */
export const claimWcaIdMails: TicketTypeMails<ClaimWcaIdStored> = {
  received: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} received: your claim of WCA ID ${metadata.wcaId}`, [
      `Hello ${recipient.name},`,
      `We received your request to link your account to the WCA ID ${metadata.wcaId}. The Delegate you named will confirm that the profile is yours.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
  closed: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} closed: ${ticket.status}`, [
      `Hello ${recipient.name},`,
      metadata.rejectionReason
        ? `Your claim of the WCA ID ${metadata.wcaId} was not confirmed. Reason: ${metadata.rejectionReason}`
        : `Your claim of the WCA ID ${metadata.wcaId} was closed as ${ticket.status}.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
};
