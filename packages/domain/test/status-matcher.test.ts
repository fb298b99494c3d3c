import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchStatus, resolveLifecycle, sameName, type Status, stateOfStatus, SYSTEM_RESOLVED_LIFECYCLE, SYSTEM_STATUSES } from '../src/index.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses } from './fixtures/lifecycles.js';
import { namedLifecycleArbitrary, status } from './fixtures/namespace-statuses.js';

const systemStatus = (name: string) => SYSTEM_STATUSES.find((s) => s.name === name)!;
const [toDo, inProgress, done, wontDo, duplicate] = ['To do', 'In progress', 'Done', "Won't do", 'Duplicate'].map(systemStatus) as [Status, Status, Status, Status, Status];

describe('moving a ticket to another type or namespace', () => {
  it('keeps a status of the same name and state, ignoring case', () => {
    expect(matchStatus(editPersonStatuses.duplicate, SYSTEM_RESOLVED_LIFECYCLE)).toEqual(duplicate);
    const lowerCase = status(3001, 'in progress', 'in_progress');
    const target = resolveLifecycle({ ...EDIT_PERSON_LIFECYCLE, statusIds: [...EDIT_PERSON_LIFECYCLE.statuses.map((s) => s.id), 3001] }, [...EDIT_PERSON_LIFECYCLE.statuses, lowerCase]);
    expect(matchStatus(inProgress, target)).toEqual(lowerCase);
  });

  it('prefers the same name even when another status of the same category comes first', () => {
    // Edit-person's Rejected (canceled, position 0) comes before its Duplicate (canceled, position 1).
    expect(matchStatus(duplicate, EDIT_PERSON_LIFECYCLE)).toEqual(editPersonStatuses.duplicate);
  });

  it('does not take a status of the same name but the other state', () => {
    const appliedOpen = status(3002, 'Applied', 'in_progress');
    const target = resolveLifecycle(
      { id: 30, name: 'Odd', statusIds: [1, 3002, 3, 4], defaults: { open: 1, closed: 3, duplicate: 4 } },
      [...SYSTEM_STATUSES, appliedOpen],
    );
    expect(matchStatus(editPersonStatuses.applied, target)).toEqual(done);
  });

  it('otherwise takes the first status of the same category in lifecycle order', () => {
    expect(matchStatus(editPersonStatuses.underReview, SYSTEM_RESOLVED_LIFECYCLE)).toEqual(inProgress);
    expect(matchStatus(editPersonStatuses.rejected, SYSTEM_RESOLVED_LIFECYCLE)).toEqual(wontDo);
    expect(matchStatus(wontDo, EDIT_PERSON_LIFECYCLE)).toEqual(editPersonStatuses.rejected);
  });

  it("otherwise takes the target's default for the ticket's state", () => {
    // Nothing in the system lifecycle is in triage: an open ticket lands on the default open status.
    expect(matchStatus(editPersonStatuses.requested, SYSTEM_RESOLVED_LIFECYCLE)).toEqual(toDo);
    // Edit-person has nothing in to do: a to-do ticket lands on its default open status.
    expect(matchStatus(toDo, EDIT_PERSON_LIFECYCLE)).toEqual(editPersonStatuses.requested);
    const onlyCanceled = resolveLifecycle(
      { id: 31, name: 'Short', statusIds: [1, 4], defaults: { open: 1, closed: 4, duplicate: 4 } },
      SYSTEM_STATUSES,
    );
    expect(matchStatus(editPersonStatuses.applied, onlyCanceled)).toEqual(wontDo);
  });

  it("never puts a ticket that is not a duplicate on the target's default duplicate status by category", () => {
    // Lean: its only canceled status is its default duplicate, so a Won't do ticket closes as Done instead.
    const lean = resolveLifecycle({ id: 32, name: 'Lean', statusIds: [1, 2, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } }, SYSTEM_STATUSES);
    expect(matchStatus(wontDo, lean)).toEqual(done);
    expect(matchStatus(editPersonStatuses.rejected, lean)).toEqual(done);
    // A Dupe-named default duplicate comes first in its category: an ordinary canceled status is taken instead.
    const dupe = status(3003, 'Dupe', 'canceled', 0);
    const dropped = status(3004, 'Dropped', 'canceled', 1);
    const target = resolveLifecycle({ id: 33, name: 'Dupes first', statusIds: [1, 3, 3003, 3004], defaults: { open: 1, closed: 3, duplicate: 3003 } }, [...SYSTEM_STATUSES, dupe, dropped]);
    expect(matchStatus(wontDo, target)).toEqual(dropped);
    expect(matchStatus(duplicate, target)).toEqual(dropped);
  });

  it("lets a duplicate (a ticket with a duplicate link) land on the target's default duplicate status", () => {
    const dupe = status(3005, 'Dupe', 'canceled', 1);
    const dropped = status(3006, 'Dropped', 'canceled', 0);
    const target = resolveLifecycle({ id: 34, name: 'Dupes last', statusIds: [1, 3, 3005, 3006], defaults: { open: 1, closed: 3, duplicate: 3005 } }, [...SYSTEM_STATUSES, dupe, dropped]);
    expect(matchStatus(duplicate, target, { isDuplicate: true })).toEqual(dupe);
    // A status of the same name still comes first, duplicate or not.
    expect(matchStatus(duplicate, EDIT_PERSON_LIFECYCLE, { isDuplicate: true })).toEqual(editPersonStatuses.duplicate);
    // With nothing of its category, a closed duplicate takes the default duplicate status, not the default closed one.
    const doneDuplicate = resolveLifecycle({ id: 35, name: 'No canceled', statusIds: [1, 3], defaults: { open: 1, closed: 3, duplicate: 3 } }, SYSTEM_STATUSES);
    expect(matchStatus(editPersonStatuses.rejected, doneDuplicate, { isDuplicate: true })).toEqual(done);
  });

  it('reaches the default duplicate status of the target only by name, by being a duplicate, or as the default closed status', () => {
    fc.assert(
      fc.property(
        namedLifecycleArbitrary(4001).chain((source) => fc.tuple(fc.constantFrom(...source.statuses), namedLifecycleArbitrary(6001), fc.boolean())),
        ([current, target, isDuplicate]) => {
          const matched = matchStatus(current, target, { isDuplicate });
          expect(target.statuses).toContainEqual(matched);
          expect(stateOfStatus(matched)).toBe(stateOfStatus(current));
          if (matched.id === target.defaults.duplicate && !isDuplicate) {
            const byName = sameName(matched.name, current.name);
            const asDefault = matched.id === target.defaults.closed && !target.statuses.some((s) => s.category === current.category && s.id !== matched.id);
            expect(byName || asDefault).toBe(true);
          }
        },
      ),
    );
  });

  it('always lands on a status of the target lifecycle with the same state', () => {
    fc.assert(
      fc.property(
        namedLifecycleArbitrary(4001).chain((source) => fc.tuple(fc.constantFrom(...source.statuses), namedLifecycleArbitrary(6001))),
        ([current, target]) => {
          const matched = matchStatus(current, target);
          expect(target.statuses).toContainEqual(matched);
          expect(stateOfStatus(matched)).toBe(stateOfStatus(current));
          const namesake = target.statuses.find((s) => sameName(s.name, current.name) && stateOfStatus(s) === stateOfStatus(current));
          if (namesake) expect(matched).toEqual(namesake);
        },
      ),
    );
  });
});
