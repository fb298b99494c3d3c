import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainError,
  effectiveStatusId,
  planStatusRemoval,
  type ResolvedLifecycle,
  resolveLifecycle,
  type Status,
  type StatusMapping,
  stateOfStatus,
  statusMappingResolver,
  validateLifecycle,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, lifecycleArbitrary, strayStatus } from './fixtures/lifecycles.js';
import { status } from './fixtures/namespace-statuses.js';

const { requested, underReview, applied, rejected, duplicate } = editPersonStatuses;
const blocked = status(1010, 'Blocked', 'in_progress', 1);
const withBlocked = resolveLifecycle(
  { id: EDIT_PERSON_LIFECYCLE.id, name: EDIT_PERSON_LIFECYCLE.name, statusIds: [...EDIT_PERSON_LIFECYCLE.statuses.map((s) => s.id), blocked.id], defaults: EDIT_PERSON_LIFECYCLE.defaults },
  [...EDIT_PERSON_LIFECYCLE.statuses, blocked],
);

describe('removing a status from a lifecycle', () => {
  it('refuses a status in use when no mapping is provided', () => {
    const error = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 3 }));
    expect([error.kind, error.code]).toEqual(['conflict', 'status_removal.in_use']);
    expect(error.message).toBe("Cannot remove status 'Blocked' from lifecycle because it is in use and no mapping is provided.");
    expect(error.details).toMatchObject({ ticketsUsingIt: 3, allowedMappings: [requested.id, underReview.id] });
  });

  it('removes an unused status without a mapping, leaving the defaults alone', () => {
    const plan = planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 0 });
    expect(plan.removed).toEqual(blocked);
    expect(plan.mapping).toBeNull();
    expect(plan.lifecycle.statusIds).not.toContain(blocked.id);
    expect(plan.lifecycle.statusIds).toHaveLength(withBlocked.statuses.length - 1);
    expect(plan.lifecycle.defaults).toEqual(withBlocked.defaults);
  });

  it('moves the tickets of a status in use to the mapped status', () => {
    const plan = planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 3, mapping: underReview.id });
    expect(plan.mapping).toEqual({ from: blocked.id, to: underReview.id });
  });

  it('keeps a mapping given for an unused status, in case a ticket arrives before the change is saved', () => {
    expect(planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 0, mapping: requested.id }).mapping).toEqual({
      from: blocked.id,
      to: requested.id,
    });
  });

  it('refuses a mapping to a status outside the lifecycle, to itself, or of the other state', () => {
    const outside = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 1, mapping: strayStatus.id }));
    expect([outside.kind, outside.message]).toEqual([
      'invalid',
      "Cannot map status 'Blocked' to status #1099 because it is not part of lifecycle 'Edit person'. Choose one of: Requested, Under review.",
    ]);
    const itself = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 1, mapping: blocked.id }));
    expect(itself.message).toBe("Cannot map status 'Blocked' to itself, because it is being removed. Choose one of: Requested, Under review.");
    const otherState = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 1, mapping: applied.id }));
    expect([otherState.code, otherState.message]).toEqual([
      'status_removal.mapping_state_mismatch',
      "Cannot map status 'Blocked' (in progress) to 'Applied' (done): tickets would change from open to closed. Map it to another open status. Choose one of: Requested, Under review.",
    ]);
  });

  it('allows a mapping to another category of the same state', () => {
    expect(planStatusRemoval({ lifecycle: withBlocked, statusId: rejected.id, ticketsUsingIt: 2, mapping: applied.id }).mapping).toEqual({ from: rejected.id, to: applied.id });
  });

  it('refuses a status that is not part of the lifecycle', () => {
    expect(domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: strayStatus.id, ticketsUsingIt: 0 })).code).toBe('lifecycle.status_not_in_lifecycle');
  });

  describe('that is a default', () => {
    it('refuses when nothing takes its role, naming the role', () => {
      const error = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 0 }));
      expect([error.kind, error.code]).toEqual(['conflict', 'status_removal.default_without_successor']);
      expect(error.message).toBe(
        "Cannot remove status 'Applied' from lifecycle 'Edit person' because it is the default closed status. Choose another default closed status (in the done or canceled category) first.",
      );
    });

    it('hands the role to the mapping target', () => {
      const plan = planStatusRemoval({ lifecycle: withBlocked, statusId: requested.id, ticketsUsingIt: 5, mapping: blocked.id });
      expect(plan.lifecycle.defaults).toEqual({ ...withBlocked.defaults, open: blocked.id });
      const closed = planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 5, mapping: rejected.id });
      expect(closed.lifecycle.defaults.closed).toBe(rejected.id);
    });

    it('hands the role to the new default given, which wins over the mapping target', () => {
      const plan = planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 5, mapping: rejected.id, newDefaults: { closed: duplicate.id } });
      expect(plan.lifecycle.defaults).toEqual({ ...withBlocked.defaults, closed: duplicate.id });
      expect(plan.mapping).toEqual({ from: applied.id, to: rejected.id });
      expect(planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 0, newDefaults: { closed: rejected.id } }).lifecycle.defaults.closed).toBe(rejected.id);
    });

    it('hands every role the status held', () => {
      const both = { ...withBlocked, defaults: { ...withBlocked.defaults, closed: duplicate.id, duplicate: duplicate.id } };
      const plan = planStatusRemoval({ lifecycle: both, statusId: duplicate.id, ticketsUsingIt: 1, mapping: applied.id });
      expect(plan.lifecycle.defaults).toEqual({ open: requested.id, closed: applied.id, duplicate: applied.id });
    });

    it('refuses a new default that is the removed status or in a category that may not hold the role', () => {
      const removed = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 0, newDefaults: { closed: applied.id } }));
      expect(removed.message).toBe("Status 'Applied' cannot be the default closed status of lifecycle 'Edit person' because it is being removed. Choose another default closed status.");
      const wrongCategory = domainErrorFrom(() => planStatusRemoval({ lifecycle: withBlocked, statusId: applied.id, ticketsUsingIt: 0, newDefaults: { closed: blocked.id } }));
      expect(wrongCategory.code).toBe('lifecycle.default_wrong_category');
      expect(wrongCategory.message).toContain("'Blocked' (in progress) cannot be the default closed status");
    });
  });

  it('does not change the lifecycle it was given', () => {
    const before = structuredClone(withBlocked);
    planStatusRemoval({ lifecycle: withBlocked, statusId: requested.id, ticketsUsingIt: 5, mapping: blocked.id });
    expect(withBlocked).toEqual(before);
  });
});

describe('reading a ticket while mappings are pending', () => {
  it('follows mappings, also through a chain', () => {
    expect(effectiveStatusId(7, [])).toBe(7);
    expect(effectiveStatusId(1, [{ from: 1, to: 2 }])).toBe(2);
    expect(effectiveStatusId(1, [{ from: 2, to: 3 }, { from: 1, to: 2 }])).toBe(3);
    expect(effectiveStatusId(9, [{ from: 1, to: 2 }])).toBe(9);
  });

  it('shows tickets on the final status after two removals in a row, before any ticket is rewritten', () => {
    const first = planStatusRemoval({ lifecycle: withBlocked, statusId: blocked.id, ticketsUsingIt: 2, mapping: underReview.id });
    const afterFirst = resolveLifecycle(first.lifecycle, withBlocked.statuses);
    const second = planStatusRemoval({ lifecycle: afterFirst, statusId: underReview.id, ticketsUsingIt: 3, mapping: requested.id });
    const pending = [first.mapping, second.mapping].filter((m) => m !== null);
    expect(effectiveStatusId(blocked.id, pending)).toBe(requested.id);
    expect(second.lifecycle.statusIds).toContain(requested.id);
  });

  it('reports a loop instead of hanging', () => {
    const error = domainErrorFrom(() => effectiveStatusId(1, [{ from: 1, to: 2 }, { from: 2, to: 3 }, { from: 3, to: 1 }]));
    expect([error.kind, error.code, error.message]).toEqual(['conflict', 'status_mapping.cycle', 'Pending status mappings form a loop (#1 → #2 → #3 → #1). Remove one of these mappings.']);
  });

  it('reports a status mapped two ways, but accepts the same mapping twice', () => {
    expect(domainErrorFrom(() => statusMappingResolver([{ from: 1, to: 2 }, { from: 1, to: 3 }])).code).toBe('status_mapping.ambiguous');
    expect(effectiveStatusId(1, [{ from: 1, to: 2 }, { from: 1, to: 2 }])).toBe(2);
  });
});

/**
 * One removal attempt. Mostly plausible choices (a mapping to another status of the same state, no
 * new defaults), so that many are accepted; sometimes anything at all, so that refusals are exercised.
 */
const attemptArbitrary = fc.record({
  pick: fc.nat(),
  mapping: fc.oneof(
    { arbitrary: fc.constant(null), weight: 1 },
    { arbitrary: fc.record({ sameState: fc.constant(true), index: fc.nat() }), weight: 4 },
    { arbitrary: fc.record({ sameState: fc.constant(false), index: fc.nat() }), weight: 1 },
  ),
  newDefaults: fc.option(fc.record({ open: fc.nat(), closed: fc.nat(), duplicate: fc.nat() }, { requiredKeys: [] }), { freq: 3, nil: {} }),
});

describe('any accepted removal', () => {
  it('leaves every ticket on a status of the new lifecycle with its state, and the lifecycle valid', () => {
    // Counted so the property cannot pass by refusing everything.
    const accepted = { any: 0, withMovedTickets: 0 };
    fc.assert(
      fc.property(
        lifecycleArbitrary.chain((lifecycle) =>
          fc.tuple(fc.constant(lifecycle), fc.array(fc.constantFrom(...lifecycle.statuses), { maxLength: 25 }), fc.array(attemptArbitrary, { minLength: 1, maxLength: 5 })),
        ),
        ([original, tickets, attempts]) => {
          const everyStatus = [...original.statuses, strayStatus];
          const mappings: StatusMapping[] = [];
          let lifecycle: ResolvedLifecycle = original;
          for (const attempt of attempts) {
            const removed = lifecycle.statuses[attempt.pick % lifecycle.statuses.length]!;
            const current = lifecycle;
            const pickFrom = (statuses: readonly Status[], index: number) => statuses[index % statuses.length]?.id ?? removed.id;
            const sameState = current.statuses.filter((s) => s.id !== removed.id && stateOfStatus(s) === stateOfStatus(removed));
            const mapping =
              attempt.mapping === null ? undefined : pickFrom(attempt.mapping.sameState ? sameState : everyStatus, attempt.mapping.index);
            const newDefaults = Object.fromEntries(Object.entries(attempt.newDefaults).map(([role, index]) => [role, pickFrom(current.statuses, index)]));
            const ticketsUsingIt = tickets.filter((ticket) => effectiveStatusId(ticket.id, mappings) === removed.id).length;
            let plan;
            try {
              plan = planStatusRemoval({
                lifecycle,
                statusId: removed.id,
                ticketsUsingIt,
                newDefaults,
                ...(mapping === undefined ? {} : { mapping }),
              });
            } catch (error) {
              expect(error).toBeInstanceOf(DomainError);
              continue;
            }
            accepted.any++;
            if (ticketsUsingIt > 0) accepted.withMovedTickets++;
            if (plan.mapping) mappings.push(plan.mapping);
            expect(() => validateLifecycle(plan.lifecycle, everyStatus)).not.toThrow();
            lifecycle = resolveLifecycle(plan.lifecycle, everyStatus);
            for (const ticket of tickets) {
              const now = lifecycle.statuses.find((s) => s.id === effectiveStatusId(ticket.id, mappings));
              expect(now).toBeDefined();
              expect(stateOfStatus(now!)).toBe(stateOfStatus(ticket));
            }
          }
        },
      ),
    );
    expect(accepted.withMovedTickets).toBeGreaterThan(0);
  });
});
