// The API names types, actions, their refusals and the types' own statuses in the reader's
// language (Accept-Language, as the widgets send it); data — titles, custom statuses — as written.
import { describe, expect, it } from 'vitest';
import { allowedOrigins } from '../src/config.js';
import { readerLanguages } from '../src/request/reader-languages.js';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

describe("answers in the reader's language", () => {
  it('names the type, its actions and why one is refused in Spanish for a reader of es-AR', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Cuenta por mí', metadata: { start: 0 } });
    const detail = await t.client('rita', 'es-AR, en;q=0.5').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ typeTitle: 'Solicitud contada', title: 'Cuenta por mí' });
    const increment = detail.viewer.actingAs[0]!.actions.find((action) => action.key === 'increment');
    expect(increment).toMatchObject({ title: 'Incrementar', allowed: false, reason: 'Solo los miembros de WRT pueden incrementar el contador.' });
    // The same reader without the header reads English: nothing is remembered between requests.
    expect((await t.client('rita').tickets.get.query({ ticketId: id })).ticket.typeTitle).toBe('Counted request');
    const list = await t.client('rita', 'es').tickets.list.query({});
    expect(list.items.find((item) => item.id === id)?.typeTitle).toBe('Solicitud contada');
    // The timeline names the action the team ran as the reader reads it, though it was logged in English.
    await t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 2 } });
    const timeline = await t.client('rita', 'es').tickets.timeline.query({ ticketId: id });
    expect(timeline.entries.map((entry) => (entry.kind === 'log' && entry.event.type === 'action.run' ? entry.event.title : null)).filter(Boolean)).toEqual(['Incrementar']);
    // …and what it changed, by the type's word for the field (the log keeps "count").
    const changed = timeline.entries.find((entry) => entry.kind === 'log' && entry.event.type === 'metadata.changed');
    expect(changed).toMatchObject({ event: { changes: [{ field: 'count', label: 'cuenta', before: 0, after: 2 }] } });
    // …and what the action did, said by the type's words; the log keeps the English beside them.
    const ran = timeline.entries.find((entry) => entry.kind === 'log' && entry.event.type === 'action.run');
    expect(ran).toMatchObject({ event: { summary: 'Contado hasta 2.', said: { said: 'summary.counted', values: { count: 2 } } } });
    expect((await t.client('rita').tickets.timeline.query({ ticketId: id })).entries.find((entry) => entry.kind === 'log' && entry.event.type === 'action.run')).toMatchObject({
      event: { summary: 'Counted up to 2.' },
    });
  });

  it("refuses an action in the reader's language: the kit's sentence in Polish, the type's words in English where it has no Polish", async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Count for me', metadata: { start: 9 } });
    await t.client('ben').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 1 } });
    const closed = await failureOf(t.client('ben', 'pl-PL').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'increment', input: { by: 1 } }));
    expect(closed).toMatchObject({ code: 'FORBIDDEN', message: `Zgłoszenie #${id} jest zamknięte; najpierw otwórz je ponownie.` });
    const notMember = await failureOf(t.client('rita', 'pl').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'explode', input: {} }));
    expect(notMember.message).toBe('Tylko członkowie WRT mogą explode.');
  });

  it("says what a type's schema refuses in the reader's language, beside the field and as the answer; a sentence without words as written", async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Cuenta', metadata: { start: 0 } });
    const tooMuch = await failureOf(t.client('ana', 'es-MX').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 11 } }));
    expect(tooMuch).toMatchObject({ code: 'BAD_REQUEST', message: 'Incrementa como mucho en 10.' });
    expect(tooMuch.data['fieldErrors']).toEqual([{ path: 'input.by', message: 'Incrementa como mucho en 10.' }]);
    const english = await failureOf(t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 11 } }));
    expect(english.data['fieldErrors']).toEqual([{ path: 'input.by', message: 'Increment by at most 10.' }]);
    // A rule of the type's own, thrown with its words: said in Spanish, beside the field too.
    const unlucky = await failureOf(t.client('rita', 'es').tickets.create.mutate({ type: 'counted-request', title: 'Trece', metadata: { start: 13 } }));
    expect(unlucky).toMatchObject({ code: 'BAD_REQUEST', message: 'Empieza en cualquier número menos en 13.' });
    expect(unlucky.data['fieldErrors']).toEqual([{ path: 'metadata.start', message: 'Empieza en cualquier número menos en 13.' }]);
    expect(unlucky.data['domain']).toMatchObject({ code: 'counted.unlucky' });
    expect((await failureOf(t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Trece', metadata: { start: 13 } }))).message).toBe('Start anywhere but at 13.');
    // reviewed-request has no words for its sentence: a Spanish reader reads it as the type wrote it.
    const reviewed = await failureOf(t.client('rita', 'es').tickets.create.mutate({ type: 'reviewed-request', title: 'Revisa', metadata: { reason: 'no' } }));
    expect(reviewed.data['fieldErrors']).toEqual([{ path: 'metadata.reason', message: 'Say in a few words why.' }]);
  });

  it("says the type's own statuses in Spanish, wherever a status is shown", async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'reviewed-request', title: 'Revisa', metadata: { reason: 'Porque sí.' } });
    const detail = await t.client('ana', 'es').tickets.get.query({ ticketId: id });
    expect(detail.ticket.status.name).toBe('Solicitada');
    expect(detail.timeline.entries.find((entry) => entry.kind === 'log' && entry.event.type === 'ticket.created')).toMatchObject({ event: { status: { name: 'Solicitada' } } });
    expect(detail.lifecycle.statuses.map((status) => status.name)).toEqual(expect.arrayContaining(['Solicitada', 'En revisión', 'Aplicada', 'Rejected']));
    const allowed = await t.client('ana', 'es').statuses.allowed.query({ ticketId: id });
    expect(allowed.map((status) => status.name)).toContain('En revisión');
    expect((await t.client('ana', 'es').tickets.list.query({})).items.find((item) => item.id === id)?.status.name).toBe('Solicitada');
  });

  it('reads the languages from any Accept-Language, skipping what is not a language tag', () => {
    expect(readerLanguages('es-AR, es;q=0.9, *;q=0.1, pl;q=0.95, en;q=0')).toEqual(['es-AR', 'pl', 'es']);
    expect(readerLanguages(['pl', 'en'])).toEqual(['pl', 'en']);
    expect(readerLanguages(undefined)).toEqual([]);
    expect(readerLanguages(`<script>, es\u0000, ${'x'.repeat(10_000)}, ;q=1, pl;q=abc, de`)).toEqual(['de']);
    expect(readerLanguages('a,'.repeat(100_000))).toHaveLength(16);
  });

  it('lets a host page of another origin send the reader’s languages (CORS), and says answers vary by them', async () => {
    const [origin] = allowedOrigins(t.api.services.config);
    const preflight = await fetch(`${t.api.url}/trpc/tickets.list`, { method: 'OPTIONS', headers: { origin: origin!, 'access-control-request-headers': 'accept-language, authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('accept-language');
    const answer = await fetch(`${t.api.url}/trpc/tickets.list?input=${encodeURIComponent('{}')}`, { headers: { 'accept-language': 'es' } });
    expect(answer.headers.get('vary')?.toLowerCase()).toContain('accept-language');
  });
});
