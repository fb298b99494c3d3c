import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, describe, expect, it } from 'vitest';
import { startApi } from '../src/app.js';
import { ConfigSchema } from '../src/config.js';
import { type CaughtMail, startMailCatcher } from '../src/modules/mail/mail-catcher.js';
import { createContext } from '../src/trpc/context.js';
import { createCallerFactory } from '../src/trpc/trpc.js';
import { appRouter } from '../src/trpc/root.js';
import { issueToken } from '../src/auth/issue-token.js';
import { ritasPlainRequest } from './support/ritas-ticket.js';
import { createTestDatabase } from './support/test-database.js';
import { startTestApi, TEST_TOKEN_SECRET, userId, type DemoLogin } from './support/test-api.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';

// A real SMTP server in this process, on a free port; the API's worker sends to it.
const smtp = await startMailCatcher();
afterAll(() => smtp.stop());
const mailEnv = {
  SMTP_URL: smtp.smtpUrl,
  MAIL_FROM: 'WCA Tickets <tickets@wca.example>',
  MAIL_POLL_MS: '20',
  MAIL_RETRY_BASE_MS: '20',
  TICKET_URL_TEMPLATE: 'https://www.worldcubeassociation.example/tickets/{id}',
};
const t = await startTestApi(mailEnv);

/** Waits (without a deadline of its own beyond the test's) until `probe` returns something. */
async function eventually<T>(probe: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`Gave up waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function mailsAbout(ticketId: number): CaughtMail[] {
  return smtp.mails.filter((mail) => mail.references.includes(`<ticket-${ticketId}@wca.example>`));
}

async function mailsWhen(ticketId: number, count: number): Promise<CaughtMail[]> {
  return eventually(() => (mailsAbout(ticketId).length >= count ? mailsAbout(ticketId) : undefined), `${count} mails about ticket #${ticketId}`);
}

interface OutboxRecord {
  event_key: string;
  recipient: string;
  attempts: number;
  sent_at: Date | null;
  last_error: string | null;
  message_id: string;
}

async function outboxOf(db: EntityManager, ticketId: number): Promise<OutboxRecord[]> {
  return db.execute<OutboxRecord[]>('select event_key, recipient, attempts, sent_at, last_error, message_id from mail_outbox where ticket_id = ? order by id', [ticketId]);
}

/** The events of the ticket's log entries whose mails are not yet written to the outbox. */
async function pendingMailsOf(db: EntityManager, ticketId: number): Promise<string[]> {
  const rows = await db.execute<{ event_type: string }[]>('select event_type from ticket_logs where ticket_id = ? and mail_pending is not null order by id', [ticketId]);
  return rows.map((row) => row.event_type);
}

const em = () => t.api.services.orm.em.fork();

/** The ticket's outbox once `count` rows are recorded as sent (the SMTP server sees a mail just before that). */
async function sentOutbox(db: () => EntityManager, ticketId: number, count: number): Promise<OutboxRecord[]> {
  return eventually(async () => {
    const rows = await outboxOf(db(), ticketId);
    return rows.filter((row) => row.sent_at !== null).length >= count ? rows : undefined;
  }, `${count} sent rows for ticket #${ticketId}`);
}

const ritasTicket = (title?: string) => ritasPlainRequest(t, title);

describe('mail notifications through the outbox', () => {
  it('tells the requester a ticket was received, the team in cc, with the link, in a text and an HTML part', async () => {
    const { id } = await ritasTicket();
    const [mail] = await mailsWhen(id, 1);

    expect(mail!.envelopeTo.sort()).toEqual(['results@example.org', 'rita@example.org']);
    expect(mail!.to).toBe('"Rita Lopes" <rita@example.org>');
    expect(mail!.cc).toBe('"WCA Results Team" <results@example.org>');
    expect(mail!.from).toBe('"WCA Tickets" <tickets@wca.example>');
    expect(mail!.subject).toBe(`Ticket #${id} received: Please fix my name`);
    expect(mail!.text).toContain('Hello Rita Lopes,');
    expect(mail!.text).toContain(`Ticket #${id}: https://www.worldcubeassociation.example/tickets/${id}`);
    expect(mail!.html).toContain(`<a href="https://www.worldcubeassociation.example/tickets/${id}">Ticket #${id}</a>`);
    expect(await sentOutbox(em, id, 1)).toEqual([
      expect.objectContaining({ event_key: `ticket:${id}:received`, recipient: 'rita@example.org', attempts: 1, sent_at: expect.anything(), last_error: null }),
    ]);
  });

  it('sends a comment to the other stakeholders — a group through its address — and never to its author', async () => {
    const { id } = await ritasTicket();
    await mailsWhen(id, 1);

    await t.client('ana').comments.add.mutate({ ticketId: id, expectedVersion: 1, body: 'Please send a *scan* of your passport.' });
    const fromAna = (await mailsWhen(id, 2))[1]!;
    expect(fromAna.envelopeTo).toEqual(['rita@example.org']);
    expect(fromAna.subject).toBe(`Ticket #${id}: new comment from WRT`);
    expect(fromAna.text).toContain('Ana Kowalska commented on "Please fix my name" on behalf of WRT:');
    expect(fromAna.text).toContain('Please send a *scan* of your passport.');

    await t.client('rita').comments.add.mutate({ ticketId: id, expectedVersion: 2, body: 'Here it is.' });
    const fromRita = (await mailsWhen(id, 3))[2]!;
    expect(fromRita.envelopeTo).toEqual(['results@example.org']);
    expect(fromRita.to).toBe('"WCA Results Team" <results@example.org>');
    expect(fromRita.text).toContain('Rita Lopes commented on "Please fix my name":');
  });

  it('tells the requester the ticket was closed, with the outcome', async () => {
    const { id } = await ritasTicket();
    await mailsWhen(id, 1);
    await t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
    const closed = (await mailsWhen(id, 2))[1]!;
    expect(closed.subject).toBe(`Ticket #${id} closed: Done`);
    expect(closed.envelopeTo.sort()).toEqual(['results@example.org', 'rita@example.org']);
    expect(closed.text).toContain('is closed with the outcome: Done.');
  });

  it("names the type and the outcome in the recipient's language, as the rest of the mail", async () => {
    await em().execute("update users set locale = 'es-AR' where id = ?", [userId('rita')]);
    try {
      const { id } = await t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Cuenta por mí', metadata: { start: 0 } });
      const received = (await mailsWhen(id, 1)).find((mail) => mail.envelopeTo.includes('rita@example.org'))!;
      expect(received.text).toContain('Hemos recibido tu solicitud de tipo solicitud contada «Cuenta por mí».');
      await t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
      const closed = (await mailsWhen(id, 2))[1]!;
      expect(closed.subject).toBe(`Ticket #${id} cerrado: Hecho`);
      expect(closed.text).toContain('Tu solicitud «Cuenta por mí» se ha cerrado con el resultado: Hecho.');
    } finally {
      await em().execute('update users set locale = null where id = ?', [userId('rita')]);
    }
  });

  it('records the mail with its event, in the transaction of the change: a refused change leaves no mail', async () => {
    const { id } = await ritasTicket();
    await mailsWhen(id, 1);
    await expect(t.client('ana').comments.add.mutate({ ticketId: id, expectedVersion: 99, body: 'Stale' })).rejects.toThrow(/version/);
    await t.api.mail.writer.writeDue();
    expect(await pendingMailsOf(em(), id)).toEqual([]);
    expect((await outboxOf(em(), id)).map((row) => row.event_key)).toEqual([`ticket:${id}:received`]);
  });

  it('tells of the ticket as the change left it, even when the mail is written after the ticket moved on', async () => {
    const { id } = await ritasTicket();
    await mailsWhen(id, 1);
    // As if the process were too busy to write the mail before the next change came in.
    await t.api.mail.writer.stop();
    try {
      await t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
      await t.client('ana').tickets.reopen.mutate({ ticketId: id, expectedVersion: 2 });
      expect(await pendingMailsOf(em(), id)).toEqual(['ticket.state_changed']);
    } finally {
      t.api.mail.writer.start();
    }
    const closed = (await mailsWhen(id, 2))[1]!;
    expect(closed.subject).toBe(`Ticket #${id} closed: Done`);
    expect(closed.text).toContain('is closed with the outcome: Done.');
    expect((await outboxOf(em(), id)).map((row) => row.event_key)).toEqual([`ticket:${id}:received`, `ticket:${id}:closed:v2`]);
  });

  it('sends the same Message-ID again if a mail is sent twice, so a duplicate after a crash is recognisable', async () => {
    const { id } = await ritasTicket();
    const [first] = await mailsWhen(id, 1);
    await sentOutbox(em, id, 1);
    // As if the worker died after the SMTP server accepted the mail but before recording it as sent.
    await em().execute(`update mail_outbox set sent_at = null, next_attempt_at = now() where ticket_id = ?`, [id]);
    t.api.mail.worker!.wake();
    const [, again] = await mailsWhen(id, 2);
    expect(first!.messageId).toMatch(/^<[0-9a-f]{40}@wca\.example>$/);
    expect(again!.messageId).toBe(first!.messageId);
  });

  it('delays mail while the SMTP server is down and delivers it, once, when it is back', async () => {
    await smtp.stop();
    const { id } = await ritasTicket('Sent while the mail server was down');
    // A claim counts the attempt before it is made: a third claim means two attempts have failed
    // (with two, the second may still be under way and succeed once the server is back).
    const failed = await eventually(async () => {
      const [row] = await outboxOf(em(), id);
      return row && row.attempts >= 3 && row.last_error ? row : undefined;
    }, 'two failed attempts');
    expect(failed.sent_at).toBeNull();
    expect(mailsAbout(id)).toEqual([]);

    const back = await startMailCatcher({ port: smtp.port });
    try {
      const [mail] = await eventually(() => (back.mails.length > 0 ? back.mails : undefined), 'the mail after the server came back');
      expect(mail!.subject).toBe(`Ticket #${id} received: Sent while the mail server was down`);
      const [row] = await sentOutbox(em, id, 1);
      expect(row).toMatchObject({ sent_at: expect.anything(), last_error: null });
      expect(row!.attempts).toBeGreaterThanOrEqual(3);
      // Nothing else is due, so a further round sends nothing more.
      expect(await t.api.mail.worker!.sendDue()).toBe(0);
      expect(back.mails).toHaveLength(1);
    } finally {
      await back.stop();
    }
  });
});

describe('a crash between commit and send', () => {
  it('still sends each mail exactly once: the next process writes what is pending and sends what the outbox holds', async () => {
    const database = await createTestDatabase();
    afterAll(() => database.drop());
    const config = (env: Record<string, string>) =>
      ConfigSchema.parse({ ...database.env, PORT: '0', TOKEN_SECRET: TEST_TOKEN_SECRET, SEED_DEMO: 'true', LOG_LEVEL: 'silent', ...env });
    const caller = (api: Awaited<ReturnType<typeof startApi>>, login: DemoLogin) =>
      createCallerFactory(appRouter)(async () => createContext(api.services, `Bearer ${await issueToken(api.services.tokenKey, userId(login))}`, 'test'));
    const catcher = await startMailCatcher();
    afterAll(() => catcher.stop());

    // The first process commits two tickets, then dies: the first one's mail is written to the outbox
    // but not sent (no mail server is configured), the second one's is still pending in its log entry
    // (as if the process died right after the commit, before its outbox writer ran).
    const first = await startApi({ config: config({}), ticketTypes: TEST_TICKET_TYPES });
    const { id } = await caller(first, 'rita').tickets.create({ type: 'plain-request', title: 'Filed just before a crash' });
    await first.mail.writer.writeDue();
    expect(await outboxOf(first.services.orm.em.fork(), id)).toEqual([expect.objectContaining({ sent_at: null, attempts: 0 })]);
    await first.mail.writer.stop();
    const { id: pendingId } = await caller(first, 'rita').tickets.create({ type: 'plain-request', title: 'Filed as the process died' });
    expect(await outboxOf(first.services.orm.em.fork(), pendingId)).toEqual([]);
    expect(await pendingMailsOf(first.services.orm.em.fork(), pendingId)).toEqual(['ticket.created']);
    await first.stop();
    expect(catcher.mails).toEqual([]);

    const second = await startApi({ config: config({ ...mailEnv, SMTP_URL: catcher.smtpUrl }), ticketTypes: TEST_TICKET_TYPES });
    try {
      await sentOutbox(() => second.services.orm.em.fork(), id, 1);
      await sentOutbox(() => second.services.orm.em.fork(), pendingId, 1);
      expect(await second.mail.writer.writeDue()).toBe(0);
      expect(await second.mail.worker!.sendDue()).toBe(0);
      expect(catcher.mails.map((mail) => mail.subject).sort()).toEqual([`Ticket #${id} received: Filed just before a crash`, `Ticket #${pendingId} received: Filed as the process died`].sort());
      expect(await sentOutbox(() => second.services.orm.em.fork(), id, 1)).toEqual([expect.objectContaining({ sent_at: expect.anything(), attempts: 1 })]);
      expect(await pendingMailsOf(second.services.orm.em.fork(), pendingId)).toEqual([]);
    } finally {
      await second.stop();
    }
    // Two API starts one after the other (two embedded databases on PGlite) take a while on a busy machine.
  }, 90_000);
});
