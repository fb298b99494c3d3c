import { failureOf, startTestApi, userId } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { PROOF_REQUIRED_MESSAGE } from '../src/index.js';
import server from '../src/server/index.js';
import { harness } from './edit-person-harness.js';

const t = await startTestApi({}, [server]);
const h = harness(t);
const proofUrl = 'https://example.org/passport.pdf';

describe('edit-person: filing a request, through the API', () => {
  it("files a change of the requester's own profile, with the old values read from the profile, WRT assigned", async () => {
    const { id } = await t.client('rita').tickets.create.mutate({
      type: 'edit-person',
      title: 'Please correct my name',
      metadata: { changes: [{ field: 'name', newValue: 'Rita Lopes Silva' }, { field: 'gender', newValue: 'o' }], proofUrl },
    });

    const stored = await h.stored(id);
    const person = await h.person(1);
    expect(stored).toMatchObject({
      person_id: 1,
      wca_id: '2019LOPE01',
      fields: [
        { field: 'name', oldValue: 'Rita Lopes', newValue: 'Rita Lopes Silva' },
        { field: 'gender', oldValue: 'f', newValue: 'o' },
      ],
      proof_url: proofUrl,
      rejection_reason: null,
      applied_as: null,
    });
    expect(new Date(stored.profile_version).toISOString()).toBe(new Date(person.updated_at).toISOString());

    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'open', status: { name: 'Requested' } });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['Rita Lopes', 'cc', 'requester'],
      ['WRT', 'assigned', 'actioner'],
    ]);
    expect(detail.lifecycle.statuses.map((s) => s.name).sort()).toEqual(['Applied', 'Duplicate', 'Rejected', 'Requested', 'Under review']);
    // Rita, the requester, reads what she asked for: each field with its new value, and her proof.
    expect(detail.metadata).toMatchObject({
      personId: 1,
      wcaId: '2019LOPE01',
      fields: [
        { field: 'name', oldValue: 'Rita Lopes', newValue: 'Rita Lopes Silva' },
        { field: 'gender', oldValue: 'f', newValue: 'o' },
      ],
      proofUrl,
      rejectionReason: null,
      appliedAs: null,
    });
    expect((await h.logs(id)).map((log) => [log.event_type, log.actor_user_id])).toEqual([['ticket.created', userId('rita')]]);
  });

  it('makes the person whose profile it is the requester when the results team files on her behalf', async () => {
    const { id } = await t.client('ben').tickets.create.mutate({ type: 'edit-person', title: 'Rita asked by mail', metadata: { personId: 1, changes: [{ field: 'gender', newValue: 'o' }] } });
    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['Rita Lopes', 'cc', 'requester'],
      ['WRT', 'assigned', 'actioner'],
    ]);
    // Ben typed it in, on behalf of his team.
    const [created] = await h.logs(id);
    expect(created).toMatchObject({ event_type: 'ticket.created', actor_user_id: userId('ben') });
  });

  it('requires proof from the requester when name, country or date of birth change, at metadata.proofUrl; not for gender', async () => {
    const before = await h.ticketCount();
    for (const change of [
      { field: 'name', newValue: 'Rita Silva' },
      { field: 'countryIso2', newValue: 'BR' },
      { field: 'dateOfBirth', newValue: '1998-04-21' },
    ]) {
      const failure = await failureOf(t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Fix it', metadata: { changes: [change] } }));
      expect(failure.code).toBe('BAD_REQUEST');
      expect(failure.message).toBe(PROOF_REQUIRED_MESSAGE);
      expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.proofUrl', message: PROOF_REQUIRED_MESSAGE }]);
    }
    expect(await h.ticketCount()).toBe(before);
    await t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'My gender', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } });
    expect(await h.ticketCount()).toBe(before + 1);
  });

  it("refuses someone not linked to the profile, and anyone without a profile who names none", async () => {
    const others = await failureOf(
      t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'His name', metadata: { personId: 2, changes: [{ field: 'gender', newValue: 'o' }] } }),
    );
    expect(others.code).toBe('FORBIDDEN');
    expect(others.message).toBe("You can only ask to change your own competitor profile; members of WRT and site admins can file a change to someone else's.");
    // John Smith is not linked to the profile of the same name: the link decides, not the name.
    const john = await failureOf(
      t.client('john').tickets.create.mutate({ type: 'edit-person', title: 'My name', metadata: { personId: 2, changes: [{ field: 'gender', newValue: 'o' }] } }),
    );
    expect(john.code).toBe('FORBIDDEN');
    const none = await failureOf(t.client('john').tickets.create.mutate({ type: 'edit-person', title: 'My name', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } }));
    expect(none.data.fieldErrors).toEqual([{ path: 'metadata.personId', message: 'Your account is not linked to a competitor profile; say which profile to change.' }]);
  });

  it("lets WRT members and site admins file for anyone's profile, without proof", async () => {
    const john = await h.person(2);
    const byBen = await t.client('ben').tickets.create.mutate({
      type: 'edit-person',
      title: 'Correct John’s birthday',
      metadata: { personId: 2, changes: [{ field: 'dateOfBirth', newValue: '1990-01-31' }] },
    });
    expect((await h.stored(byBen.id)).fields).toEqual([{ field: 'dateOfBirth', oldValue: john.date_of_birth, newValue: '1990-01-31' }]);
    const bySam = await t.client('sam').tickets.create.mutate({ type: 'edit-person', title: 'Country', metadata: { personId: 3, changes: [{ field: 'countryIso2', newValue: 'DE' }] } });
    expect(await h.stored(bySam.id)).toMatchObject({ person_id: 3, wca_id: '2012KOWA01', fields: [{ field: 'countryIso2', oldValue: 'PL', newValue: 'DE' }], proof_url: null });
  });

  it("refuses bad metadata with the plugin's field errors", async () => {
    const bad = await failureOf(
      t.client('rita').tickets.create.mutate({
        type: 'edit-person',
        title: 'Bad',
        metadata: { changes: [{ field: 'countryIso2', newValue: 'Portugal' }, { field: 'countryIso2', newValue: 'ES' }], proofUrl: 'my passport' },
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.data.fieldErrors).toEqual([
      { path: 'metadata.changes.0.newValue', message: "A country is its two-letter ISO code in capitals, e.g. 'PT'." },
      { path: 'metadata.proofUrl', message: 'Proof is a link to a document, starting with https://.' },
    ]);
    const empty = await failureOf(t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Nothing', metadata: { changes: [] } }));
    expect(empty.data.fieldErrors).toEqual([{ path: 'metadata.changes', message: 'Ask for at least one change.' }]);
    const unknown = await failureOf(
      t.client('ana').tickets.create.mutate({ type: 'edit-person', title: 'Nobody', metadata: { personId: 9999, changes: [{ field: 'gender', newValue: 'o' }] } }),
    );
    expect(unknown.data.fieldErrors).toEqual([{ path: 'metadata.personId', message: 'There is no competitor profile #9999.' }]);
    const same = await failureOf(
      t.client('ana').tickets.create.mutate({ type: 'edit-person', title: 'Same', metadata: { personId: 2, changes: [{ field: 'countryIso2', newValue: 'GB' }] } }),
    );
    expect(same.data.fieldErrors).toEqual([{ path: 'metadata.changes.0.newValue', message: "Country is already 'GB' in the profile; leave it out." }]);
  });
});

describe("edit-person: filing refusals in the reader's language", () => {
  it("says its schemas' sentences in Spanish and Polish, beside the field and as the answer", async () => {
    const country = await failureOf(
      t.client('rita', 'es-AR, en;q=0.5').tickets.create.mutate({ type: 'edit-person', title: 'Mal', metadata: { changes: [{ field: 'countryIso2', newValue: 'Portugal' }], proofUrl } }),
    );
    expect(country).toMatchObject({ code: 'BAD_REQUEST', message: 'Un país se indica con su código ISO de dos letras en mayúsculas, p. ej., «PT».' });
    expect(country.data.fieldErrors).toEqual([{ path: 'metadata.changes.0.newValue', message: 'Un país se indica con su código ISO de dos letras en mayúsculas, p. ej., «PT».' }]);
    const twice = await failureOf(
      t.client('rita', 'pl').tickets.create.mutate({
        type: 'edit-person',
        title: 'Płeć',
        metadata: {
          changes: [
            { field: 'gender', newValue: 'o' },
            { field: 'gender', newValue: 'm' },
          ],
        },
      }),
    );
    expect(twice).toMatchObject({ code: 'BAD_REQUEST', message: 'Płeć występuje dwa razy; podaj każde pole tylko raz.' });
    expect(twice.data.fieldErrors).toEqual([{ path: 'metadata.changes.1.field', message: 'Płeć występuje dwa razy; podaj każde pole tylko raz.' }]);
  });

  it("says the type's filing rules in Spanish and Polish; English as before", async () => {
    const proof = await failureOf(t.client('rita', 'es').tickets.create.mutate({ type: 'edit-person', title: 'Nombre', metadata: { changes: [{ field: 'name', newValue: 'Rita Silva' }] } }));
    const proofSentence = 'Añade un enlace a una prueba (p. ej., el escaneo de un documento de identidad) cuando cambies tu nombre, tu país o tu fecha de nacimiento.';
    expect(proof).toMatchObject({ code: 'BAD_REQUEST', message: proofSentence });
    expect(proof.data.fieldErrors).toEqual([{ path: 'metadata.proofUrl', message: proofSentence }]);

    const same = await failureOf(
      t.client('ana', 'pl-PL').tickets.create.mutate({ type: 'edit-person', title: 'Kraj', metadata: { personId: 2, changes: [{ field: 'countryIso2', newValue: 'GB' }] } }),
    );
    expect(same).toMatchObject({ code: 'BAD_REQUEST', message: 'Kraj w profilu to już „GB”; pomiń to pole.' });
    expect(same.data.fieldErrors).toEqual([{ path: 'metadata.changes.0.newValue', message: 'Kraj w profilu to już „GB”; pomiń to pole.' }]);
    expect(same.data['domain']).toMatchObject({ code: 'edit_person.unchanged' });
    const unknown = await failureOf(
      t.client('ana', 'pl').tickets.create.mutate({ type: 'edit-person', title: 'Nikt', metadata: { personId: 12345, changes: [{ field: 'gender', newValue: 'o' }] } }),
    );
    expect(unknown.data.fieldErrors).toEqual([{ path: 'metadata.personId', message: 'Nie ma profilu zawodnika #12345.' }]);
    expect((await failureOf(t.client('ana').tickets.create.mutate({ type: 'edit-person', title: 'Nobody', metadata: { personId: 12345, changes: [{ field: 'gender', newValue: 'o' }] } }))).message).toBe(
      'There is no competitor profile #12345.',
    );

    const others = await failureOf(
      t.client('rita', 'es').tickets.create.mutate({ type: 'edit-person', title: 'Su nombre', metadata: { personId: 2, changes: [{ field: 'gender', newValue: 'o' }] } }),
    );
    expect(others).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Solo puedes pedir cambios en tu propio perfil de competidor; los miembros de WRT y los administradores del sitio pueden presentar un cambio en el perfil de otra persona.',
    });
    expect(others.data['domain']).toMatchObject({ code: 'edit_person.not_your_profile', details: { personId: 2 } });
  });
});

describe("edit-person: the requester's side", () => {
  it('shows the requester the team’s actions as refused, naming WRT, and lets them only withdraw', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Gender', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } });
    const [asRita] = (await t.client('rita').tickets.get.query({ ticketId: id })).viewer.actingAs;
    expect(asRita).toMatchObject({ name: 'Rita Lopes', role: 'requester', allowedStatusIds: [] });
    const actions = asRita!.actions;
    expect(actions.filter((a) => a.allowed).map((a) => a.key)).toEqual(['withdraw']);
    expect(actions.find((a) => a.key === 'applyAsFix')).toMatchObject({ allowed: false, reason: 'Only members of WRT can apply a change.' });

    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    const underReview = detail.lifecycle.statuses.find((s) => s.name === 'Under review')!;
    const move = await failureOf(t.client('rita').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: underReview.id }));
    expect(move.code).toBe('FORBIDDEN');
    expect(move.message).toBe("Only WRT may move this ticket from 'Requested' to 'Under review'.");

    await h.run('rita', id, 'withdraw', { reason: 'I asked by mistake' });
    expect((await t.client('rita').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Rejected' } });
    expect((await h.stored(id)).rejection_reason).toBe('Withdrawn by the requester: I asked by mistake');
    const logs = await h.logs(id);
    expect(logs.find((log) => log.event_type === 'action.run')).toMatchObject({ actor_user_id: userId('rita'), event: { summary: 'Withdrew the request: I asked by mistake.' } });
  });

  it('keeps Applied for the apply actions: WRT cannot close a request or set it Applied by status', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'edit-person', title: 'Gender', metadata: { changes: [{ field: 'gender', newValue: 'o' }] } });
    const close = await failureOf(t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(close.code).toBe('FORBIDDEN');
    expect(close.message).toBe("A ticket in 'Requested' cannot move to 'Applied'; it can move to: 'Under review', 'Rejected', 'Duplicate'.");
    const detail = await t.client('ana').tickets.get.query({ ticketId: id });
    const underReview = detail.lifecycle.statuses.find((s) => s.name === 'Under review')!;
    await t.client('ana').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: underReview.id });
    expect((await t.client('ana').tickets.get.query({ ticketId: id })).ticket.status.name).toBe('Under review');
  });
});
