/** One e-mail: a subject, a plain-text part and an HTML part (both say the same). */
export interface MailText {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/** What a type's mail texts may say: the ticket as its recipient may read it. */
export interface MailContext<StoredMetadata> {
  readonly ticket: {
    readonly id: number;
    readonly title: string;
    readonly typeTitle: string;
    /** Where the recipient reads the ticket on the host site. */
    readonly url: string;
    readonly status: string;
    readonly state: 'open' | 'closed';
  };
  readonly recipient: { readonly name: string };
  readonly metadata: StoredMetadata;
}

/** A comment as its notification tells it: who wrote it, for whom, and what it says (Markdown, sent as plain text). */
export interface CommentMailContext<StoredMetadata> extends MailContext<StoredMetadata> {
  readonly comment: { readonly authorName: string; readonly onBehalfOf: string; readonly body: string };
}

/**
 * The mails a type sends; any left out fall back to the core's plain wording (`defaultMail`).
 * `received` goes to the requester with the team in cc, `commented` to every other active
 * stakeholder, `closed` to the requester with the team in cc, with the outcome (`ticket.status`).
 */
export interface TicketTypeMails<StoredMetadata> {
  received?(context: MailContext<StoredMetadata>): MailText;
  commented?(context: CommentMailContext<StoredMetadata>): MailText;
  closed?(context: MailContext<StoredMetadata>): MailText;
}

function escapeHtml(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/**
 * Builds a mail from a subject and paragraphs of plain text (a `link` paragraph becomes a link in
 * the HTML part), so the two parts always say the same and nothing a requester typed is sent as HTML.
 */
export function composeMail(subject: string, paragraphs: readonly (string | { readonly link: string; readonly label: string })[]): MailText {
  const text = paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}: ${p.link}`)).join('\n\n');
  const html = paragraphs
    .map((p) => (typeof p === 'string' ? `<p>${escapeHtml(p)}</p>` : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a></p>`))
    .join('\n');
  return { subject, text: `${text}\n`, html };
}

/** The core's wording for a type that brings no text of its own. */
export const defaultMail: Required<TicketTypeMails<unknown>> = {
  received: ({ ticket, recipient }) =>
    composeMail(`Ticket #${ticket.id} received: ${ticket.title}`, [
      `Hello ${recipient.name},`,
      `We received your ${ticket.typeTitle.toLowerCase()} request "${ticket.title}". The team will look at it soon; you will hear from us here.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
  commented: ({ ticket, recipient, comment }) =>
    composeMail(`Ticket #${ticket.id}: new comment from ${comment.onBehalfOf}`, [
      `Hello ${recipient.name},`,
      comment.authorName === comment.onBehalfOf
        ? `${comment.authorName} commented on "${ticket.title}":`
        : `${comment.authorName} commented on "${ticket.title}" on behalf of ${comment.onBehalfOf}:`,
      comment.body,
      { link: ticket.url, label: `Reply on ticket #${ticket.id}` },
    ]),
  closed: ({ ticket, recipient }) =>
    composeMail(`Ticket #${ticket.id} closed: ${ticket.status}`, [
      `Hello ${recipient.name},`,
      `Your request "${ticket.title}" is closed with the outcome: ${ticket.status}.`,
      { link: ticket.url, label: `Ticket #${ticket.id}` },
    ]),
};
