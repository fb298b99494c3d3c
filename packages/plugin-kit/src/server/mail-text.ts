import { DEFAULT_MAIL_CATALOGS } from './default-mail-words.js';
import { mailWords } from './mail-words.js';

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
    /** The type's title in the recipient's language (its words). */
    readonly typeTitle: string;
    /** Where the recipient reads the ticket on the host site. */
    readonly url: string;
    /** The status's name in the recipient's language when the type ships it or it is a system status; a custom one as written. */
    readonly status: string;
    readonly state: 'open' | 'closed';
  };
  /** The recipient, with the locale the directory has for them (null: not known; mails fall back to English). */
  readonly recipient: { readonly name: string; readonly locale: string | null };
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

/** The core's wording for a type that brings no text of its own, in the recipient's language. */
export const defaultMail: Required<TicketTypeMails<unknown>> = {
  received: ({ ticket, recipient }) => {
    const { t } = mailWords(DEFAULT_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('received.subject', { id: ticket.id, title: ticket.title }), [
      t('hello', { name: recipient.name }),
      t('received.body', { type: ticket.typeTitle.toLowerCase(), title: ticket.title }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
  commented: ({ ticket, recipient, comment }) => {
    const { t } = mailWords(DEFAULT_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('commented.subject', { id: ticket.id, from: comment.onBehalfOf }), [
      t('hello', { name: recipient.name }),
      comment.authorName === comment.onBehalfOf
        ? t('commented.intro', { author: comment.authorName, title: ticket.title })
        : t('commented.introOnBehalf', { author: comment.authorName, title: ticket.title, group: comment.onBehalfOf }),
      comment.body,
      { link: ticket.url, label: t('replyLink', { id: ticket.id }) },
    ]);
  },
  closed: ({ ticket, recipient }) => {
    const { t } = mailWords(DEFAULT_MAIL_CATALOGS, recipient.locale);
    return composeMail(t('closed.subject', { id: ticket.id, status: ticket.status }), [
      t('hello', { name: recipient.name }),
      t('closed.body', { title: ticket.title, status: ticket.status }),
      { link: ticket.url, label: t('ticketLink', { id: ticket.id }) },
    ]);
  },
};
