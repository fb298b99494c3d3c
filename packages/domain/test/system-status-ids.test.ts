import { describe, expect, it } from 'vitest';
import { planConversionToCustom, type Status, statusIdAsNamed, SYSTEM_STATUS_IDS, SYSTEM_STATUSES } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { status } from './fixtures/namespace-statuses.js';

/** A namespace's statuses after it converted: the copies (ids from 3001) and one status of its own. */
function converted(): Status[] {
  const copies = planConversionToCustom().map((copy, i) => ({ ...copy, id: 3001 + i }));
  return [...copies, status(3100, 'Blocked', 'in_progress')];
}

describe('what a status id given by a caller names', () => {
  it('before the namespace converts, a system id names the system status itself', () => {
    const statuses = [...SYSTEM_STATUSES, status(3100, 'Blocked', 'in_progress')];
    for (const system of SYSTEM_STATUSES) expect(statusIdAsNamed(system.id, statuses)).toBe(system.id);
    expect(statusIdAsNamed(3100, statuses)).toBe(3100);
  });

  it('once converted, each system id names the copy that remembers it', () => {
    const statuses = converted();
    for (const system of SYSTEM_STATUSES) {
      const copy = statuses.find((s) => s.systemOrigin === system.id)!;
      expect(statusIdAsNamed(system.id, statuses)).toBe(copy.id);
    }
  });

  it('the copy is found by its origin, whatever it is called or where it sits now', () => {
    const statuses = converted().map((s) => (s.systemOrigin === SYSTEM_STATUS_IDS.done ? { ...s, name: 'Shipped', category: 'canceled' as const, position: 9 } : s));
    expect(statusIdAsNamed(SYSTEM_STATUS_IDS.done, statuses)).toBe(3003);
  });

  it('a custom id, or an id in the reserved range that names no system status, names itself (lookups then say whether it exists)', () => {
    const statuses = converted();
    expect(statusIdAsNamed(3100, statuses)).toBe(3100);
    expect(statusIdAsNamed(3002, statuses)).toBe(3002);
    expect(statusIdAsNamed(9999, statuses)).toBe(9999);
    expect(statusIdAsNamed(7, statuses)).toBe(7);
  });

  it('refuses a system id whose copy the namespace removed, naming the system status', () => {
    const statuses = converted().filter((s) => s.systemOrigin !== SYSTEM_STATUS_IDS.inProgress);
    const error = domainErrorFrom(() => statusIdAsNamed(SYSTEM_STATUS_IDS.inProgress, statuses));
    expect(error.kind).toBe('not_found');
    expect(error.code).toBe('status.system_copy_removed');
    expect(error.message).toBe(
      "Status #2 is the system-defined status 'In progress'. This namespace uses its own statuses and has removed its copy of 'In progress'; choose one of the namespace's current statuses.",
    );
    expect(error.details).toEqual({ statusId: 2, systemStatus: 'In progress' });
    // The other system ids still name their copies.
    expect(statusIdAsNamed(SYSTEM_STATUS_IDS.toDo, statuses)).toBe(3001);
  });
});
