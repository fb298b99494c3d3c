// What the API refuses with, in the reader's language (Accept-Language): the sentences the widgets
// show as they come — a hidden ticket, someone else's change, a stakeholder rule, a rate limit, our
// own failure — in Spanish and Polish; English readers get the sentence as thrown.
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
