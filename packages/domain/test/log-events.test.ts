import { describe, expect, it } from 'vitest';
import { describeLogEntries, describeLogEntry, groupLogEntries, type LogEntry, LogEvent, LOG_EVENT_TYPES, systemActor } from '../src/index.js';

const ana = { kind: 'user' as const, userId: 7, name: 'Ana' };
const wrt = { kind: 'group', id: 2, name: 'WRT' };
const todo = { id: 1, name: 'To do', category: 'to_do' as const };
const done = { id: 3, name: 'Done', category: 'done' as const };

function entry(event: LogEntry['event'], overrides: Partial<LogEntry> = {}): LogEntry {
  return { event, actor: ana, actingAs: { kind: 'user', id: 7, name: 'Ana' }, ...overrides };
}

describe('log entries as sentences', () => {
  it('say who acted and for whom', () => {
    const sentence = describeLogEntry(
      entry({ type: 'ticket.status_changed', from: todo, to: done }, { actingAs: wrt }),
    );
    expect(sentence).toBe('Ana changed the status from To do to Done on behalf of WRT.');
  });

  it('do not say "on behalf of" when a user acts for themselves', () => {
    expect(describeLogEntry(entry({ type: 'ticket.state_changed', from: 'open', to: 'closed' }))).toBe('Ana closed the ticket.');
    expect(describeLogEntry(entry({ type: 'ticket.state_changed', from: 'closed', to: 'open' }))).toBe('Ana reopened the ticket.');
  });

  it('name the system actor and its reason for automatic work', () => {
    const sentence = describeLogEntry(
      entry(
        { type: 'ticket.status_changed', from: { id: 1001, name: 'Blocked', category: 'in_progress' }, to: todo },
        { actor: systemActor("status 'Blocked' was removed"), actingAs: null },
      ),
    );
    expect(sentence).toBe("The system changed the status from Blocked to To do (status 'Blocked' was removed).");
  });

  it('put what an action did after who it was done for, with one full stop', () => {
    const event = { type: 'action.run' as const, action: 'anonymize', title: 'Anonymize', summary: 'Anonymized user #9.' };
    expect(describeLogEntry(entry(event, { actingAs: wrt }))).toBe("Ana ran 'Anonymize' on behalf of WRT: Anonymized user #9.");
    expect(describeLogEntry(entry({ ...event, summary: null }, { actingAs: wrt }))).toBe("Ana ran 'Anonymize' on behalf of WRT.");
  });

  it('render every kind of event', () => {
    const examples: LogEntry['event'][] = [
      { type: 'ticket.created', ticketType: 'edit-person', title: 'Fix my name', status: todo, state: 'open' },
      { type: 'ticket.status_changed', from: todo, to: done },
      { type: 'ticket.state_changed', from: 'open', to: 'closed' },
      { type: 'ticket.duplicate_marked', duplicateOfId: 12 },
      { type: 'stakeholder.added', stakeholder: { principal: wrt, connection: 'assigned', role: 'actioner' } },
      { type: 'stakeholder.deactivated', stakeholder: { principal: wrt, connection: 'assigned', role: 'actioner' } },
      { type: 'metadata.changed', changes: [{ field: 'name', label: 'name', before: 'Ana Lopes', after: 'Ana López' }] },
      { type: 'action.run', action: 'applyAsFix', title: 'Apply as fix', summary: 'name changed' },
      { type: 'comment.added', commentId: 3 },
      {
        type: 'ticket.type_changed',
        from: { type: 'contact', title: 'Contact a team' },
        to: { type: 'edit-person', title: "Edit a competitor's profile" },
        previousMetadata: { team: 'WRT', message: 'My name is misspelt.' },
        status: { from: todo, to: done },
        added: [{ principal: wrt, connection: 'assigned', role: 'actioner' }],
      },
    ];
    expect(new Set(examples.map((e) => e.type))).toEqual(new Set(LOG_EVENT_TYPES));
    const sentences = examples.map((event) => describeLogEntry(entry(LogEvent.parse(event))));
    expect(sentences).toEqual([
      "Ana created this edit-person ticket 'Fix my name' with status To do.",
      'Ana changed the status from To do to Done.',
      'Ana closed the ticket.',
      'Ana marked this ticket as a duplicate of #12.',
      'Ana added WRT (assigned, actioner).',
      'Ana made WRT (assigned, actioner) inactive.',
      "Ana changed name from 'Ana Lopes' to 'Ana López'.",
      "Ana ran 'Apply as fix': name changed.",
      'Ana commented.',
      "Ana moved this ticket from Contact a team to Edit a competitor's profile; its status from To do to Done; added WRT (assigned, actioner).",
    ]);
  });

  it('refuse an event of an unknown type or with missing facts', () => {
    expect(LogEvent.safeParse({ type: 'ticket.exploded' }).success).toBe(false);
    expect(LogEvent.safeParse({ type: 'ticket.status_changed', from: todo }).success).toBe(false);
    expect(LogEvent.safeParse({ type: 'metadata.changed', changes: [] }).success).toBe(false);
  });
});

describe('the entries of one change', () => {
  const at = '2026-11-21T10:06:00.000Z';
  const later = '2026-11-21T10:07:00.000Z';
  const moved = { ...entry({ type: 'ticket.status_changed', from: todo, to: done }, { actingAs: wrt }), at };
  const closed = { ...entry({ type: 'ticket.state_changed', from: 'open', to: 'closed' }, { actingAs: wrt }), at };

  it('are the consecutive entries of one moment and one hand', () => {
    const byRita = { ...closed, actor: { kind: 'user' as const, userId: 2, name: 'Rita' } };
    const forHerself = { ...closed, actingAs: { kind: 'user', id: 7, name: 'Ana' } };
    expect(groupLogEntries([moved, closed]).map((group) => group.length)).toEqual([2]);
    expect(groupLogEntries([moved, { ...closed, at: later }]).map((group) => group.length)).toEqual([1, 1]);
    expect(groupLogEntries([moved, byRita]).map((group) => group.length)).toEqual([1, 1]);
    expect(groupLogEntries([moved, forHerself]).map((group) => group.length)).toEqual([1, 1]);
  });

  it('read as one sentence: who did it once, then each thing done, with what the action said', () => {
    expect(describeLogEntries([moved, closed])).toBe('Ana changed the status from To do to Done and closed the ticket on behalf of WRT.');
    const ran = { ...entry({ type: 'action.run', action: 'applyAsFix', title: 'Apply as fix', summary: 'Applied the change.' }, { actingAs: wrt }), at };
    expect(describeLogEntries([ran, moved, closed])).toBe(
      "Ana ran 'Apply as fix' and changed the status from To do to Done and closed the ticket on behalf of WRT: Applied the change.",
    );
    expect(describeLogEntries([moved])).toBe(describeLogEntry(moved));
  });
});
