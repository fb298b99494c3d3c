import { type MailContext, type MailText, recipientWords, type TicketTypeMails, type TicketTypeServer } from '@tickets/plugin-kit/server';

/** A ticket as a type's mails name it; its link is the host site's page for it. */
export interface MailedTicket {
  readonly id: number;
  readonly title: string;
}

function own<Mail>(mail: Mail | undefined, kind: string): Mail {
  if (!mail) throw new Error(`The type writes no '${kind}' mail of its own: the core's wording (defaultMail) is sent.`);
  return mail;
}

/**
 * A type's own mails about one ticket as `recipient` gets them: `received` while the ticket is open
 * (in `Requested` unless told), `closed` with its outcome (a status by its English name). For testing
 * a type's texts without the outbox; the mails the API really sends are its API tests'. As the API
 * does, the type's title and the status reach the texts in the recipient's language (`recipientWords`).
 * `locale`: the recipient's (null: English).
 */
export function mailsAbout<Stored>(server: Pick<TicketTypeServer, 'definition' | 'words'> & { readonly mails?: TicketTypeMails<Stored> }, ticket: MailedTicket, recipient: string, locale: string | null = null) {
  const mails = server.mails ?? {};
  const context = (status: string, state: 'open' | 'closed', metadata: Stored): MailContext<Stored> => ({
    ticket: { ...ticket, url: `https://example.org/tickets/${ticket.id}`, state, ...recipientWords(server, status, locale) },
    recipient: { name: recipient, locale },
    metadata,
  });
  return {
    received: (metadata: Stored, status = 'Requested'): MailText => own(mails.received, 'received')(context(status, 'open', metadata)),
    closed: (outcome: string, metadata: Stored): MailText => own(mails.closed, 'closed')(context(outcome, 'closed', metadata)),
  };
}
