// The mails of an edit-person request, in the language the directory has for its requester: filed,
// then applied or rejected, through the API, the outbox and a real SMTP server.
import { type CaughtMail, startMailCatcher, startTestApi, userId } from '@tickets/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import server from '../src/server/index.js';
import { harness } from './edit-person-harness.js';

const smtp = await startMailCatcher();
afterAll(() => smtp.stop());
const t = await startTestApi({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'WCA Tickets <tickets@wca.example>', MAIL_POLL_MS: '20' }, [server]);
const h = harness(t);

/** The mail about the ticket whose subject starts so, once the SMTP server has it. */
async function mailAbout(ticketId: number, subject: string): Promise<CaughtMail> {
  const wanted = (mail: CaughtMail) => mail.references.includes(`<ticket-${ticketId}@wca.example>`) && mail.subject.startsWith(subject);
  return (await smtp.until((all) => all.some(wanted))).find(wanted)!;
}

/** Sam (a site admin: no proof needed) asks to change a fresh profile's name, reading mails in `locale`. */
async function samRequests(locale: string | null) {
  await t.api.services.orm.em.fork().execute('update users set locale = ? where id = ?', [locale, userId('sam')]);
  const person = await h.newPerson({ name: 'Marie Curie' });
  const { id } = await t.client('sam').tickets.create.mutate({
    type: 'edit-person',
    title: 'Correct a profile',
    metadata: { personId: person.id, changes: [{ field: 'name', newValue: 'Marie Skłodowska-Curie' }] },
  });
  return { id, person };
}

describe("edit-person mails in the requester's language", () => {
  it('writes "received" and "closed" in Polish to a requester who reads Polish', async () => {
    const { id, person } = await samRequests('pl-PL');
    const received = await mailAbout(id, `Otrzymaliśmy zgłoszenie #${id}`);
    expect(received.subject).toBe(`Otrzymaliśmy zgłoszenie #${id}: zmiana Twojego profilu (${person.wcaId})`);
    expect(received.text).toContain(`Dzień dobry, Sam Admin,`);
    expect(received.text).toContain(`zmianę następujących danych w profilu zawodnika ${person.wcaId}: imię i nazwisko.`);

    await h.run('ana', id, 'applyAsFix');
    const closed = await mailAbout(id, `Zgłoszenie #${id} zamknięte`);
    expect(closed.subject).toBe(`Zgłoszenie #${id} zamknięte: Wprowadzone`);
    expect(closed.text).toContain(`Wnioskowana zmiana (imię i nazwisko) w profilu ${person.wcaId} została wprowadzona.`);
  });

  it('writes them in Spanish to one who reads Spanish (es-AR), with the reason of a rejection as written', async () => {
    const { id, person } = await samRequests('es-AR');
    expect((await mailAbout(id, `Ticket #${id} recibido`)).subject).toBe(`Ticket #${id} recibido: tu cambio de perfil (${person.wcaId})`);
    await h.run('ana', id, 'reject', { reason: 'Falta un documento.' });
    const closed = await mailAbout(id, `Ticket #${id} cerrado`);
    expect(closed.subject).toBe(`Ticket #${id} cerrado: Rechazado`);
    expect(closed.text).toContain(`Tu solicitud de cambio del perfil ${person.wcaId} se ha cerrado como Rechazado. Motivo: Falta un documento.`);
  });

  it('writes in English to one whose language the directory does not know', async () => {
    const { id } = await samRequests(null);
    expect((await mailAbout(id, `Ticket #${id} received`)).subject).toMatch(new RegExp(`^Ticket #${id} received: your profile change`));
  });
});
