import { mailCatalogProblems } from '@tickets/plugin-kit/widget/testing';
import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import contactServer from '../src/server/index.js';
import { CONTACT_MAIL_CATALOGS } from '../src/server/mail-words.js';

const metadata = { team: 'WRT', message: 'My results from Porto are missing.' } as const;
const about = { id: 4, title: 'Missing results' };

describe('contact mails', () => {
  it('confirm receipt quoting the message, in English by default', () => {
    const mail = mailsAbout(contactServer, about, 'Rita').received(metadata);
    expect(mail.subject).toBe('Ticket #4 received: Missing results');
    expect(mail.text).toContain('We received your message to WRT.');
    expect(mail.text).toContain('My results from Porto are missing.');
  });

  it("are written in the requester's language from the directory, the message as they wrote it", () => {
    const inPolish = mailsAbout(contactServer, about, 'Rita', 'pl').received(metadata);
    expect(inPolish.subject).toBe('Zgłoszenie #4 przyjęte: Missing results');
    expect(inPolish.text).toContain('Otrzymaliśmy twoją wiadomość do zespołu WRT.');
    expect(inPolish.text).toContain('My results from Porto are missing.');
    expect(mailsAbout(contactServer, about, 'Rita', 'es').received(metadata).text).toContain('Hemos recibido tu mensaje para WRT.');
  });

  it('have complete, valid catalogs in every language', async () => {
    expect(await mailCatalogProblems('contact-mails', CONTACT_MAIL_CATALOGS)).toEqual([]);
  });
});
