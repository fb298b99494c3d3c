import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markDuplicate, moveToLifecycle, resolveLifecycle, type Status, stateOfStatus, SYSTEM_RESOLVED_LIFECYCLE, SYSTEM_STATUSES, type TicketFacts } from '../src/index.js';
import { namedLifecycleArbitrary, status } from './fixtures/namespace-statuses.js';

const NOW = '2025-03-01T10:00:00.000Z';
const systemStatus = (name: string) => SYSTEM_STATUSES.find((s) => s.name === name)!;
const [toDo, wontDo, duplicate] = ['To do', "Won't do", 'Duplicate'].map(systemStatus) as [Status, Status, Status];

// Lifecycle B of the issue: other statuses, and its only canceled status is its default duplicate.
const queued = status(3101, 'Queued', 'to_do');
const finished = status(3102, 'Finished', 'done');
const dupe = status(3103, 'Dupe', 'canceled');
const B = resolveLifecycle(
  { id: 40, name: 'B', statusIds: [queued.id, finished.id, dupe.id], defaults: { open: queued.id, closed: finished.id, duplicate: dupe.id } },
  [queued, finished, dupe],
);

function ticketOn(statusOf: Status, duplicateOfId: number | null = null): TicketFacts {
  const closed = stateOfStatus(statusOf) === 'closed';
  return { id: 7, state: closed ? 'closed' : 'open', statusId: statusOf.id, duplicateOfId, closedAt: closed ? NOW : null };
}

describe('moving a ticket to another lifecycle', () => {
  it('keeps a status the new lifecycle has, and logs nothing', () => {
    const facts = ticketOn(queued);
    expect(moveToLifecycle(facts, queued, B, NOW)).toEqual({ facts, events: [] });
  });

  it("moves a Won't do ticket to the default closed status, never to Duplicate, and logs the change", () => {
    const { facts, events } = moveToLifecycle(ticketOn(wontDo), wontDo, B, NOW);
    expect(facts).toEqual({ ...ticketOn(wontDo), statusId: finished.id });
    expect(events).toEqual([
      { type: 'ticket.status_changed', from: { id: wontDo.id, name: "Won't do", category: 'canceled' }, to: { id: finished.id, name: 'Finished', category: 'done' } },
    ]);
  });

  it('keeps a marked duplicate a duplicate, on the default duplicate status', () => {
    const marked = markDuplicate(ticketOn(toDo), 12, SYSTEM_RESOLVED_LIFECYCLE, NOW).facts;
    const { facts, events } = moveToLifecycle(marked, duplicate, B, NOW);
    expect(facts).toMatchObject({ statusId: dupe.id, duplicateOfId: 12, state: 'closed', closedAt: NOW });
    expect(events).toEqual([{ type: 'ticket.status_changed', from: { id: duplicate.id, name: 'Duplicate', category: 'canceled' }, to: { id: dupe.id, name: 'Dupe', category: 'canceled' } }]);
  });

  it('keeps the state and the duplicate link, and logs exactly one status change when the status changes', () => {
    fc.assert(
      fc.property(
        namedLifecycleArbitrary(4001).chain((source) => fc.tuple(fc.constantFrom(...source.statuses), namedLifecycleArbitrary(6001), fc.option(fc.integer({ min: 1, max: 99 })))),
        ([current, target, duplicateOfId]) => {
          const before = ticketOn(current, duplicateOfId);
          const { facts, events } = moveToLifecycle(before, current, target, NOW);
          expect(target.statuses.map((s) => s.id)).toContain(facts.statusId);
          expect(facts).toEqual({ ...before, statusId: facts.statusId });
          if (facts.statusId === current.id) expect(events).toEqual([]);
          else expect(events).toEqual([{ type: 'ticket.status_changed', from: expect.objectContaining({ id: current.id }), to: expect.objectContaining({ id: facts.statusId }) }]);
          if (facts.statusId === target.defaults.duplicate && facts.statusId !== current.id && duplicateOfId === null) {
            // Only by name, or as the default closed status when nothing of the category is left.
            const landed = target.statuses.find((s) => s.id === facts.statusId)!;
            expect(landed.name.toLowerCase() === current.name.toLowerCase() || landed.id === target.defaults.closed).toBe(true);
          }
        },
      ),
    );
  });
});
