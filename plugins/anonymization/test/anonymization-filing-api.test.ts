import { sql } from '@tickets/plugin-kit/server';
import { failureOf, startTestApi, userId } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import server from '../src/server/index.js';
import { addHistory, db, logsOf, storedOf } from './support.js';

const t = await startTestApi({}, [server]);
const ticketCount = async () => (await db(t).one(sql`select count(*)::int as count from tickets where type = 'anonymization'`, z.object({ count: z.number() }))).count;

describe('anonymization: filing, through the API on a real database', () => {
  it('files "account and profile" for oneself: the ticket stores the preview of exactly what will be replaced, with current values', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({
      type: 'anonymization',
      title: 'Please forget me',
      metadata: { scope: 'account_and_profile', reason: 'I no longer compete.' },
    });
    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'open', status: { name: 'Requested' } });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['Rita Lopes', 'cc', 'requester'],
      ['WRT', 'assigned', 'actioner'],
    ]);
    expect(detail.metadata).toMatchObject({ userId: userId('rita'), personId: 1, scope: 'account_and_profile', reason: 'I no longer compete.', anonymizedAt: null });
    expect((await storedOf(t, id)).preview.entries).toEqual([
      { record: 'user', recordId: 2, field: 'name', currentValue: 'Rita Lopes' },
      { record: 'user', recordId: 2, field: 'email', currentValue: 'rita@example.org' },
      { record: 'person', recordId: 1, field: 'name', currentValue: 'Rita Lopes' },
      { record: 'person', recordId: 1, field: 'dateOfBirth', currentValue: '1998-04-12' },
      { record: 'person', recordId: 1, field: 'gender', currentValue: 'f' },
    ]);
  });

  it('files "account only" for oneself: only the account’s fields are previewed, and the linked profile id is kept for the record', async () => {
    const { id } = await t.client('ana').tickets.create.mutate({ type: 'anonymization', title: 'Forget my account', metadata: { scope: 'account' } });
    const stored = await storedOf(t, id);
    expect(stored).toMatchObject({ userId: userId('ana'), personId: 3, scope: 'account', reason: null });
    expect(stored.preview.entries).toEqual([
      { record: 'user', recordId: 3, field: 'name', currentValue: 'Ana Kowalska' },
      { record: 'user', recordId: 3, field: 'email', currentValue: 'ana@example.org' },
    ]);
  });

  it('counts the profile’s history entries that anonymizing will delete', async () => {
    await addHistory(t, 3, 3);
    const { id } = await t.client('ana').tickets.create.mutate({ type: 'anonymization', title: 'Forget me entirely', metadata: { scope: 'account_and_profile' } });
    expect((await storedOf(t, id)).preview.entries.at(-1)).toEqual({ record: 'person_history', recordId: 3, field: 'rows', currentValue: 3 });
  });

  it('refuses a request for somebody else unless the requester is in WRT or a site admin, storing nothing', async () => {
    const before = await ticketCount();
    for (const login of ['rita', 'wes', 'dora'] as const) {
      const refused = await failureOf(t.client(login).tickets.create.mutate({ type: 'anonymization', title: 'Forget John', metadata: { scope: 'account', userId: userId('john') } }));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.message).toBe(
        'You can only ask to anonymize your own account; only members of WRT and site admins can file a request for somebody else. Leave out userId.',
      );
    }
    expect(await ticketCount()).toBe(before);

    const byTeam = await t.client('ben').tickets.create.mutate({ type: 'anonymization', title: 'Forget John', metadata: { scope: 'account', userId: userId('john') } });
    expect(await storedOf(t, byTeam.id)).toMatchObject({ userId: userId('john'), personId: null });
    const byAdmin = await t.client('sam').tickets.create.mutate({ type: 'anonymization', title: 'Forget Rita', metadata: { scope: 'account_and_profile', userId: userId('rita') } });
    expect(await storedOf(t, byAdmin.id)).toMatchObject({ userId: userId('rita'), personId: 1 });
    const requester = (await t.client('sam').tickets.get.query({ ticketId: byAdmin.id })).stakeholders.find((s) => s.role === 'requester');
    // The person whose account it is asked for it: she is the requester, not the admin who filed it.
    expect(requester?.principal.name).toBe('Rita Lopes');
  });

  it('lets someone name themselves as the user', async () => {
    const { id } = await t.client('john').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account', userId: userId('john') } });
    expect((await storedOf(t, id)).userId).toBe(userId('john'));
  });

  it('refuses bad metadata with the field errors of the type', async () => {
    const john = t.client('john');
    const badScope = await failureOf(john.tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'everything', reason: 'x'.repeat(1001) } }));
    expect(badScope.code).toBe('BAD_REQUEST');
    expect(badScope.data.fieldErrors).toEqual([
      { path: 'metadata.scope', message: "Choose what to anonymize: 'account' (the account only) or 'account_and_profile' (the account and the competitor profile)." },
      { path: 'metadata.reason', message: 'A reason can be at most 1,000 characters long.' },
    ]);
    const noProfile = await failureOf(john.tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account_and_profile' } }));
    expect(noProfile.code).toBe('BAD_REQUEST');
    expect(noProfile.data.fieldErrors).toEqual([
      { path: 'metadata.scope', message: "Your account is not linked to a competitor profile; choose 'account' to anonymize the account only." },
    ]);
    const unknownUser = await failureOf(t.client('ana').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account', userId: 99_999 } }));
    expect(unknownUser.data.fieldErrors).toEqual([{ path: 'metadata.userId', message: 'There is no user #99999 in the directory.' }]);
  });

  it('logs the filing with the requester as actor, acting as the requester stakeholder', async () => {
    const { id } = await t.client('john').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account' } });
    const detail = await t.client('john').tickets.get.query({ ticketId: id });
    const logs = await logsOf(t, id);
    expect(logs).toEqual([expect.objectContaining({ event_type: 'ticket.created', actor_user_id: userId('john') })]);
    expect(detail.stakeholders.find((s) => s.id === logs[0]!.acting_stakeholder_id)?.role).toBe('requester');
  });
});

describe('anonymization: refreshing the preview', () => {
  it('stores what the directory holds now, logs that the preview changed without copying the values, and says when nothing changed', async () => {
    const { id } = await t.client('dan').tickets.create.mutate({ type: 'anonymization', title: 'Forget me', metadata: { scope: 'account' } });
    await db(t).run(sql`update users set email = 'dan.new@example.org' where id = ${userId('dan')}`);
    const ana = t.client('ana');
    await ana.actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'refreshPreview', input: {} });

    const stored = await storedOf(t, id);
    expect(stored.preview.entries).toContainEqual({ record: 'user', recordId: userId('dan'), field: 'email', currentValue: 'dan.new@example.org' });
    const logs = await logsOf(t, id);
    expect(logs.map((log) => log.event_type)).toEqual(['ticket.created', 'action.run', 'metadata.changed']);
    expect(logs[1]).toMatchObject({ actor_user_id: userId('ana'), event: { summary: `Read the directory again; the preview changed, and now lists: user #${userId('dan')}: name, e-mail.` } });
    expect(JSON.stringify(logs[2]!.event)).not.toContain('dan.new@example.org');
    expect(JSON.stringify(logs[2]!.event)).toContain(`user #${userId('dan')}: name, e-mail (as of`);

    await ana.actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'refreshPreview', input: {} });
    expect((await logsOf(t, id)).at(-2)?.event).toMatchObject({ summary: 'Read the directory again; the preview is unchanged.' });
    expect((await t.client('ana').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'open', status: { name: 'Requested' } });
  });
});

describe("anonymization: refusals in the reader's language", () => {
  it('says what the schema and the filing rules refuse in Spanish and Polish, beside the field too', async () => {
    const before = await ticketCount();
    const badScope = await failureOf(t.client('john', 'es-ES, en;q=0.5').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'everything' } }));
    const chooseScope = "Elige qué anonimizar: 'account' (solo la cuenta) o 'account_and_profile' (la cuenta y el perfil de competidor).";
    expect(badScope).toMatchObject({ code: 'BAD_REQUEST', message: chooseScope });
    expect(badScope.data.fieldErrors).toEqual([{ path: 'metadata.scope', message: chooseScope }]);
    const tooLong = await failureOf(t.client('john', 'pl').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account', reason: 'x'.repeat(1001) } }));
    expect(tooLong.data.fieldErrors).toEqual([{ path: 'metadata.reason', message: 'Powód może mieć najwyżej 1000 znaków.' }]);

    const noProfile = await failureOf(t.client('john', 'pl-PL').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account_and_profile' } }));
    const own = "Twoje konto nie jest połączone z żadnym profilem zawodnika; wybierz 'account', aby zanonimizować tylko konto.";
    expect(noProfile).toMatchObject({ code: 'BAD_REQUEST', message: own });
    expect(noProfile.data.fieldErrors).toEqual([{ path: 'metadata.scope', message: own }]);
    expect(noProfile.data.domain).toMatchObject({ code: 'anonymization.no_profile' });
    const forJohn = await failureOf(t.client('ben', 'pl').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account_and_profile', userId: userId('john') } }));
    expect(forJohn.message).toBe(`Konto użytkownika nr ${userId('john')} nie jest połączone z żadnym profilem zawodnika; wybierz 'account', aby zanonimizować tylko konto.`);
    const unknownUser = await failureOf(t.client('ana', 'es').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account', userId: 99_999 } }));
    expect(unknownUser.data.fieldErrors).toEqual([{ path: 'metadata.userId', message: 'No existe el usuario n.º 99999 en el directorio.' }]);

    // A rule that names no field in fieldErrors: the answer alone, its code and details as before.
    const notYours = await failureOf(t.client('rita', 'es').tickets.create.mutate({ type: 'anonymization', title: 'x', metadata: { scope: 'account', userId: userId('john') } }));
    expect(notYours).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Solo puedes pedir que se anonimice tu propia cuenta; solo los miembros de WRT y los administradores del sitio pueden presentar una solicitud para otra persona. No indiques userId.',
    });
    expect(notYours.data.domain).toMatchObject({ code: 'anonymization.not_your_account', details: { field: 'metadata.userId', userId: userId('john') } });
    expect(await ticketCount()).toBe(before);
  });
});
