import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Category,
  compareStatuses,
  isSystemStatusId,
  type Status,
  SYSTEM_LIFECYCLE,
  SYSTEM_RESOLVED_LIFECYCLE,
  SYSTEM_STATUSES,
  sortStatuses,
  stateOfStatus,
  requireStatus,
  DomainError,
  resolveLifecycle,
  CATEGORY_ORDER,
} from '../src/index.js';

describe('system-defined statuses', () => {
  it('have the reserved ids 1–5 with their names, categories and colours', () => {
    expect(SYSTEM_STATUSES.map((s) => [s.id, s.name, s.category, s.color])).toEqual([
      [1, 'To do', 'to_do', '#737278'],
      [2, 'In progress', 'in_progress', '#1f75cb'],
      [3, 'Done', 'done', '#108548'],
      [4, "Won't do", 'canceled', '#dd2b0e'],
      [5, 'Duplicate', 'canceled', '#dd2b0e'],
    ]);
    expect(SYSTEM_STATUSES.every((s) => isSystemStatusId(s.id))).toBe(true);
    expect(isSystemStatusId(1001)).toBe(false);
  });

  it('form the system lifecycle with defaults To do / Done / Duplicate', () => {
    const lifecycle = SYSTEM_RESOLVED_LIFECYCLE;
    expect(lifecycle.statuses.map((s) => s.name)).toEqual(['To do', 'In progress', 'Done', "Won't do", 'Duplicate']);
    expect(requireStatus(lifecycle, lifecycle.defaults.open).name).toBe('To do');
    expect(requireStatus(lifecycle, lifecycle.defaults.closed).name).toBe('Done');
    expect(requireStatus(lifecycle, lifecycle.defaults.duplicate).name).toBe('Duplicate');
  });

  it('take their state from their category', () => {
    expect(SYSTEM_STATUSES.map((s) => stateOfStatus(s))).toEqual(['open', 'open', 'closed', 'closed', 'closed']);
  });
});

describe('lifecycle lookup', () => {
  it('refuses a status that is not part of the lifecycle, naming the statuses one may choose', () => {
    const attempt = () => requireStatus(SYSTEM_RESOLVED_LIFECYCLE, 1234);
    expect(attempt).toThrow(DomainError);
    expect(attempt).toThrow("Status #1234 is not part of lifecycle 'Default'. Choose one of: To do, In progress, Done, Won't do, Duplicate.");
  });

  it('reports a lifecycle that refers to a missing status', () => {
    expect(() => resolveLifecycle({ ...SYSTEM_LIFECYCLE, statusIds: [1, 2, 99] }, SYSTEM_STATUSES)).toThrow(
      "Lifecycle 'Default' refers to status #99, which does not exist.",
    );
  });
});

const statusArbitrary: fc.Arbitrary<Status> = fc.record({
  id: fc.integer({ min: 1, max: 100_000 }),
  name: fc.string({ minLength: 1, maxLength: 10 }),
  color: fc.constant('#123456'),
  description: fc.constant(null),
  category: fc.constantFrom(...Category.options),
  position: fc.integer({ min: 0, max: 50 }),
  systemOrigin: fc.constant(null),
});

describe('lifecycle order', () => {
  it('is category, then position, then id, whatever order the statuses come in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(statusArbitrary, { selector: (s) => s.id, maxLength: 30 }), (statuses) => {
        const sorted = sortStatuses(statuses);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const byCategory = CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category);
          expect(byCategory < 0 || (byCategory === 0 && (a.position < b.position || (a.position === b.position && a.id < b.id)))).toBe(true);
        }
        expect(sortStatuses([...statuses].reverse())).toEqual(sorted);
        expect(sorted).toHaveLength(statuses.length);
      }),
    );
  });

  it('puts a triage status before an older to-do status', () => {
    const old: Status = { ...SYSTEM_STATUSES[0]!, id: 1001, position: 0 };
    const triage: Status = { ...old, id: 1002, category: 'triage', position: 9 };
    expect(compareStatuses(triage, old)).toBeLessThan(0);
  });
});
