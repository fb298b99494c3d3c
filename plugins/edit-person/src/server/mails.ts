import { composeMail, mailWords, type TicketTypeMails } from '@tickets/plugin-kit/server';
import type { EditPersonStored } from '../edit-person-stored.js';
import { EDIT_PERSON_MAIL_CATALOGS, type EditPersonMailKey } from './mail-words.js';

type Words = ReturnType<typeof mailWords<EditPersonMailKey>>['t'];

function fieldList(metadata: EditPersonStored, t: Words): string {
  return metadata.fields.map((field) => t(`field.${field.field}`)).join(', ');
}


/** What the requester hears, in the language the directory has for them: the request received, and how it ended. */
export const editPersonMails: TicketTypeMails<EditPersonStored> = {
  received: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(EDIT_PERSON_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('received.subject', { id: ticket.id, wcaId: metadata.wcaId }), [
      t('hello', { name: recipient.name }),
      t('received.body', { fields: fieldList(metadata, t), wcaId: metadata.wcaId }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
  closed: ({ ticket, recipient, metadata }) => {
    const { t } = mailWords(EDIT_PERSON_MAIL_CATALOGS, recipient.locale);
    // The API gives the status in the recipient's language (the type's words).
    const { status } = ticket;
    return composeMail(t('closed.subject', { id: ticket.id, status }), [
      t('hello', { name: recipient.name }),
      metadata.appliedAs
        ? t('closed.applied', { fields: fieldList(metadata, t), wcaId: metadata.wcaId })
        : `${t('closed.other', { wcaId: metadata.wcaId, status })}${metadata.rejectionReason ? t('closed.reason', { reason: metadata.rejectionReason }) : ''}`,
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
};
