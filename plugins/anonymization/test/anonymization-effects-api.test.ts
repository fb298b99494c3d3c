import { sql } from '@tickets/plugin-kit/server';
import { failureOf, personRecord, startTestApi, userId, userRecord } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import server from '../src/server/index.js';
import { z } from 'zod';
import { addHistory, db, historyCount, logsOf, rowsOf, storedOf } from './support.js';

const t = await startTestApi({}, [server]);
const ana = t.client('ana');
const ben = t.client('ben');
const run = (login: 'ana' | 'ben' | 'rita' | 'wes' | 'dora', ticketId: number, expectedVersion: number, action: string, input: object = {}) =>
  t.client(login).actions.run.mutate({ ticketId, expectedVersion, action, input });
const ticketOf = async (ticketId: number) => (await ana.tickets.get.query({ ticketId })).ticket;

describe('anonymization: who may act', () => {
  it('refuses Rita (the requester), Wes (WST) and Dora (Delegates) every action, naming WRT, and changes nothing', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account_and_profile' } });
    // Wes and the Delegates join in cc, so they see the ticket and reach the action's own rule.
    await ana.stakeholders.add.mutate({ ticketId: id, expectedVersion: 1, principal: { kind: 'user', id: userId('wes') }, connection: 'cc', role: 'actioner' });
    await ana.stakeholders.add.mutate({ ticketId: id, expectedVersion: 2, principal: { kind: 'group', id: 4 }, connection: 'cc', role: 'actioner' });
    const ritaBefore = await userRecord(t, userId('rita'));
    const messages = {
      anonymize: 'Only members of WRT can anonymize an account.',
      refreshPreview: 'Only members of WRT can refresh the preview of an anonymization.',
      reject: 'Only members of WRT can reject an anonymization request.',
    };
    for (const login of ['rita', 'wes', 'dora'] as const) {
      for (const [action, message] of Object.entries(messages)) {
        const refused = await failureOf(run(login, id, 3, action, action === 'reject' ? { reason: 'No.' } : {}));
        expect([login, action, refused.code, refused.message]).toEqual([login, action, 'FORBIDDEN', message]);
      }
    }
    expect(await userRecord(t, userId('rita'))).toEqual(ritaBefore);
    expect(await personRecord(t, 1)).toMatchObject({ name: 'Rita Lopes', date_of_birth: '1998-04-12' });
    expect(await ticketOf(id)).toMatchObject({ version: 3, status: { name: 'Requested' } });

    const catRefused = await failureOf(t.client('cat').actions.run.mutate({ ticketId: id, expectedVersion: 3, action: 'anonymize', input: {} }));
    expect(catRefused.code).toBe('NOT_FOUND');
    const rejected = await ana.tickets.get.query({ ticketId: id });
    const rejectedStatus = rejected.lifecycle.statuses.find((s) => s.name === 'Rejected')!;
    const move = await failureOf(t.client('rita').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 3, statusId: rejectedStatus.id }));
    expect(move.code).toBe('FORBIDDEN');
    expect(move.message).toBe("Only WRT may move this ticket from 'Requested' to 'Rejected'.");
  });

  it('refuses closing a ticket by hand: it can only become Anonymized by anonymizing', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account' } });
    const refused = await failureOf(ana.tickets.close.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe("A ticket in 'Requested' cannot move to 'Anonymized'; it can move to: 'Rejected', 'Duplicate'.");
  });

  it('lets WRT reject with a reason: the ticket closes as Rejected, the reason is stored and logged, nobody is anonymized', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account' } });
    const missing = await failureOf(run('ben', id, 1, 'reject', {}));
    expect(missing.data.fieldErrors).toEqual([{ path: 'input.reason', message: 'Say why the request is rejected; the requester reads it.' }]);
    await run('ben', id, 1, 'reject', { reason: 'The request did not come from the account owner.' });
    expect(await ticketOf(id)).toMatchObject({ state: 'closed', status: { name: 'Rejected' } });
    expect((await storedOf(t, id)).rejectionReason).toBe('The request did not come from the account owner.');
    expect(await userRecord(t, userId('rita'))).toMatchObject({ name: 'Rita Lopes', anonymized_at: null });
    const logs = await logsOf(t, id);
    expect(logs.map((log) => log.event_type)).toEqual(['ticket.created', 'action.run', 'metadata.changed', 'ticket.status_changed', 'ticket.state_changed']);
    expect(logs[1]).toMatchObject({ actor_user_id: userId('ben'), event: { summary: `Rejected the request to anonymize user #${userId('rita')} (account only).` } });
  });
});

describe('anonymization: anonymizing "account only"', () => {
  it('replaces the user’s name and e-mail, leaves every profile alone, closes as Anonymized, and logs it as WRT', async () => {
    const john = userId('john');
    const { id } = await t.client('john').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account' } });
    const personsBefore = await rowsOf(t, sql`select * from persons order by id`);
    await run('ben', id, 1, 'anonymize');

    const user = await userRecord(t, john);
    expect(user).toMatchObject({ name: `Anonymous ${john}`, email: null });
    expect(user.anonymized_at).not.toBeNull();
    expect(await rowsOf(t, sql`select * from persons order by id`)).toEqual(personsBefore);
    expect(await ticketOf(id)).toMatchObject({ state: 'closed', status: { name: 'Anonymized' } });
    const stored = await storedOf(t, id);
    expect(stored.preview.entries).toEqual([]);
    expect(stored.anonymizedAt).not.toBeNull();

    const logs = await logsOf(t, id);
    expect(logs.map((log) => log.event_type)).toEqual(['ticket.created', 'action.run', 'metadata.changed', 'ticket.status_changed', 'ticket.state_changed']);
    expect(logs[1]).toMatchObject({ actor_user_id: userId('ben'), event: { summary: `Anonymized the account of user #${john}.` } });
    const detail = await ben.tickets.get.query({ ticketId: id });
    expect(detail.stakeholders.find((s) => s.id === logs[1]!.acting_stakeholder_id)?.principal.name).toBe('WRT');
    // The log is kept for good: it names the fields, never the data that was removed.
    expect(JSON.stringify(logs.map((log) => log.event))).not.toContain('john@example.org');
    // An anonymized user is no longer a viewer.
    expect((await failureOf(t.client('john').tickets.get.query({ ticketId: id }))).code).toBe('UNAUTHORIZED');
  });

  it('is harmless run again after reopening: nothing changes in the directory, the log says so, and the ticket closes again', async () => {
    const john = userId('john');
    const ticket = await db(t).one(
      sql`select t.id from tickets t join tickets_anonymization m on m.id = t.metadata_id where m.user_id = ${john} and t.type = 'anonymization'`,
      z.object({ id: z.number() }),
    );
    const id = ticket.id;
    const userBefore = await userRecord(t, john);
    const storedBefore = await storedOf(t, id);

    const reopened = await ben.tickets.reopen.mutate({ ticketId: id, expectedVersion: (await ticketOf(id)).version });
    expect(await ticketOf(id)).toMatchObject({ state: 'open', status: { name: 'Requested' } });
    await run('ben', id, reopened.version, 'anonymize');

    expect(await userRecord(t, john)).toEqual(userBefore);
    expect(await ticketOf(id)).toMatchObject({ state: 'closed', status: { name: 'Anonymized' } });
    expect((await storedOf(t, id)).anonymizedAt).toBe(storedBefore.anonymizedAt);
    const runs = (await logsOf(t, id)).filter((log) => log.event_type === 'action.run');
    expect(runs.at(-1)?.event).toMatchObject({ summary: `Nothing changed: the account of user #${john} was already anonymized.` });
  });

  it('refuses a new request when there is nothing left to anonymize', async () => {
    const refused = await failureOf(ana.tickets.create.mutate({ type: 'anonymization', title: 'Forget John again', metadata: { scope: 'account', userId: userId('john') } }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe(`User #${userId('john')} is already anonymized in this scope; there is nothing left to anonymize.`);
  });
});

describe('anonymization: anonymizing "account and profile"', () => {
  it('also replaces the profile’s name, date of birth and gender and deletes its history, leaving other profiles alone', async () => {
    const rita = userId('rita');
    await addHistory(t, 1, 2);
    await addHistory(t, 3, 1);
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account_and_profile' } });
    expect((await storedOf(t, id)).preview.entries.at(-1)).toEqual({ record: 'person_history', recordId: 1, field: 'rows', currentValue: 2 });
    const ana3 = await personRecord(t, 3);
    await run('ana', id, 1, 'anonymize');

    expect(await userRecord(t, rita)).toMatchObject({ name: `Anonymous ${rita}`, email: null, person_id: 1 });
    expect((await userRecord(t, rita)).anonymized_at).not.toBeNull();
    expect(await personRecord(t, 1)).toMatchObject({ wca_id: '2019LOPE01', country_iso2: 'PT', name: 'Anonymous', date_of_birth: null, gender: null });
    expect(await historyCount(t, 1)).toBe(0);
    expect(await historyCount(t, 3)).toBe(1);
    expect(await personRecord(t, 3)).toEqual(ana3);
    expect(await ticketOf(id)).toMatchObject({ state: 'closed', status: { name: 'Anonymized' } });
    const logs = await logsOf(t, id);
    expect(logs[1]).toMatchObject({
      event_type: 'action.run',
      actor_user_id: userId('ana'),
      event: { summary: `Anonymized the account of user #${rita} and the competitor profile of person #1 (deleting its 2 history entries).` },
    });
    expect(JSON.stringify(logs.map((log) => log.event))).not.toMatch(/Rita|1998-04-12/);

    // Run again: the directory is left exactly as it is.
    const personAfter = await personRecord(t, 1);
    const userAfter = await userRecord(t, rita);
    const reopened = await ana.tickets.reopen.mutate({ ticketId: id, expectedVersion: (await ticketOf(id)).version });
    await run('ana', id, reopened.version, 'anonymize');
    expect(await personRecord(t, 1)).toEqual(personAfter);
    expect(await userRecord(t, rita)).toEqual(userAfter);
    expect((await logsOf(t, id)).filter((log) => log.event_type === 'action.run').at(-1)?.event).toMatchObject({
      summary: `Nothing changed: the account of user #${rita} and the competitor profile of person #1 were already anonymized.`,
    });
    expect(await ticketOf(id)).toMatchObject({ state: 'closed', status: { name: 'Anonymized' } });
  });

  it('refuses to anonymize when the account’s profile link changed since the preview, until the preview is refreshed', async () => {
    const dan = userId('dan');
    await db(t).run(sql`update users set person_id = 2 where id = ${dan}`);
    const { id } = await ana.tickets.create.mutate({ type: 'anonymization', title: 'Forget Dan', metadata: { scope: 'account_and_profile', userId: dan } });
    expect((await storedOf(t, id)).personId).toBe(2);
    await db(t).run(sql`update users set person_id = null where id = ${dan}`);

    const refused = await failureOf(run('ben', id, 1, 'anonymize'));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe(
      `The account of user #${dan} is now linked to no competitor profile, but the preview was taken when it was linked to person #2; run 'Refresh the preview', check it, then anonymize.`,
    );
    expect(await userRecord(t, dan)).toMatchObject({ name: 'Dan Delegate', anonymized_at: null });

    await run('ben', id, 1, 'refreshPreview');
    expect(await storedOf(t, id)).toMatchObject({ personId: null });
    expect((await logsOf(t, id)).at(-1)?.event).toMatchObject({ type: 'metadata.changed', changes: expect.arrayContaining([expect.objectContaining({ field: 'personId', before: 2, after: null })]) });
    const person2 = await personRecord(t, 2);
    await run('ben', id, 2, 'anonymize');
    expect(await userRecord(t, dan)).toMatchObject({ name: `Anonymous ${dan}`, email: null });
    expect(await personRecord(t, 2)).toEqual(person2);
    expect((await logsOf(t, id)).filter((log) => log.event_type === 'action.run').at(-1)?.event).toMatchObject({
      summary: `Anonymized the account of user #${dan}. User #${dan} is not linked to a competitor profile, so no profile was anonymized.`,
    });
  });
});
