import { composeMail, mailWords, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { ClaimWcaIdStored } from '../claim-metadata.js';
import { CLAIM_MAIL_CATALOGS } from './mail-words.js';


/** What the requester hears, in the language the directory has for them: the claim received, and the Delegate's decision. */
export const claimWcaIdMails: TicketTypeMails<ClaimWcaIdStored> = {
  received: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(CLAIM_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('received.subject', { id: ticket.id, wcaId: metadata.wcaId }), [
      t('hello', { name: recipient.name }),
      t('received.body', { wcaId: metadata.wcaId }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
  closed: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(CLAIM_MAIL_CATALOGS, recipient.locale);
    // The API gives the status in the recipient's language (the type's words).
    const { status } = ticket;
    return composeMail(t('closed.subject', { id: ticket.id, status }), [
      t('hello', { name: recipient.name }),
      metadata.rejectionReason ? t('closed.rejected', { wcaId: metadata.wcaId, reason: metadata.rejectionReason }) : t('closed.other', { wcaId: metadata.wcaId, status }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
};
