import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainError,
  type Lifecycle,
  type LifecycleId,
  planNamespaceStatusRemoval,
  type Status,
  stateOfStatus,
  validateLifecycle,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { editPersonStatuses, lifecycleArbitrary } from './fixtures/lifecycles.js';
import { status } from './fixtures/namespace-statuses.js';

const { requested, underReview, applied, rejected, duplicate } = editPersonStatuses;
const blocked = status(1010, 'Blocked', 'in_progress', 1);
const waiting = status(1011, 'Waiting', 'to_do', 0);
const statuses: Status[] = [...Object.values(editPersonStatuses), blocked, waiting];
const editPerson: Lifecycle = {
  id: 7,
  name: 'Edit person',
  statusIds: [requested.id, underReview.id, blocked.id, applied.id, rejected.id, duplicate.id],
  defaults: { open: requested.id, closed: applied.id, duplicate: duplicate.id },
};
const lean: Lifecycle = { id: 8, name: 'Lean', statusIds: [requested.id, blocked.id, rejected.id, duplicate.id], defaults: { open: blocked.id, closed: rejected.id, duplicate: duplicate.id } };
const lifecycles = [editPerson, lean];

function usage(total: number, byLifecycle: Record<LifecycleId, number> = {}) {
  return { total, byLifecycle: new Map(Object.entries(byLifecycle).map(([id, count]) => [Number(id), count])) };
}

describe('removing a status from the namespace', () => {
  it('takes it out of every lifecycle that holds it, each checked like a removal from a lifecycle', () => {
    const plan = planNamespaceStatusRemoval({ statuses, lifecycles, statusId: blocked.id, ticketsUsingIt: usage(3, { 7: 1, 8: 2 }), mapping: requested.id });
    expect(plan.removed).toEqual(blocked);
    expect(plan.mapping).toEqual({ from: blocked.id, to: requested.id });
    expect(plan.lifecycles.map((l) => [l.id, l.statusIds.includes(blocked.id)])).toEqual([
      [7, false],
      [8, false],
    ]);
    // In Lean it was the default open status: the mapping target takes the role.
    expect(plan.lifecycles[1]!.defaults.open).toBe(requested.id);
  });

  it('refuses it in use in a lifecycle without a mapping, in the words of the lifecycle rule', () => {
    const error = domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles: [editPerson], statusId: blocked.id, ticketsUsingIt: usage(2, { 7: 2 }) }));
    expect([error.code, error.message]).toEqual(['status_removal.in_use', "Cannot remove status 'Blocked' from lifecycle because it is in use and no mapping is provided."]);
  });

  it('refuses it without a mapping when tickets whose lifecycle does not hold it are on it', () => {
    const error = domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles: [editPerson], statusId: waiting.id, ticketsUsingIt: usage(4) }));
    expect([error.kind, error.code, error.message]).toEqual(['conflict', 'status_removal.in_use', "Cannot remove status 'Waiting' because it is in use and no mapping is provided."]);
    expect(error.details).toEqual({ statusId: waiting.id, ticketsUsingIt: 4, name: 'Waiting', scope: 'namespace' });
  });

  it('removes a status nothing uses and no lifecycle holds, changing no lifecycle', () => {
    expect(planNamespaceStatusRemoval({ statuses, lifecycles, statusId: waiting.id, ticketsUsingIt: usage(0) })).toEqual({ removed: waiting, mapping: null, lifecycles: [] });
  });

  describe('that no lifecycle holds, with a mapping', () => {
    it('maps its tickets to another status of the same state, in any category', () => {
      const plan = planNamespaceStatusRemoval({ statuses, lifecycles, statusId: waiting.id, ticketsUsingIt: usage(4), mapping: underReview.id });
      expect(plan.mapping).toEqual({ from: waiting.id, to: underReview.id });
    });

    // The server wrote its own rule here ("Map status 'Waiting' to another status of the same
    // state (open).", code mapping_state_mismatch for both cases); the domain's rule and words win.
    it('refuses a mapping to itself or to the other state with the words of the lifecycle rule', () => {
      const itself = domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles, statusId: waiting.id, ticketsUsingIt: usage(4), mapping: waiting.id }));
      expect([itself.kind, itself.code, itself.message]).toEqual([
        'invalid',
        'status_removal.mapping_to_itself',
        "Cannot map status 'Waiting' to itself, because it is being removed. Choose one of: Requested, Under review, Blocked.",
      ]);
      const otherState = domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles, statusId: waiting.id, ticketsUsingIt: usage(4), mapping: applied.id }));
      expect([otherState.code, otherState.message]).toEqual([
        'status_removal.mapping_state_mismatch',
        "Cannot map status 'Waiting' (to do) to 'Applied' (done): tickets would change from open to closed. Map it to another open status. Choose one of: Requested, Under review, Blocked.",
      ]);
      expect(otherState.details).toMatchObject({ statusId: waiting.id, mapping: applied.id, allowedMappings: [requested.id, underReview.id, blocked.id] });
    });

    it('refuses a mapping to a status the namespace does not have', () => {
      const error = domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles, statusId: waiting.id, ticketsUsingIt: usage(4), mapping: 4242 }));
      expect([error.kind, error.code]).toEqual(['not_found', 'status.not_found']);
    });
  });

  it('changes a default only in the lifecycles where the removed status held that role', () => {
    const plan = planNamespaceStatusRemoval({
      statuses,
      lifecycles,
      statusId: blocked.id,
      ticketsUsingIt: usage(0),
      newDefaults: { open: requested.id },
    });
    expect(plan.lifecycles.find((l) => l.id === lean.id)!.defaults.open).toBe(requested.id);
    expect(plan.lifecycles.find((l) => l.id === editPerson.id)!.defaults).toEqual(editPerson.defaults);
  });

  it('refuses a status the namespace does not have', () => {
    expect(domainErrorFrom(() => planNamespaceStatusRemoval({ statuses, lifecycles, statusId: 4242, ticketsUsingIt: usage(0) })).code).toBe('status.not_found');
  });
});

describe('any accepted removal from the namespace', () => {
  it('leaves no lifecycle holding the status, each valid, and every ticket that was on it mapped to a status of its state', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        lifecycleArbitrary.chain((lifecycle) =>
          fc.record({
            lifecycle: fc.constant(lifecycle),
            held: fc.boolean(),
            pick: fc.nat(),
            mapping: fc.option(fc.nat(), { nil: undefined }),
            inLifecycle: fc.nat({ max: 3 }),
            elsewhere: fc.nat({ max: 3 }),
          }),
        ),
        ({ lifecycle, held, pick, mapping, inLifecycle, elsewhere }) => {
          const namespace = [...lifecycle.statuses];
          const stored: Lifecycle = { id: lifecycle.id, name: lifecycle.name, statusIds: namespace.map((s) => s.id), defaults: lifecycle.defaults };
          const removed = namespace[pick % namespace.length]!;
          // A status no lifecycle holds: the lifecycle without it (when it stays valid), or none at all.
          const lifecycles = held ? [stored] : [];
          const target = mapping === undefined ? undefined : namespace[mapping % namespace.length]!.id;
          const ticketsUsingIt = { total: (held ? inLifecycle : 0) + elsewhere, byLifecycle: new Map(held ? [[stored.id, inLifecycle]] : []) };
          let plan;
          try {
            plan = planNamespaceStatusRemoval({ statuses: namespace, lifecycles, statusId: removed.id, ticketsUsingIt, mapping: target });
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            return;
          }
          accepted++;
          for (const after of plan.lifecycles) {
            expect(after.statusIds).not.toContain(removed.id);
            expect(() => validateLifecycle(after, namespace)).not.toThrow();
          }
          if (ticketsUsingIt.total > 0) {
            expect(plan.mapping).not.toBeNull();
            const to = namespace.find((s) => s.id === plan.mapping!.to)!;
            expect(to.id).not.toBe(removed.id);
            expect(stateOfStatus(to)).toBe(stateOfStatus(removed));
          }
        },
      ),
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
