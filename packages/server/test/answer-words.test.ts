// What the API refuses with, in the reader's language (Accept-Language): the sentences the widgets
// show as they come — a hidden ticket, someone else's change, a stakeholder rule, a move already
// made, a status setting, a move the transitions refuse, acting as someone one may not, a rate
// limit, our own failure — in Spanish and Polish; English readers get the sentence as thrown.
import {
  assertCategoryMoveKeepsState,
  assertTransition,
  type Category,
  type Connection,
  DomainError,
  isDomainError,
  type Lifecycle,
  planLifecycleDeletion,
  planNamespaceStatusRemoval,
  planStatusRemoval,
  planStatusUpdate,
  type PrincipalLabel,
  resolveActingAs,
  resolveLifecycle,
  type Stakeholder,
  type StakeholderRole,
  type Status,
  TransitionTable,
  validateNamespaceLifecycles,
  type Viewer,
} from '@tickets/domain';
import { mailWords } from '@tickets/plugin-kit/server';
import { mailCatalogProblems } from '@tickets/plugin-kit/testing';
import { describe, expect, it } from 'vitest';
import { ANSWER_CATALOGS, answerInReaderLanguage } from '../src/request/answer-words.js';
import type { AnswerKey } from '../src/request/answer-words/en.js';
import { anaAdds, ritasPlainRequest, user } from './support/ritas-ticket.js';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

/** The refusal a rule throws. */
function domainErrorFrom(refuse: () => unknown): DomainError {
  try {
    refuse();
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('Expected a refusal.');
}

describe("refusals in the reader's language", () => {
  it('has every sentence in Spanish and Polish, as valid ICU with only the arguments English gives, every Polish plural form', async () => {
    expect(await mailCatalogProblems('answers', ANSWER_CATALOGS)).toEqual([]);
  });

  it("says a hidden ticket and someone else's change in Spanish and Polish, the same in English as thrown", async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Mine alone' });
    const hidden = await failureOf(t.client('john', 'es-ES,es;q=0.9').tickets.get.query({ ticketId: id }));
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', message: `El ticket #${id} no existe, o no eres uno de sus participantes.` });
    // The structured facts stay, whatever the language.
    expect(hidden.data['domain']).toMatchObject({ code: 'ticket.not_found', details: { ticketId: id } });
    const english = await failureOf(t.client('john').tickets.get.query({ ticketId: id }));
    expect(english.message).toBe(`Ticket #${id} does not exist, or you are not one of its stakeholders.`);

    await t.client('rita').comments.add.mutate({ ticketId: id, expectedVersion: 1, body: 'First.' });
    const stale = await failureOf(t.client('rita', 'pl').comments.add.mutate({ ticketId: id, expectedVersion: 1, body: 'Second.' }));
    expect(stale).toMatchObject({ code: 'CONFLICT', message: `Ktoś inny zmienił zgłoszenie #${id}, odkąd je wczytałeś (miałeś wersję 1, teraz jest wersja 2). Wczytaj je ponownie i spróbuj jeszcze raz.` });
  });

  it('says a stakeholder rule in Spanish, naming who it is about', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Who works on it?' });
    const detail = await t.client('ana').tickets.get.query({ ticketId: id });
    const wrt = detail.stakeholders.find((s) => s.principal.kind === 'group' && s.connection === 'assigned' && s.isActive)!;
    const refused = await failureOf(
      t.client('ana', 'es').stakeholders.add.mutate({ ticketId: id, expectedVersion: detail.ticket.version, principal: { kind: 'group', id: wrt.principal.id }, connection: 'assigned', role: 'actioner' }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', message: `${wrt.principal.name} ya participa activamente en este ticket; no hay nada que añadir.` });
  });

  it('says a move the ticket has already made, or a duplicate of itself, in Spanish and Polish', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Open, then closed' });
    const reopened = await failureOf(t.client('ana', 'es').tickets.reopen.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(reopened).toMatchObject({ code: 'PRECONDITION_FAILED', message: `El ticket #${id} ya está abierto. Para pasarlo a otro paso, cambia su estado.` });
    expect(reopened.data['domain']).toMatchObject({ code: 'ticket.already_open', details: { ticketId: id } });

    const itself = await failureOf(t.client('ana', 'pl').tickets.markDuplicate.mutate({ ticketId: id, expectedVersion: 1, duplicateOfId: id }));
    expect(itself).toMatchObject({ code: 'BAD_REQUEST', message: `Zgłoszenie #${id} nie może być duplikatem samego siebie; wybierz zgłoszenie, którego jest powtórzeniem.` });

    const { version } = await t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
    const closed = await failureOf(t.client('ana', 'pl').tickets.close.mutate({ ticketId: id, expectedVersion: version }));
    expect(closed).toMatchObject({ code: 'PRECONDITION_FAILED', message: `Zgłoszenie #${id} jest już zamknięte. Aby zapisać inny wynik, ustaw zamiast tego inny zamknięty status.` });
    const english = await failureOf(t.client('ana').tickets.close.mutate({ ticketId: id, expectedVersion: version }));
    expect(english.message).toBe(`Ticket #${id} is already closed. To record a different outcome, set another closed status instead.`);
  });

  it('says a status or lifecycle the status settings do not have in Polish and Spanish', async () => {
    const status = await failureOf(t.client('sam', 'pl').statuses.update.mutate({ statusId: 999999, name: 'Czeka' }));
    expect(status).toMatchObject({ code: 'NOT_FOUND', message: 'Status #999999 nie istnieje w tej przestrzeni nazw.' });
    const lifecycle = await failureOf(t.client('sam', 'es-MX,es;q=0.8').lifecycles.update.mutate({ lifecycleId: 999999, name: 'Otro' }));
    expect(lifecycle).toMatchObject({ code: 'NOT_FOUND', message: 'El ciclo de vida #999999 no existe en este espacio de nombres.' });
  });

  it('says a status setting that names a status in Spanish and Polish, beside the field too, the status names as given', async () => {
    const taken = await failureOf(t.client('sam', 'es').statuses.create.mutate({ name: 'to DO', color: '#1f75cb', category: 'to_do' }));
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      message: 'Este espacio de nombres ya tiene un estado llamado «To do» (los nombres se comparan sin distinguir mayúsculas de minúsculas). Elige otro nombre.',
    });
    expect(taken.data['domain']).toMatchObject({ code: 'status.name_taken', details: { field: 'name', name: 'To do' } });

    const { status: parked } = await t.client('sam').statuses.create.mutate({ name: 'Parked', color: '#dd2b0e', category: 'in_progress' });
    const toItself = await failureOf(t.client('sam', 'pl').statuses.remove.mutate({ statusId: parked.id, mapping: parked.id }));
    const said = 'Nie można przenieść zgłoszeń ze statusu „Parked” do tego samego statusu, ponieważ jest on usuwany. Wybierz jeden z tych statusów: To do, In progress.';
    expect(toItself).toMatchObject({ code: 'BAD_REQUEST', message: said });
    expect(toItself.data['fieldErrors']).toEqual([{ path: 'mapping', message: said }]);
  });

  it('says a move the transitions do not allow in Polish and Spanish: who may make it, or where the ticket may go', async () => {
    const rita = t.client('rita');
    const { id } = await rita.tickets.create.mutate({ type: 'reviewed-request', title: 'Review me', metadata: { reason: 'Spelling' } });
    const detail = await rita.tickets.get.query({ ticketId: id });
    const statusId = (name: string) => detail.lifecycle.statuses.find((s) => s.name === name)!.id;
    const noPath = await failureOf(t.client('rita', 'es').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: statusId('Applied') }));
    expect(noPath).toMatchObject({
      code: 'FORBIDDEN',
      message: "Un ticket en el estado 'Requested' no puede pasar a 'Applied'; puede pasar a: 'Under review', 'Rejected', 'Duplicate'.",
    });
    expect(noPath.data['domain']).toMatchObject({ code: 'transition.not_allowed', details: { rule: 'no_path', fromStatus: 'Requested', toStatus: 'Applied' } });

    await rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: statusId('Under review') });
    const notMover = await failureOf(t.client('rita', 'pl').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 2, statusId: statusId('Applied') }));
    expect(notMover).toMatchObject({ code: 'FORBIDDEN', message: "Tylko WRT może przenieść to zgłoszenie ze statusu 'Under review' do 'Applied'." });
    const english = await failureOf(rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 2, statusId: statusId('Applied') }));
    expect(english.message).toBe("Only WRT may move this ticket from 'Under review' to 'Applied'.");
  });

  it('says acting as a stakeholder handed on, or as one the viewer is not, in Spanish and Polish, naming whom they can act as', async () => {
    const ticket = await ritasPlainRequest(t);
    const ben = await anaAdds(t, ticket.id, 'ben', 'assigned', 'actioner');
    const handedOn = await t.client('ana').stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: ben.version, fromStakeholderId: ben.stakeholderId, to: user('dora') });
    const inactive = await failureOf(
      t.client('ben', 'es').comments.add.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, actingAs: ben.stakeholderId, body: 'Still mine?' }),
    );
    expect(inactive).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Ben Okafor ya no está activo en este ticket; solo pueden actuar los participantes activos. Puedes actuar como WRT (assigned, actioner).',
    });

    const notAMember = await failureOf(t.client('rita', 'pl').comments.add.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, actingAs: ticket.wrt, body: 'Approved!' }));
    expect(notAMember).toMatchObject({
      code: 'FORBIDDEN',
      message: 'Nie możesz działać w imieniu WRT, ponieważ nie jesteś jego członkiem. Możesz działać jako Rita Lopes (cc, requester).',
    });
  });

  it('says a namespace limit in Polish, in the plural form its number takes', () => {
    const limit = new DomainError('limit', 'namespace.too_many_lifecycles', 'A namespace can only have a maximum of 50 lifecycles.', { limit: 50, count: 51 });
    expect(answerInReaderLanguage({ code: 'UNPROCESSABLE_CONTENT', message: limit.message, cause: limit }, ['pl'])).toBe('Przestrzeń nazw może mieć maksymalnie 50 cykli życia.');
    const removed = new DomainError('not_found', 'status.system_copy_removed', "Status #2 is the system-defined status 'In progress'. …", { statusId: 2, systemStatus: 'In progress' });
    expect(answerInReaderLanguage({ code: 'NOT_FOUND', message: removed.message, cause: removed }, ['es'])).toBe(
      'El estado #2 es el estado definido por el sistema «In progress». Este espacio de nombres usa sus propios estados y ha quitado su copia de «In progress»; elige uno de los estados actuales del espacio de nombres.',
    );
  });

  it('words again from its details every refusal that names statuses, lifecycles or stakeholders: in English as thrown, in Spanish and Polish', () => {
    const status = (id: number, name: string, category: Category): Status => ({ id, name, color: '#1f75cb', description: null, category, position: 0, systemOrigin: null });
    const [triage, todo, working, blocked, done, wont] = [
      status(5001, 'New', 'triage'),
      status(5002, 'Waiting', 'to_do'),
      status(5003, 'Working', 'in_progress'),
      status(5004, 'Blocked', 'in_progress'),
      status(5005, 'Done', 'done'),
      status(5006, "Won't do", 'canceled'),
    ] as const;
    const statuses = [triage, todo, working, blocked, done, wont];
    const review: Lifecycle = { id: 11, name: 'Review', statusIds: statuses.map((s) => s.id), defaults: { open: triage.id, closed: done.id, duplicate: wont.id } };
    const small = resolveLifecycle({ id: 12, name: 'Small', statusIds: [triage.id, done.id], defaults: { open: triage.id, closed: done.id, duplicate: done.id } }, statuses);
    const resolved = resolveLifecycle(review, statuses);
    const ana = { kind: 'user', id: 101, name: 'Ana' };
    const wrt = { kind: 'group', id: 1, name: 'WRT' };
    const as = (id: number, principal: PrincipalLabel, connection: Connection, role: StakeholderRole, isActive = true): Stakeholder => ({ id, principal, connection, role, isActive });
    const anaViewer = (memberships: PrincipalLabel[], isSiteAdmin = false): Viewer => ({ userId: 101, name: 'Ana', isSiteAdmin, memberships });
    const table = TransitionTable.parse({
      New: { to: ['Working', "Won't do"], by: [{ group: 'WRT' }] },
      Done: { to: [] },
      Working: { to: ['Done'], by: [{ role: 'requester' }, { connection: 'assigned' }] },
      Blocked: { to: ['Done'], by: [{ connection: 'cc' }] },
    });
    const asRequester = as(1, ana, 'cc', 'requester');
    const refusals = [
      () => planStatusUpdate(statuses, todo.id, { name: 'working' }, [review]),
      () => planStatusUpdate([...statuses, status(2, 'In progress', 'in_progress')], 2, { name: 'Busy' }, [review]),
      () => planStatusUpdate(statuses, done.id, { category: 'in_progress' }, [review]),
      () => assertCategoryMoveKeepsState(planStatusUpdate(statuses, todo.id, { category: 'done' }, [review]), 1),
      () => assertCategoryMoveKeepsState(planStatusUpdate(statuses, todo.id, { category: 'canceled' }, [review]), 1234),
      () => planStatusRemoval({ lifecycle: resolved, statusId: working.id, ticketsUsingIt: 2 }),
      () => planNamespaceStatusRemoval({ statuses, lifecycles: [], statusId: working.id, ticketsUsingIt: { total: 3, byLifecycle: new Map() } }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: working.id, ticketsUsingIt: 0, newDefaults: { closed: working.id } }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: triage.id, ticketsUsingIt: 0 }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: wont.id, ticketsUsingIt: 0 }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: working.id, ticketsUsingIt: 1, mapping: 999 }),
      () => planStatusRemoval({ lifecycle: small, statusId: triage.id, ticketsUsingIt: 1, mapping: 999 }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: working.id, ticketsUsingIt: 1, mapping: working.id }),
      () => planStatusRemoval({ lifecycle: resolved, statusId: working.id, ticketsUsingIt: 1, mapping: done.id }),
      () => validateNamespaceLifecycles([review, { ...review, id: 12, name: ' review ' }]),
      () => planLifecycleDeletion(review, { byType: new Map(), defaultLifecycleId: 11 }),
      () => planLifecycleDeletion(review, { byType: new Map([['contact', 11]]), defaultLifecycleId: null }),
      () => planLifecycleDeletion(review, { byType: new Map([['contact', 11], ['edit-person', 11]]), defaultLifecycleId: null }),
      () => assertTransition({ table, from: triage, to: done, actingAs: asRequester, viewer: anaViewer([]) }),
      () => assertTransition({ table, from: done, to: triage, actingAs: asRequester, viewer: anaViewer([]) }),
      () => assertTransition({ table, from: triage, to: working, actingAs: asRequester, viewer: anaViewer([]) }),
      () => assertTransition({ table, from: working, to: done, actingAs: as(1, ana, 'cc', 'actioner'), viewer: anaViewer([]) }),
      () => assertTransition({ table, from: blocked, to: done, actingAs: as(1, ana, 'assigned', 'actioner'), viewer: anaViewer([]) }),
      () => resolveActingAs(anaViewer([]), [asRequester, as(2, wrt, 'assigned', 'actioner')], 2),
      () => resolveActingAs({ ...anaViewer([]), userId: 102, name: 'Bob' }, [asRequester, as(2, wrt, 'assigned', 'actioner')], 1),
      () => resolveActingAs(anaViewer([wrt]), [as(1, ana, 'cc', 'requester', false), as(2, wrt, 'assigned', 'actioner')], 1),
      () => resolveActingAs(anaViewer([]), [as(1, ana, 'cc', 'requester', false)]),
      () => resolveActingAs(anaViewer([wrt]), [as(1, ana, 'cc', 'requester', false), as(2, wrt, 'assigned', 'actioner', false)]),
      () => resolveActingAs(anaViewer([wrt]), [as(2, wrt, 'assigned', 'actioner', false)]),
      () => resolveActingAs(anaViewer([]), [as(2, wrt, 'assigned', 'actioner')]),
      () => resolveActingAs(anaViewer([], true), [as(2, wrt, 'assigned', 'actioner')]),
    ];
    const english = mailWords(ANSWER_CATALOGS, 'en');
    for (const refusal of refusals) {
      const error = domainErrorFrom(refusal);
      const facts = Object.fromEntries(Object.entries(error.details).filter((entry): entry is [string, string | number] => ['string', 'number'].includes(typeof entry[1])));
      expect(english.t(error.code as AnswerKey, facts), error.code).toBe(error.message);
      for (const language of ['es', 'pl']) {
        // Said in the language, not fallen back to English for a fact the refusal lacks.
        expect(answerInReaderLanguage({ code: 'FORBIDDEN', message: error.message, cause: error }, [language]), `${error.code} in ${language}`).not.toBe(error.message);
      }
    }

    const inUse = domainErrorFrom(() => assertCategoryMoveKeepsState(planStatusUpdate(statuses, todo.id, { category: 'canceled' }, [review]), 1234));
    expect(answerInReaderLanguage({ code: 'CONFLICT', message: inUse.message, cause: inUse }, ['pl'])).toBe(
      'Nie można przenieść statusu „Waiting” do kategorii Anulowane: używają go 1234 zgłoszenia, które zostałyby zamknięte. Zamiast tego utwórz zamknięty status, przenieś do niego zgłoszenia, a potem usuń „Waiting”.',
    );
    const noSuccessor = domainErrorFrom(() => planStatusRemoval({ lifecycle: resolved, statusId: triage.id, ticketsUsingIt: 0 }));
    expect(answerInReaderLanguage({ code: 'CONFLICT', message: noSuccessor.message, cause: noSuccessor }, ['es'])).toBe(
      'No se puede quitar el estado «New» del ciclo de vida «Review» porque es su estado predeterminado para abiertos. Primero elige otro estado predeterminado para abiertos (de la categoría Clasificación, Por hacer o En curso).',
    );
    const bothInactive = domainErrorFrom(() => resolveActingAs(anaViewer([wrt]), [as(1, ana, 'cc', 'requester', false), as(2, wrt, 'assigned', 'actioner', false)]));
    expect(answerInReaderLanguage({ code: 'FORBIDDEN', message: bothInactive.message, cause: bothInactive }, ['es'])).toBe(
      'Puedes leer este ticket, pero no actuar en él, porque ya no estás activo en él, y WRT tampoco; pide a uno de sus participantes activos que vuelva a añadirte.',
    );
  });

  it('keeps the English sentence when the refusal lacks a fact its translation names, and for a refusal it has no words for', () => {
    const lacking = new DomainError('not_found', 'ticket.not_found', 'Ticket #7 does not exist, or you are not one of its stakeholders.', {});
    expect(answerInReaderLanguage({ code: 'NOT_FOUND', message: lacking.message, cause: lacking }, ['es'])).toBe(lacking.message);
    const unknown = new DomainError('invalid', 'plugin.own_rule', 'A rule of a plugin.', {});
    expect(answerInReaderLanguage({ code: 'BAD_REQUEST', message: unknown.message, cause: unknown }, ['pl'])).toBe('A rule of a plugin.');
    expect(answerInReaderLanguage({ code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side', cause: new Error('boom') }, ['pl', 'en'])).toBe(
      'Coś poszło nie tak po naszej stronie i nic nie zostało zmienione. Spróbuj ponownie; jeśli to się powtórzy, powiadom zespół programistów.',
    );
  });

  it("says the core's field sentences beside their fields in Spanish and Polish, from the schema's sentence or a domain rule's", async () => {
    const fieldsOf = (failure: { data: Record<string, unknown> }) => failure.data['fieldErrors'];
    // A status name, refused by the domain's rule (status.invalid_name) through its field.
    const emptyName = await failureOf(t.client('sam', 'es').statuses.create.mutate({ name: '   ', color: '#1f75cb', category: 'to_do' }));
    expect(emptyName).toMatchObject({ code: 'BAD_REQUEST', message: 'El nombre de un estado no puede estar vacío.' });
    expect(fieldsOf(emptyName)).toEqual([{ path: 'name', message: 'El nombre de un estado no puede estar vacío.' }]);
    expect(emptyName.data['domain']).toMatchObject({ code: 'status.invalid_name' });
    const colour = await failureOf(t.client('sam', 'pl').statuses.create.mutate({ name: 'Czerwony', color: 'red', category: 'to_do' }));
    expect(fieldsOf(colour)).toEqual([{ path: 'color', message: 'Kolor zapisuje się jako #rrggbb, na przykład #1f75cb.' }]);
    // A ticket's title and a comment, refused by the input schema itself; each limit in the language's plural.
    const title = await failureOf(t.client('rita', 'pl').tickets.create.mutate({ type: 'plain-request', title: 'x'.repeat(256) }));
    expect(title).toMatchObject({ code: 'BAD_REQUEST', message: 'Tytuł może mieć najwyżej 255 znaków.' });
    expect(fieldsOf(title)).toEqual([{ path: 'title', message: 'Tytuł może mieć najwyżej 255 znaków.' }]);
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'plain-request', title: 'Words' });
    const empty = await failureOf(t.client('rita', 'es').comments.add.mutate({ ticketId: id, expectedVersion: 1, body: '  ' }));
    expect(fieldsOf(empty)).toEqual([{ path: 'body', message: 'Un comentario no puede estar vacío; escribe algo antes de enviarlo.' }]);
    // Two fields at once: each in Spanish, the answer naming both.
    const both = await failureOf(t.client('sam', 'es').statuses.update.mutate({ statusId: 1, name: 'x'.repeat(201), description: 'y'.repeat(1001) }));
    expect(fieldsOf(both)).toEqual(expect.arrayContaining([{ path: 'name', message: 'El nombre de un estado puede tener como máximo 32 caracteres.' }]));
    // English as the schema says it.
    const english = await failureOf(t.client('sam').statuses.create.mutate({ name: '   ', color: '#1f75cb', category: 'to_do' }));
    expect(fieldsOf(english)).toEqual([{ path: 'name', message: 'A status name cannot be empty.' }]);
  });
});
