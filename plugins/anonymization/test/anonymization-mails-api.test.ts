import { sql } from '@tickets/plugin-kit/server';
import { type CaughtMail, startMailCatcher, startTestApi, userId, userRecord } from '@tickets/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import server from '../src/server/index.js';
import { db } from './support.js';

// A real SMTP server in this process; the API's outbox worker sends to it.
const smtp = await startMailCatcher();
afterAll(() => smtp.stop());
const t = await startTestApi({ SMTP_URL: smtp.smtpUrl, MAIL_FROM: 'WCA Tickets <tickets@wca.example>', MAIL_POLL_MS: '20' }, [server]);

const about = (ticketId: number) => (mail: CaughtMail) => mail.references.includes(`<ticket-${ticketId}@wca.example>`);

/** The mail about the ticket whose subject starts so, once the SMTP server has it. */
async function mailAbout(ticketId: number, subject: string): Promise<CaughtMail> {
  const mails = await smtp.until((all) => all.some((mail) => about(ticketId)(mail) && mail.subject.startsWith(subject)));
  return mails.find((mail) => about(ticketId)(mail) && mail.subject.startsWith(subject))!;
}

/** Every recipient the outbox holds for the ticket (written in the change's transaction). */
async function outboxRecipients(ticketId: number): Promise<string[][]> {
  const rows = await db(t).rows(sql`select event_key, recipient from mail_outbox where ticket_id = ${ticketId} order by id`, z.object({ event_key: z.string(), recipient: z.string() }));
  return rows.map((row) => [row.event_key.replace(`ticket:${ticketId}:`, ''), row.recipient]);
}

async function anaFilesForJohn(title: string): Promise<number> {
  const { id } = await t.client('ana').tickets.create.mutate({ type: 'anonymization', title, metadata: { scope: 'account', userId: userId('john') } });
  return id;
}

describe('anonymization filed by the results team on someone’s behalf: the person hears about it', () => {
  it('makes John, whose account it is, the requester: he gets "received" and "closed", Ana who typed it in gets neither', async () => {
    const id = await anaFilesForJohn('Forget John (asked by mail)');

    const detail = await t.client('john').tickets.get.query({ ticketId: id });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['John Smith', 'cc', 'requester'],
      ['WRT', 'assigned', 'actioner'],
    ]);

    const received = await mailAbout(id, `Ticket #${id} received`);
    expect(received.to).toBe('"John Smith" <john@example.org>');
    expect(received.text).toContain('Hello John Smith,');
    expect(received.envelopeTo.sort()).toEqual(['john@example.org', 'results@example.org']);

    await t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'reject', input: { reason: 'He withdrew the request by mail.' } });
    const closed = await mailAbout(id, `Ticket #${id} closed`);
    expect(closed.to).toBe('"John Smith" <john@example.org>');
    expect(closed.text).toContain('Reason: He withdrew the request by mail.');
    expect(closed.envelopeTo.sort()).toEqual(['john@example.org', 'results@example.org']);

    expect(await outboxRecipients(id)).toEqual([
      ['received', 'john@example.org'],
      [expect.stringMatching(/^closed:v\d+$/), 'john@example.org'],
    ]);
  });

  it('tells John his account was anonymized, at the address he had before it was erased; Ana gets nothing', async () => {
    const id = await anaFilesForJohn('Forget John');
    await mailAbout(id, `Ticket #${id} received`);
    await t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'anonymize', input: {} });
    const closed = await mailAbout(id, `Ticket #${id} closed`);
    expect(closed.to).toBe('"John Smith" <john@example.org>');
    expect(await outboxRecipients(id)).toEqual([
      ['received', 'john@example.org'],
      [expect.stringMatching(/^closed:v\d+$/), 'john@example.org'],
    ]);
    // The address is gone from the directory all the same.
    expect((await userRecord(t, userId('john'))).email).toBeNull();
  });
});
