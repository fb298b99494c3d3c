import { type CaughtMail, createApiKey, failureOf, startMailCatcher, startTestApi, userId } from '@tickets/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import server from '../src/server/index.js';

// A real SMTP server in this process; the API's outbox worker sends to it.
const smtp = await startMailCatcher();
afterAll(() => smtp.stop());
const t = await startTestApi({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'WCA Tickets <tickets@wca.example>', MAIL_POLL_MS: '20' }, [server]);

const MESSAGE = 'The results page of Euro 2026 shows a 404 since this morning.';

/** Files through the intake endpoint, as the host site's contact form does: plain fetch, JSON in and out. */
async function fileThroughIntake(body: unknown): Promise<{ status: number; id: number }> {
  const { key } = await createApiKey(t.api.services.orm.em.fork(), 'contact form');
  const response = await fetch(`${t.api.url}/intake/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { ticket: { id: number } };
  return { status: response.status, id: answer.ticket.id };
}

async function receivedMail(ticketId: number): Promise<CaughtMail> {
  const isIt = (mail: CaughtMail) => mail.references.includes(`<ticket-${ticketId}@wca.example>`) && mail.subject.startsWith(`Ticket #${ticketId} received`);
  return (await smtp.until((mails) => mails.some(isIt))).find(isIt)!;
}

describe('contact tickets through the API', () => {
  it('keep the message filed through the intake endpoint: the team reads it on the ticket and in the "received" mail', async () => {
    const filed = await fileThroughIntake({ type: 'contact', title: 'Results page broken', requester: { userId: userId('rita') }, metadata: { team: 'WST', message: MESSAGE } });
    expect(filed.status).toBe(201);

    expect((await t.client('wes').tickets.get.query({ ticketId: filed.id })).metadata).toEqual({ team: 'WST', message: MESSAGE });
    expect((await t.client('rita').tickets.get.query({ ticketId: filed.id })).metadata).toEqual({ team: 'WST', message: MESSAGE });

    const mail = await receivedMail(filed.id);
    expect(mail.to).toBe('"Rita Lopes" <rita@example.org>');
    expect(mail.envelopeTo).toContain('software@example.org');
    expect(mail.text).toContain(MESSAGE);
    expect(mail.html).toContain(`<p>${MESSAGE}</p>`);
  });

  it('keep the message filed with tickets.create', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'contact', title: 'A question', metadata: { team: 'WRT', message: '  Where do I find my results?  ' } });
    expect((await t.client('ana').tickets.get.query({ ticketId: id })).metadata).toEqual({ team: 'WRT', message: 'Where do I find my results?' });
  });

  it('reach the chosen team, and only them', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({
      type: 'contact',
      title: 'Results page broken',
      metadata: { team: 'WST', message: 'The results page shows a 404.' },
    });
    const seenByWes = await t.client('wes').tickets.get.query({ ticketId: id });
    expect(seenByWes.stakeholders.map((s) => [s.principal.name, s.connection])).toEqual([
      ['Rita Lopes', 'cc'],
      ['WST', 'assigned'],
    ]);
    expect((await failureOf(t.client('ana').tickets.get.query({ ticketId: id }))).code).toBe('NOT_FOUND');
  });

  it('are refused with the plugin’s field errors when the message is missing', async () => {
    const failure = await failureOf(
      t.client('rita').tickets.create.mutate({ type: 'contact', title: 'Hi', metadata: { team: 'WST', message: '' } }),
    );
    expect(failure.data.fieldErrors).toEqual([
      { path: 'metadata.message', message: 'Write at least a sentence (10 characters) so the team knows what you need.' },
    ]);
  });

  it("are refused in the reader's language: the schema's sentences beside the field and as the answer", async () => {
    const spanish = await failureOf(t.client('rita', 'es-AR, en;q=0.5').tickets.create.mutate({ type: 'contact', title: 'Hola', metadata: { team: 'WST', message: 'Ayuda' } }));
    const tooShort = 'Escribe al menos una frase (10 caracteres) para que el equipo sepa qué necesitas.';
    expect(spanish).toMatchObject({ code: 'BAD_REQUEST', message: tooShort });
    expect(spanish.data.fieldErrors).toEqual([{ path: 'metadata.message', message: tooShort }]);
    const polish = await failureOf(t.client('rita', 'pl').tickets.create.mutate({ type: 'contact', title: 'Cześć', metadata: { team: 'WCA Board', message: MESSAGE } }));
    expect(polish).toMatchObject({ code: 'BAD_REQUEST', message: 'Wybierz zespół, z którym chcesz się skontaktować: WST, WRT, WCAT.' });
    expect(polish.data.fieldErrors).toEqual([{ path: 'metadata.team', message: 'Wybierz zespół, z którym chcesz się skontaktować: WST, WRT, WCAT.' }]);
  });
});
