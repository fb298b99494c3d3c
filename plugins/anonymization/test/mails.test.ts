import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { AnonymizationStored } from '../src/anonymization-stored.js';
import anonymizationServer from '../src/server/index.js';
import { ANONYMIZATION_MAIL_CATALOGS } from '../src/server/mail-words.js';
import { mailCatalogProblems } from '@tickets/plugin-kit/widget/testing';

const mails = mailsAbout(anonymizationServer, { id: 9, title: 'Forget me' }, 'John');
const stored = AnonymizationStored.parse({
  userId: 9,
  personId: null,
  scope: 'account',
  reason: null,
  preview: { takenAt: '2026-01-01T00:00:00.000Z', entries: [] },
  anonymizedAt: null,
  rejectionReason: null,
});

describe('anonymization mails', () => {
  it('confirm receipt with the scope', () => {
    expect(mails.received(stored).text).toContain('request to be forgotten (account only)');
  });

  it('say the data is anonymized once it is', () => {
    expect(mails.closed('Anonymized', { ...stored, anonymizedAt: '2026-02-01T00:00:00.000Z' }).text).toContain('has been anonymized');
  });

  it("are written in the requester's language from the directory (Spanish, Polish), English otherwise", () => {
    const inSpanish = mailsAbout(anonymizationServer, { id: 9, title: 'Forget me' }, 'John', 'es');
    expect(inSpanish.received(stored).subject).toBe('Ticket #9 recibido: anonimización (solo la cuenta)');
    const inPolish = mailsAbout(anonymizationServer, { id: 9, title: 'Forget me' }, 'John', 'pl-PL');
    const closed = inPolish.closed('Rejected', { ...stored, rejectionReason: 'To nie twoje konto.' });
    expect(closed.subject).toBe('Zgłoszenie #9 zamknięte: Odrzucone');
    expect(closed.text).toContain('został zamknięty ze statusem: Odrzucone. Powód: To nie twoje konto.');
  });

  it('have complete, valid catalogs in every language', async () => {
    expect(await mailCatalogProblems('anonymization-mails', ANONYMIZATION_MAIL_CATALOGS)).toEqual([]);
  });
});
