import { describe, expect, it } from 'vitest';
import { type Lifecycle, type LifecycleAttachments, planLifecycleDeletion, SYSTEM_LIFECYCLE } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';

const lean: Lifecycle = { id: 8, name: 'Lean', statusIds: [1001, 1003, 1005], defaults: { open: 1001, closed: 1003, duplicate: 1005 } };

function attached(byType: Record<string, number>, defaultLifecycleId: number | null = 2): LifecycleAttachments {
  return { byType: new Map(Object.entries(byType)), defaultLifecycleId };
}

describe('deleting a lifecycle', () => {
  it('is allowed for one no ticket type follows', () => {
    expect(planLifecycleDeletion(lean, attached({ 'edit-person': 3 }))).toEqual({ deleted: lean.id });
  });

  it('is refused while a ticket type is attached to it, naming the types', () => {
    const one = domainErrorFrom(() => planLifecycleDeletion(lean, attached({ 'counted-request': 8 })));
    expect([one.kind, one.code, one.message]).toEqual([
      'conflict',
      'lifecycle.in_use',
      "Cannot delete lifecycle 'Lean' because ticket type 'counted-request' follows it. Attach it to another lifecycle first.",
    ]);
    const two = domainErrorFrom(() => planLifecycleDeletion(lean, attached({ contact: 8, 'edit-person': 8 })));
    expect(two.message).toBe("Cannot delete lifecycle 'Lean' because ticket types 'contact', 'edit-person' follow it. Attach them to another lifecycle first.");
    expect(two.details).toEqual({
      lifecycleId: lean.id,
      ticketTypes: ['contact', 'edit-person'],
      lifecycleName: 'Lean',
      types: "'contact', 'edit-person'",
      typeCount: 2,
    });
  });

  it("is refused for the namespace's default, which types attached to no other follow", () => {
    const error = domainErrorFrom(() => planLifecycleDeletion(lean, attached({}, lean.id)));
    expect([error.kind, error.code, error.message]).toEqual([
      'conflict',
      'lifecycle.is_default',
      "Cannot delete lifecycle 'Lean' because it is the namespace's default lifecycle: every ticket type attached to no other lifecycle follows it.",
    ]);
    expect(domainErrorFrom(() => planLifecycleDeletion(SYSTEM_LIFECYCLE, attached({}, null))).code).toBe('lifecycle.is_default');
  });
});
