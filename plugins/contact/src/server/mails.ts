import { composeMail, mailWords, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { ContactMetadata } from '../contact.js';
import { CONTACT_MAIL_CATALOGS } from './mail-words.js';

/**
 * "Received" goes to the requester with the team in cc: quoting the message gives the requester a
 * record of what they sent and lets the team read it straight from the mail. Closing and comments
 * use the core's wording. In the language the directory has for the recipient.
 */
export const contactMails: TicketTypeMails<ContactMetadata> = {
  received: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(CONTACT_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('received.subject', { id: ticket.id, title: ticket.title }), [
      t('hello', { name: recipient.name }),
      t('received.body', { team: metadata.team }),
      metadata.message,
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
};
