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
