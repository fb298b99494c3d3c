import { composeMail, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { EditPersonStored } from '../edit-person-stored.js';
import { FIELD_LABELS } from '../person-fields.js';

function fieldList(metadata: EditPersonStored): string {
  return metadata.fields.map((field) => FIELD_LABELS[field.field].toLowerCase()).join(', ');
}

/** What the requester hears: the request received, and how it ended. */
export const editPersonMails: TicketTypeMails<EditPersonStored> = {
  received: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} received: your profile change (${metadata.wcaId})`, [
      `Hello ${recipient.name},`,
      `We received your request to change the ${fieldList(metadata)} of the competitor profile ${metadata.wcaId}. The WCA Results Team will review it; you can follow it on the ticket page.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
  closed: ({ ticket, recipient, metadata }) =>
    composeMail(`Ticket #${ticket.id} closed: ${ticket.status}`, [
      `Hello ${recipient.name},`,
      metadata.appliedAs
        ? `The requested change to the ${fieldList(metadata)} of ${metadata.wcaId} was applied to the profile.`
        : `Your request to change the profile ${metadata.wcaId} was closed as ${ticket.status}.${metadata.rejectionReason ? ` Reason: ${metadata.rejectionReason}` : ''}`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
};
