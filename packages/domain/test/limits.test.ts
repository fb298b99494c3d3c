import { describe, expect, it } from 'vitest';
import { lifecycleProblems, LIMITS, lifecycleSizeProblem, planLifecycleInstall, planNewStatus, requireRoomForStatuses } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { lifecycleOf, manyStatuses } from './fixtures/namespace-statuses.js';

describe('the status limits', () => {
  it(`let a namespace hold ${LIMITS.statusesPerNamespace} statuses, and refuse one more`, () => {
    expect(() => requireRoomForStatuses(LIMITS.statusesPerNamespace - 3, 3)).not.toThrow();
    const error = domainErrorFrom(() => requireRoomForStatuses(LIMITS.statusesPerNamespace - 3, 4, 'It needs 4.'));
    expect([error.kind, error.code, error.message]).toEqual(['limit', 'namespace.too_many_statuses', 'A namespace can only have a maximum of 70 statuses. It needs 4.']);
    expect(error.details).toEqual({ limit: 70, count: 67, needed: 4 });
  });

  it(`let a lifecycle hold ${LIMITS.statusesPerLifecycle} statuses, and refuse one more`, () => {
    expect(lifecycleSizeProblem(LIMITS.statusesPerLifecycle)).toBeNull();
    expect(lifecycleSizeProblem(LIMITS.statusesPerLifecycle + 1, { lifecycleId: 4 })?.details).toEqual({ lifecycleId: 4, limit: 30, count: 31 });
  });

  // One rule each: a stored lifecycle and a plugin's, a single new status and a plugin's set, are
  // refused with the same code and words.
  it('are the same rule wherever statuses are added or gathered in a lifecycle', () => {
    const full = manyStatuses(LIMITS.statusesPerNamespace);
    const added = domainErrorFrom(() => planNewStatus(full, { name: 'One more', color: '#1f75cb', category: 'to_do' }));
    const installed = domainErrorFrom(() =>
      planLifecycleInstall(
        { statuses: [{ name: 'Fresh', category: 'to_do', color: '#1f75cb' }, { name: 'Gone', category: 'done', color: '#1f75cb' }], defaults: { open: 'Fresh', closed: 'Gone', duplicate: 'Gone' } },
        full,
      ),
    );
    expect([added.code, installed.code]).toEqual(['namespace.too_many_statuses', 'namespace.too_many_statuses']);
    expect(installed.message.startsWith(added.message)).toBe(true);

    const many = manyStatuses(LIMITS.statusesPerLifecycle + 1);
    const stored = lifecycleProblems(lifecycleOf(many), many).find((p) => p.code === 'lifecycle.too_many_statuses');
    const declared = many.map((s) => ({ name: s.name, category: s.category, color: s.color }));
    const open = declared.find((s) => s.category === 'to_do')!.name;
    const closed = declared.find((s) => s.category === 'done')!.name;
    const plugin = domainErrorFrom(() => planLifecycleInstall({ statuses: declared, defaults: { open, closed, duplicate: closed } }, []));
    expect([plugin.code, plugin.message]).toEqual([stored?.code, stored?.message]);
  });
});
