import { mailsAbout } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { EditPersonStored } from '../src/edit-person-stored.js';
import editPersonServer from '../src/server/index.js';
import { EDIT_PERSON_MAIL_CATALOGS } from '../src/server/mail-words.js';
import { mailCatalogProblems } from '@tickets/plugin-kit/widget/testing';

const mails = mailsAbout(editPersonServer, { id: 12, title: 'Fix my name' }, 'Rita');
const stored = EditPersonStored.parse({
  personId: 1,
  wcaId: '2019LOPE01',
  fields: [{ field: 'name', oldValue: 'Rita Lopes', newValue: 'Rita Lopes Silva' }],
  proofUrl: 'https://example.org/id.pdf',
  profileVersion: '2026-01-01T00:00:00.000Z',
  rejectionReason: null,
  appliedAs: null,
});

describe('edit-person mails', () => {
  it('confirm receipt naming the fields and the profile, with the ticket link', () => {
    const mail = mails.received(stored);
    expect(mail.subject).toBe('Ticket #12 received: your profile change (2019LOPE01)');
    expect(mail.text).toContain('change the name of the competitor profile 2019LOPE01');
    expect(mail.html).toContain('href="https://example.org/tickets/12"');
  });

  it('tell the outcome: applied, or rejected with the reason', () => {
    expect(mails.closed('Applied', { ...stored, appliedAs: 'fix' }).text).toContain('was applied to the profile');
    const rejected = mails.closed('Rejected', { ...stored, rejectionReason: 'No proof of the new name.' });
    expect(rejected.subject).toBe('Ticket #12 closed: Rejected');
    expect(rejected.text).toContain('Reason: No proof of the new name.');
  });

  it("are written in the requester's language from the directory (Spanish, Polish), English otherwise", () => {
    const inSpanish = mailsAbout(editPersonServer, { id: 12, title: 'Fix my name' }, 'Rita', 'es-AR');
    expect(inSpanish.received(stored).subject).toBe('Ticket #12 recibido: tu cambio de perfil (2019LOPE01)');
    expect(inSpanish.received(stored).text).toContain('cambiar el nombre del perfil de competidor 2019LOPE01');
    expect(inSpanish.closed('Applied', { ...stored, appliedAs: 'fix' }).subject).toBe('Ticket #12 cerrado: Aplicado');
    const inPolish = mailsAbout(editPersonServer, { id: 12, title: 'Fix my name' }, 'Rita', 'pl');
    expect(inPolish.closed('Rejected', { ...stored, rejectionReason: 'Brak dowodu.' }).text).toContain('została zamknięta ze statusem: Odrzucone. Powód: Brak dowodu.');
  });

  it('have complete, valid catalogs in every language', async () => {
    expect(Object.keys(EDIT_PERSON_MAIL_CATALOGS).sort()).toEqual(['en', 'es', 'pl']);
    expect(await mailCatalogProblems('edit-person-mails', EDIT_PERSON_MAIL_CATALOGS)).toEqual([]);
  });
});
