// What the API refuses with, in the reader's language (Accept-Language): the sentences the widgets
// show as they come — a hidden ticket, someone else's change, a stakeholder rule, a move already
// made, a status setting, a rate limit, our own failure — in Spanish and Polish; English readers get
// the sentence as thrown.
import { DomainError } from '@tickets/domain';
import { mailCatalogProblems } from '@tickets/plugin-kit/testing';
import { describe, expect, it } from 'vitest';
import { ANSWER_CATALOGS, answerInReaderLanguage } from '../src/request/answer-words.js';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

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

  it('says a namespace limit in Polish, in the plural form its number takes', () => {
    const limit = new DomainError('limit', 'namespace.too_many_lifecycles', 'A namespace can only have a maximum of 50 lifecycles.', { limit: 50, count: 51 });
    expect(answerInReaderLanguage({ code: 'UNPROCESSABLE_CONTENT', message: limit.message, cause: limit }, ['pl'])).toBe('Przestrzeń nazw może mieć maksymalnie 50 cykli życia.');
    const removed = new DomainError('not_found', 'status.system_copy_removed', "Status #2 is the system-defined status 'In progress'. …", { statusId: 2, systemStatus: 'In progress' });
    expect(answerInReaderLanguage({ code: 'NOT_FOUND', message: removed.message, cause: removed }, ['es'])).toBe(
      'El estado #2 es el estado definido por el sistema «In progress». Este espacio de nombres usa sus propios estados y ha quitado su copia de «In progress»; elige uno de los estados actuales del espacio de nombres.',
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
});
