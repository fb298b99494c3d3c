import { composeMail, mailWords, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { AnonymizationStored } from '../anonymization-stored.js';
import { ANONYMIZATION_MAIL_CATALOGS } from './mail-words.js';


/** What the requester hears, in the language the directory has for them: the request received, and how it ended. */
export const anonymizationMails: TicketTypeMails<AnonymizationStored> = {
  received: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(ANONYMIZATION_MAIL_CATALOGS, recipient.locale);
    const scope = t('scope', { scope: metadata.scope });
    return composeMail(t('received.subject', { id: ticket.id, scope }), [
      t('hello', { name: recipient.name }),
      t('received.body', { scope }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
  closed: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(ANONYMIZATION_MAIL_CATALOGS, recipient.locale);
    // The API gives the status in the recipient's language (the type's words).
    const { status } = ticket;
    return composeMail(t('closed.subject', { id: ticket.id, status }), [
      t('hello', { name: recipient.name }),
      metadata.anonymizedAt
        ? t('closed.anonymized', { scope: t('scope', { scope: metadata.scope }) })
        : `${t('closed.other', { status })}${metadata.rejectionReason ? t('closed.reason', { reason: metadata.rejectionReason }) : ''}`,
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
};
