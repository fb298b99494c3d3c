import { failureOf, startTestApi, userId } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import server from '../src/server/index.js';
import { harness } from './edit-person-harness.js';

const t = await startTestApi({}, [server]);
const h = harness(t);

/**
 * A fresh profile and a request (filed by Sam, a site admin, who needs no proof) to change its name
 * and country; returns the ticket and the id of its WRT stakeholder.
 */
async function requestFor(values: { name?: string; country_iso2?: string } = {}) {
  const person = await h.newPerson({ name: 'Marie Curie', country_iso2: 'FR', ...values });
  const { id } = await t.client('sam').tickets.create.mutate({
    type: 'edit-person',
    title: 'Correct a profile',
    metadata: {
      personId: person.id,
      changes: [
        { field: 'name', newValue: 'Marie Skłodowska-Curie' },
        { field: 'countryIso2', newValue: 'PL' },
      ],
    },
  });
  const detail = await t.client('sam').tickets.get.query({ ticketId: id });
  const wrt = detail.stakeholders.find((s) => s.principal.name === 'WRT')!.id;
  return { id, person, wrt };
}

async function statusOf(ticketId: number) {
  const { ticket } = await t.client('sam').tickets.get.query({ ticketId });
  return { state: ticket.state, status: ticket.status.name };
}

describe('edit-person: applying a change', () => {
  it('applies as an update: the profile changes, its previous values go to the history, the ticket closes as Applied; logged', async () => {
    const { id, person, wrt } = await requestFor();
    await h.run('ana', id, 'applyAsUpdate');

    expect(await h.person(person.id)).toMatchObject({ name: 'Marie Skłodowska-Curie', country_iso2: 'PL', date_of_birth: '2001-02-03', gender: 'm' });
    expect(await h.history(person.id)).toEqual([
      { field: 'name', previous_value: 'Marie Curie', new_value: 'Marie Skłodowska-Curie' },
      { field: 'countryIso2', previous_value: 'FR', new_value: 'PL' },
    ]);
    expect(await statusOf(id)).toEqual({ state: 'closed', status: 'Applied' });
    expect((await h.stored(id)).applied_as).toBe('update');

    const logs = (await h.logs(id)).slice(1);
    // No "changed applied as from nothing to 'update'": the summary says how it was applied.
    expect(logs.map((log) => log.event_type)).toEqual(['action.run', 'ticket.status_changed', 'ticket.state_changed']);
    for (const log of logs) expect(log).toMatchObject({ actor_user_id: userId('ana'), acting_stakeholder_id: wrt });
    expect(logs[0]!.event.summary).toBe(
      `Applied the change to ${person.wcaId} as an update: name from 'Marie Curie' to 'Marie Skłodowska-Curie' and country from 'FR' to 'PL'. The previous values are kept in the person's history.`,
    );

    const again = await failureOf(h.run('ana', id, 'applyAsFix'));
    expect(again.message).toBe(`Ticket #${id} is closed; reopen it first.`);
  });

  it('applies as a fix: the profile changes and no history is kept', async () => {
    const { id, person } = await requestFor();
    await h.run('ben', id, 'applyAsFix');
    expect(await h.person(person.id)).toMatchObject({ name: 'Marie Skłodowska-Curie', country_iso2: 'PL' });
    expect(await h.history(person.id)).toEqual([]);
    expect(await statusOf(id)).toEqual({ state: 'closed', status: 'Applied' });
    expect((await h.stored(id)).applied_as).toBe('fix');
    expect((await h.logs(id)).find((log) => log.event_type === 'action.run')?.event.summary).toBe(
      `Applied the change to ${person.wcaId} as a fix: name from 'Marie Curie' to 'Marie Skłodowska-Curie' and country from 'FR' to 'PL'.`,
    );
  });

  it('refuses to apply while the profile is out of sync, until the old values are synced', async () => {
    const { id, person } = await requestFor();
    await h.changePersonElsewhere(person.id, 'Marie S. Curie');

    const refused = await failureOf(h.run('ana', id, 'applyAsUpdate'));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe(
      "The profile is out of sync with this request: it changed since the old values were taken (the name is now 'Marie S. Curie', not 'Marie Curie'). Sync the old values first, check the request again, then apply it.",
    );
    expect(await h.person(person.id)).toMatchObject({ name: 'Marie S. Curie', country_iso2: 'FR' });
    expect(await statusOf(id)).toEqual({ state: 'open', status: 'Requested' });

    await h.run('ana', id, 'syncOldValues');
    const stored = await h.stored(id);
    expect(stored.fields).toEqual([
      { field: 'name', oldValue: 'Marie S. Curie', newValue: 'Marie Skłodowska-Curie' },
      { field: 'countryIso2', oldValue: 'FR', newValue: 'PL' },
    ]);
    expect(new Date(stored.profile_version).toISOString()).toBe(new Date((await h.person(person.id)).updated_at).toISOString());
    const sync = (await h.logs(id)).slice(-2);
    expect(sync[0]!.event.summary).toBe("Synced the old values with the profile: name from 'Marie Curie' to 'Marie S. Curie'.");
    expect(sync[1]!.event.changes?.[0]).toEqual({ field: 'fields.name.oldValue', label: 'old name', before: 'Marie Curie', after: 'Marie S. Curie' });

    await h.run('ana', id, 'applyAsUpdate');
    expect(await h.person(person.id)).toMatchObject({ name: 'Marie Skłodowska-Curie', country_iso2: 'PL' });
    expect((await h.history(person.id))[0]).toEqual({ field: 'name', previous_value: 'Marie S. Curie', new_value: 'Marie Skłodowska-Curie' });
  });

  it('says when a sync finds the requested value already in the profile, and then applies only the rest', async () => {
    const { id, person } = await requestFor();
    await h.changePersonElsewhere(person.id, 'Marie Skłodowska-Curie');
    await h.run('ben', id, 'syncOldValues');
    expect((await h.logs(id)).find((log) => log.event_type === 'action.run')?.event.summary).toBe(
      "Synced the old values with the profile: name from 'Marie Curie' to 'Marie Skłodowska-Curie'. The profile already has the requested name.",
    );
    await h.run('ben', id, 'applyAsUpdate');
    expect(await h.history(person.id)).toEqual([{ field: 'countryIso2', previous_value: 'FR', new_value: 'PL' }]);
  });

  it('says so when a sync finds nothing to change', async () => {
    const { id } = await requestFor();
    await h.run('ana', id, 'syncOldValues');
    expect((await h.logs(id)).map((log) => [log.event_type, log.event.summary ?? null])).toEqual([
      ['ticket.created', null],
      ['action.run', 'The old values already matched the profile; nothing changed.'],
    ]);
  });
});

describe('edit-person: rejecting', () => {
  it('stores the reason and closes the ticket as Rejected, leaving the profile alone', async () => {
    const { id, person, wrt } = await requestFor();
    await h.run('ana', id, 'reject', { reason: 'The passport shows a different spelling' });
    expect(await statusOf(id)).toEqual({ state: 'closed', status: 'Rejected' });
    expect((await h.stored(id)).rejection_reason).toBe('The passport shows a different spelling');
    expect(await h.person(person.id)).toMatchObject({ name: 'Marie Curie', country_iso2: 'FR' });
    const logs = (await h.logs(id)).slice(1);
    expect(logs.map((log) => log.event_type)).toEqual(['action.run', 'metadata.changed', 'ticket.status_changed', 'ticket.state_changed']);
    expect(logs[0]).toMatchObject({ actor_user_id: userId('ana'), acting_stakeholder_id: wrt, event: { summary: 'Rejected the request: The passport shows a different spelling.' } });
    expect(logs[1]!.event.changes).toEqual([{ field: 'rejectionReason', label: 'rejection reason', before: null, after: 'The passport shows a different spelling' }]);
  });

  it('needs a reason of at least 3 characters', async () => {
    const { id } = await requestFor();
    const refused = await failureOf(h.run('ana', id, 'reject', { reason: 'no' }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.data.fieldErrors).toEqual([{ path: 'input.reason', message: 'Say why the request is rejected; the requester reads it.' }]);
  });

  it('keeps a reason of 1,000 characters, the length every type’s reject form allows', async () => {
    const { id } = await requestFor();
    const reason = 'The passport shows a different spelling. '.repeat(25).slice(0, 1000).trim();
    await h.run('ana', id, 'reject', { reason });
    expect((await h.stored(id)).rejection_reason).toBe(reason);
  });

  it('keeps the longest withdrawal, with the words saying it was withdrawn', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Gender', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } });
    const reason = 'x'.repeat(500);
    await h.run('rita', id, 'withdraw', { reason });
    expect((await h.stored(id)).rejection_reason).toBe(`Withdrawn by the requester: ${reason}`);
  });
});

describe('edit-person: the team edits the request', () => {
  it('adds, edits and drops fields, logging each change, and applies only what is left', async () => {
    const { id, person } = await requestFor();
    await h.run('ana', id, 'addField', { field: 'gender', newValue: 'f' });
    await h.run('ana', id, 'editField', { field: 'name', newValue: 'Maria Skłodowska-Curie' });
    await h.run('ana', id, 'dropField', { field: 'countryIso2' });
    expect((await h.stored(id)).fields).toEqual([
      { field: 'name', oldValue: 'Marie Curie', newValue: 'Maria Skłodowska-Curie' },
      { field: 'gender', oldValue: 'm', newValue: 'f' },
    ]);

    const logs = (await h.logs(id)).slice(1);
    expect(logs.filter((log) => log.event_type === 'action.run').map((log) => log.event.summary)).toEqual([
      "Added the gender from 'm' to 'f' to the request.",
      "Changed the requested name from 'Marie Skłodowska-Curie' to 'Maria Skłodowska-Curie'.",
      'Dropped the country from the request.',
    ]);
    expect(logs.filter((log) => log.event_type === 'metadata.changed').map((log) => log.event.changes)).toEqual([
      [{ field: 'fields.gender', label: 'requested gender', before: null, after: 'f' }],
      [{ field: 'fields.name.newValue', label: 'requested name', before: 'Marie Skłodowska-Curie', after: 'Maria Skłodowska-Curie' }],
      [{ field: 'fields.countryIso2', label: 'requested country', before: 'PL', after: null }],
    ]);

    await h.run('ana', id, 'applyAsFix');
    expect(await h.person(person.id)).toMatchObject({ name: 'Maria Skłodowska-Curie', country_iso2: 'FR', gender: 'f' });
  });

  it('refuses edits that make no sense, saying what to do instead', async () => {
    const { id } = await requestFor();
    const twice = await failureOf(h.run('ana', id, 'addField', { field: 'name', newValue: 'Marie Curie-Skłodowska' }));
    expect(twice.message).toBe('Name is already part of this request; edit it instead.');
    const unchanged = await failureOf(h.run('ana', id, 'addField', { field: 'gender', newValue: 'm' }));
    expect(unchanged.message).toBe("Gender is already 'm' in the profile; there is nothing to change.");
    const missing = await failureOf(h.run('ana', id, 'editField', { field: 'dateOfBirth', newValue: '2001-02-04' }));
    expect(missing.message).toBe('Date of birth is not part of this request; add it instead.');
    const badValue = await failureOf(h.run('ana', id, 'editField', { field: 'dateOfBirth', newValue: 'yesterday' }));
    expect(badValue.data.fieldErrors).toEqual([{ path: 'input.newValue', message: "A date of birth is written YYYY-MM-DD, e.g. '1998-04-12'." }]);

    await h.run('ana', id, 'dropField', { field: 'countryIso2' });
    const last = await failureOf(h.run('ana', id, 'dropField', { field: 'name' }));
    expect(last.code).toBe('PRECONDITION_FAILED');
    expect(last.message).toBe('Name is the only field of this request; reject the request instead of dropping it.');
  });
});

describe("edit-person: refusals of an action in the reader's language", () => {
  it("says the type's rules and its input's field errors in Polish and Spanish; English as before", async () => {
    const { id, person } = await requestFor();
    await h.changePersonElsewhere(person.id, 'Marie S. Curie');
    const outOfSync = await failureOf(h.run('ana', id, 'applyAsUpdate', {}, 'pl-PL, en;q=0.5'));
    expect(outOfSync).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message:
        'Profil nie zgadza się z tym wnioskiem: zmienił się od odczytania starych wartości (imię i nazwisko to teraz „Marie S. Curie”, a nie „Marie Curie”). Najpierw odśwież stare wartości, ponownie sprawdź wniosek, a potem go zastosuj.',
    });
    expect(outOfSync.data['domain']).toMatchObject({ code: 'edit_person.out_of_sync', details: { fields: ['name'] } });

    const unchanged = await failureOf(h.run('ana', id, 'addField', { field: 'gender', newValue: 'm' }, 'es'));
    expect(unchanged).toMatchObject({ code: 'PRECONDITION_FAILED', message: 'El género ya es «m» en el perfil; no hay nada que cambiar.' });
    expect((await failureOf(h.run('ana', id, 'addField', { field: 'gender', newValue: 'm' }))).message).toBe("Gender is already 'm' in the profile; there is nothing to change.");

    // A schema's sentence, beside the field and as the answer.
    const badValue = await failureOf(h.run('ana', id, 'editField', { field: 'dateOfBirth', newValue: 'yesterday' }, 'es-AR'));
    expect(badValue).toMatchObject({ code: 'BAD_REQUEST', message: 'Una fecha de nacimiento se escribe AAAA-MM-DD, p. ej., «1998-04-12».' });
    expect(badValue.data.fieldErrors).toEqual([{ path: 'input.newValue', message: 'Una fecha de nacimiento se escribe AAAA-MM-DD, p. ej., «1998-04-12».' }]);
    const tooLong = await failureOf(h.run('sam', id, 'withdraw', { reason: 'x'.repeat(501) }, 'pl'));
    expect(tooLong.data.fieldErrors).toEqual([{ path: 'input.reason', message: 'Powód może mieć co najwyżej 500 znaków.' }]);
  });
});

describe('edit-person: only WRT acts', () => {
  it('refuses the requester and a WST member, naming WRT, changing nothing', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Gender', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } });
    // Wes sees the ticket only once the team brings him in.
    await t.client('ana').stakeholders.add.mutate({ ticketId: id, expectedVersion: 1, principal: { kind: 'user', id: userId('wes') }, connection: 'cc', role: 'actioner' });
    const logsBefore = (await h.logs(id)).length;
    const ritaBefore = await h.person(1);

    for (const login of ['rita', 'wes'] as const) {
      for (const [action, input, message] of [
        ['applyAsFix', {}, 'Only members of WRT can apply a change.'],
        ['applyAsUpdate', {}, 'Only members of WRT can apply a change.'],
        ['reject', { reason: 'Not needed' }, 'Only members of WRT can reject a change.'],
        ['syncOldValues', {}, 'Only members of WRT can sync the old values.'],
        ['addField', { field: 'countryIso2', newValue: 'BR' }, 'Only members of WRT can add a field to a profile change.'],
        ['editField', { field: 'gender', newValue: 'm' }, 'Only members of WRT can edit a requested field.'],
        ['dropField', { field: 'gender' }, 'Only members of WRT can drop a requested field.'],
      ] as const) {
        const refused = await failureOf(h.run(login, id, action, input));
        expect(refused.code).toBe('FORBIDDEN');
        expect(refused.message).toBe(message);
      }
    }
    const wesWithdraws = await failureOf(h.run('wes', id, 'withdraw'));
    expect(wesWithdraws.message).toBe('Only the requester can withdraw this request.');

    expect(await h.person(1)).toEqual(ritaBefore);
    expect(await h.history(1)).toEqual([]);
    expect((await h.logs(id)).length).toBe(logsBefore);
    expect(await statusOf(id)).toEqual({ state: 'open', status: 'Requested' });
  });
});
