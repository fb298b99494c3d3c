// The timeline's sentences come from the catalogs: in English they must read exactly as the
// domain's own English (which the API writes into `sentence` and the mails), for every kind of entry.
import { describeLogEntry, LOG_EVENT_TYPES, type LogEntry, systemActor, userActor } from '@tickets/domain';
import { loadCatalog, translatorFor } from '@tickets/plugin-kit/widget';
import { describe, expect, it } from 'vitest';
import { logWords } from '../src/i18n/log-words.js';
import { ticketMessages } from '../src/i18n/ticket-messages.js';
import { widgetsMessages } from '../src/i18n/widgets-messages.js';

const ana = userActor({ userId: 3, name: 'Ana Kowalska' });
const wrt = { kind: 'group', id: 1, name: 'WRT' } as const;
const toDo = { id: 1, name: 'To do', category: 'to_do' } as const;
const review = { id: 1001, name: 'Under review', category: 'in_progress' } as const;
const ben = { principal: { kind: 'user', id: 4, name: 'Ben Okafor' }, connection: 'assigned', role: 'actioner' } as const;
const dora = { principal: { kind: 'user', id: 7, name: 'Dora' }, connection: 'cc', role: 'requester' } as const;

const ENTRIES: LogEntry[] = [
  { event: { type: 'ticket.created', ticketType: 'edit-person', title: "Rita's name", status: toDo, state: 'open' }, actor: ana, actingAs: null },
  { event: { type: 'ticket.status_changed', from: toDo, to: review }, actor: ana, actingAs: wrt },
  { event: { type: 'ticket.state_changed', from: 'open', to: 'closed' }, actor: ana, actingAs: { kind: 'user', id: 3, name: 'Ana Kowalska' } },
  { event: { type: 'ticket.state_changed', from: 'closed', to: 'open' }, actor: systemActor('status migration'), actingAs: null },
  { event: { type: 'ticket.status_changed', from: review, to: toDo }, actor: systemActor({ kind: 'statuses_removed', statuses: ['Under review'], lifecycle: null }), actingAs: null },
  { event: { type: 'ticket.status_changed', from: review, to: toDo }, actor: systemActor({ kind: 'statuses_removed', statuses: ['Under review', 'Blocked'], lifecycle: 'Lean' }), actingAs: null },
  { event: { type: 'ticket.status_changed', from: toDo, to: toDo }, actor: systemActor({ kind: 'custom_statuses' }), actingAs: null },
  { event: { type: 'ticket.duplicate_marked', duplicateOfId: 12 }, actor: ana, actingAs: wrt },
  { event: { type: 'stakeholder.added', stakeholder: ben }, actor: ana, actingAs: wrt },
  { event: { type: 'stakeholder.deactivated', stakeholder: dora }, actor: ana, actingAs: null },
  { event: { type: 'metadata.changed', changes: [{ field: 'name', label: 'Name', before: 'Rita', after: 'Rita López' }, { field: 'count', label: 'Count', before: null, after: 3 }] }, actor: ana, actingAs: wrt },
  { event: { type: 'action.run', action: 'apply', title: 'Apply as fix', summary: 'Changed the name to Rita López.' }, actor: ana, actingAs: wrt },
  { event: { type: 'comment.added', commentId: 5 }, actor: ana, actingAs: null },
  { event: { type: 'ticket.type_changed', from: { type: 'contact', title: 'Contact' }, to: { type: 'edit-person', title: 'Edit person' }, previousMetadata: {}, status: { from: toDo, to: review }, added: [ben, dora] }, actor: ana, actingAs: wrt },
];

async function loadedWords(locale: string) {
  await Promise.all([loadCatalog(ticketMessages, locale), loadCatalog(widgetsMessages, locale)]);
  return logWords(translatorFor(ticketMessages, locale), translatorFor(widgetsMessages, locale));
}

describe('log sentences from the catalogs', () => {
  it('cover every kind of log event', () => {
    expect(new Set(ENTRIES.map((entry) => entry.event.type))).toEqual(new Set(LOG_EVENT_TYPES));
  });

  it("read in English exactly as the domain's English", () => {
    const words = logWords(translatorFor(ticketMessages), translatorFor(widgetsMessages));
    for (const entry of ENTRIES) expect(describeLogEntry(entry, words)).toBe(describeLogEntry(entry));
  });

  it('say why the system changed a ticket in the reader’s language, the names as written', async () => {
    const [es, pl] = await Promise.all([loadedWords('es'), loadedWords('pl')]);
    const removed = ENTRIES.filter((entry) => entry.actor.kind === 'system' && entry.actor.why);
    expect(removed.map((entry) => describeLogEntry(entry, es))).toEqual([
      'El sistema cambió la situación de Under review a Por hacer (se quitó el estado «Under review»).',
      'El sistema cambió la situación de Under review a Por hacer (se quitaron los estados «Under review», «Blocked» del ciclo de vida «Lean»).',
      'El sistema cambió la situación de Por hacer a Por hacer (el sitio pasó a usar sus propios estados personalizados).',
    ]);
    expect(describeLogEntry(removed[1]!, pl)).toContain('(usunięto statusy „Under review”, „Blocked” z cyklu życia „Lean”)');
  });
});
