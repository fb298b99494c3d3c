import { describe, expect, it } from 'vitest';
import { composeMail, DEFAULT_MAIL_CATALOGS, defaultMail } from '../src/server/index.js';
import { mailCatalogProblems } from '../src/testing/catalog-problems.js';

const ticket = { id: 123, title: 'Fix my <b>name</b>', typeTitle: 'Edit person', url: 'https://example.org/tickets/123', status: 'Applied', state: 'closed' as const };

describe('mail texts', () => {
  it('say the same in the text and the HTML part, with the ticket link', () => {
    const mail = composeMail('Ticket #123 received', ['Hello Rita,', { link: ticket.url, label: 'Ticket #123' }]);
    expect(mail.text).toBe('Hello Rita,\n\nTicket #123: https://example.org/tickets/123\n');
    expect(mail.html).toBe('<p>Hello Rita,</p>\n<p><a href="https://example.org/tickets/123">Ticket #123</a></p>');
  });

  it('never send what a requester typed as HTML', () => {
    const mail = defaultMail.received({ ticket, recipient: { name: 'Rita', locale: null }, metadata: null });
    expect(mail.subject).toBe('Ticket #123 received: Fix my <b>name</b>');
    expect(mail.html).toContain('Fix my &lt;b&gt;name&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>');
  });

  it('write a ticket number as its number, never grouped like an amount (#12345, not #12,345)', () => {
    for (const locale of [null, 'es', 'pl']) {
      const mail = defaultMail.received({ ticket: { ...ticket, id: 12345 }, recipient: { name: 'Rita', locale }, metadata: null });
      expect(mail.subject).toMatch(/#12345\b/);
      expect(mail.subject).not.toMatch(/12[,.\s\u00a0]345/);
      expect(mail.text).toContain('#12345');
    }
  });

  it('tell the outcome when a ticket closes', () => {
    const mail = defaultMail.closed({ ticket, recipient: { name: 'Rita', locale: null }, metadata: null });
    expect(mail.subject).toBe('Ticket #123 closed: Applied');
    expect(mail.text).toContain('is closed with the outcome: Applied.');
  });

  it('tell a comment with its author, who they spoke for and its text, escaped in the HTML part', () => {
    const mail = defaultMail.commented({
      ticket,
      recipient: { name: 'Rita', locale: null },
      metadata: null,
      comment: { authorName: 'Ana Kowalska', onBehalfOf: 'WRT', body: 'Please send <proof>.' },
    });
    expect(mail.subject).toBe('Ticket #123: new comment from WRT');
    expect(mail.text).toContain('Ana Kowalska commented on "Fix my <b>name</b>" on behalf of WRT:\n\nPlease send <proof>.');
    expect(mail.html).toContain('<p>Please send &lt;proof&gt;.</p>');
    expect(mail.html).toContain('<a href="https://example.org/tickets/123">Reply on ticket #123</a>');
  });

  it("speak the recipient's language from the directory, its region falling back to the language, else English", () => {
    expect(defaultMail.closed({ ticket, recipient: { name: 'Rita', locale: 'es-AR' }, metadata: null }).text).toContain('Tu solicitud «Fix my <b>name</b>» se ha cerrado con el resultado: Applied.');
    expect(defaultMail.received({ ticket, recipient: { name: 'Rita', locale: 'pl' }, metadata: null }).subject).toBe('Otrzymaliśmy zgłoszenie #123: Fix my <b>name</b>');
    expect(defaultMail.received({ ticket, recipient: { name: 'Rita', locale: 'de' }, metadata: null }).subject).toBe('Ticket #123 received: Fix my <b>name</b>');
  });

  it('have complete, valid catalogs in every language', async () => {
    expect(Object.keys(DEFAULT_MAIL_CATALOGS).sort()).toEqual(['en', 'es', 'pl']);
    expect(await mailCatalogProblems('default-mail', DEFAULT_MAIL_CATALOGS)).toEqual([]);
  });
});
