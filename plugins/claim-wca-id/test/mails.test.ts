import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { ClaimWcaIdStored } from '../src/claim-metadata.js';
import claimWcaIdServer from '../src/server/index.js';
import { CLAIM_MAIL_CATALOGS } from '../src/server/mail-words.js';
import { mailCatalogProblems } from '@tickets/plugin-kit/widget/testing';

const mails = mailsAbout(claimWcaIdServer, { id: 7, title: 'My WCA ID' }, 'John');
const stored = ClaimWcaIdStored.parse({ personId: 2, wcaId: '2015SMIT02', delegateUserId: 5, requesterUserId: 9, message: null, rejectionReason: null, handedTo: [] });

describe('claim-wca-id mails', () => {
  it('confirm receipt naming the WCA ID', () => {
    expect(mails.received(stored).subject).toBe('Ticket #7 received: your claim of WCA ID 2015SMIT02');
  });

  it('give the Delegate’s reason when the claim is rejected', () => {
    expect(mails.closed('Rejected', { ...stored, rejectionReason: 'I do not know this person.' }).text).toContain('was not confirmed. Reason: I do not know this person.');
  });

  it("are written in the requester's language from the directory (Spanish, Polish), English otherwise", () => {
    const inSpanish = mailsAbout(claimWcaIdServer, { id: 7, title: 'My WCA ID' }, 'John', 'es-MX');
    expect(inSpanish.received(stored).subject).toBe('Ticket #7 recibido: tu solicitud del WCA ID 2015SMIT02');
    expect(inSpanish.closed('Approved', stored).subject).toBe('Ticket #7 cerrado: Aprobado');
    const inPolish = mailsAbout(claimWcaIdServer, { id: 7, title: 'My WCA ID' }, 'John', 'pl');
    const rejected = inPolish.closed('Rejected', { ...stored, rejectionReason: 'Nie znam tej osoby.' });
    expect(rejected.subject).toBe('Zgłoszenie #7 zamknięte: Odrzucone');
    expect(rejected.text).toContain('nie został potwierdzony. Powód: Nie znam tej osoby.');
    const inGerman = mailsAbout(claimWcaIdServer, { id: 7, title: 'My WCA ID' }, 'John', 'de');
    expect(inGerman.received(stored).subject).toBe('Ticket #7 received: your claim of WCA ID 2015SMIT02');
  });

  it('have complete, valid catalogs in every language', async () => {
    expect(Object.keys(CLAIM_MAIL_CATALOGS).sort()).toEqual(['en', 'es', 'pl']);
    expect(await mailCatalogProblems('claim-wca-id-mails', CLAIM_MAIL_CATALOGS)).toEqual([]);
  });
});
