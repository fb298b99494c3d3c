import type { MailContext, MailText, TicketTypeMails } from '@tickets/plugin-kit/server';

/** A ticket as a type's mails name it; its link is the host site's page for it. */
export interface MailedTicket {
  readonly id: number;
  readonly title: string;
  readonly typeTitle: string;
}

function own<Mail>(mail: Mail | undefined, kind: string): Mail {
  if (!mail) throw new Error(`The type writes no '${kind}' mail of its own: the core's wording (defaultMail) is sent.`);
  return mail;
}

/**
 * A type's own mails about one ticket as `recipient` gets them: `received` while the ticket is open
 * (in `Requested` unless told), `closed` with its outcome. For testing a type's texts without the
 * outbox; the mails the API really sends are its API tests'. `locale`: the recipient's (null: English).
 */
export function mailsAbout<Stored>(mails: TicketTypeMails<Stored>, ticket: MailedTicket, recipient: string, locale: string | null = null) {
  const context = (status: string, state: 'open' | 'closed', metadata: Stored): MailContext<Stored> => ({
    ticket: { ...ticket, url: `https://example.org/tickets/${ticket.id}`, status, state },
    recipient: { name: recipient, locale },
    metadata,
  });
  return {
    received: (metadata: Stored, status = 'Requested'): MailText => own(mails.received, 'received')(context(status, 'open', metadata)),
    closed: (outcome: string, metadata: Stored): MailText => own(mails.closed, 'closed')(context(outcome, 'closed', metadata)),
  };
}
