import { describe, expect, it } from 'vitest';
import {
  effectiveStatusId,
  isSystemStatusId,
  type Lifecycle,
  mapSystemLifecycle,
  planConversionToCustom,
  type Status,
  SYSTEM_LIFECYCLE,
  SYSTEM_STATUSES,
  validateLifecycle,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { status } from './fixtures/namespace-statuses.js';

/** The copies as the database returns them: the planned fields with fresh custom ids. */
function insertCopies(firstId = 3001): Status[] {
  return planConversionToCustom().map((copy, i) => ({ ...copy, id: firstId + i }));
}

describe('converting a namespace to custom statuses', () => {
  it('copies every system status with its name, colour, description, category and position, remembering its origin', () => {
    const copies = planConversionToCustom();
    expect(copies).toHaveLength(SYSTEM_STATUSES.length);
    for (const system of SYSTEM_STATUSES) {
      const { id, ...fields } = system;
      expect(copies).toContainEqual({ ...fields, systemOrigin: id });
    }
    expect(copies.every((copy) => !('id' in copy))).toBe(true);
  });

  it('keeps the lifecycle order of the system statuses', () => {
    const copies = insertCopies();
    const { lifecycle } = mapSystemLifecycle(copies);
    const order = (statusIds: readonly number[], statuses: readonly Status[]) =>
      statusIds.map((id) => statuses.find((s) => s.id === id)?.name);
    expect(order(lifecycle.statusIds, copies)).toEqual(order(SYSTEM_LIFECYCLE.statusIds, SYSTEM_STATUSES));
  });

  it('gives the namespace its own lifecycle on the copies, with the same defaults, that validates', () => {
    const copies = insertCopies();
    const { lifecycle } = mapSystemLifecycle(copies, SYSTEM_LIFECYCLE, 40);
    expect(lifecycle.id).toBe(40);
    expect(lifecycle.name).toBe(SYSTEM_LIFECYCLE.name);
    expect(lifecycle.statusIds.some(isSystemStatusId)).toBe(false);
    const nameOf = (id: number, statuses: readonly Status[]) => statuses.find((s) => s.id === id)?.name;
    for (const role of ['open', 'closed', 'duplicate'] as const) {
      expect(nameOf(lifecycle.defaults[role], copies)).toBe(nameOf(SYSTEM_LIFECYCLE.defaults[role], SYSTEM_STATUSES));
    }
    expect(() => validateLifecycle(lifecycle, copies)).not.toThrow();
  });

  it('lets tickets follow: each system status maps to its own copy', () => {
    const copies = insertCopies();
    const { mappings } = mapSystemLifecycle(copies);
    for (const system of SYSTEM_STATUSES) {
      const copy = copies.find((c) => c.id === effectiveStatusId(system.id, mappings));
      expect(copy?.name).toBe(system.name);
      expect(copy?.systemOrigin).toBe(system.id);
    }
  });

  it('also moves a custom lifecycle that uses system statuses, leaving its custom statuses alone', () => {
    const blocked = status(2001, 'Blocked', 'in_progress');
    const mixed: Lifecycle = { id: 12, name: 'Claims', statusIds: [1, 2001, 3, 5], defaults: { open: 2001, closed: 3, duplicate: 5 } };
    const copies = insertCopies();
    const { lifecycle } = mapSystemLifecycle(copies, mixed);
    expect(lifecycle.id).toBe(12);
    expect(lifecycle.statusIds).toEqual([3001, 2001, 3003, 3005]);
    expect(lifecycle.defaults).toEqual({ open: 2001, closed: 3003, duplicate: 3005 });
    expect(() => validateLifecycle(lifecycle, [...copies, blocked])).not.toThrow();
  });

  it('refuses to move a lifecycle when a system status it uses has no copy', () => {
    const withoutDone = insertCopies().filter((copy) => copy.systemOrigin !== 3);
    const error = domainErrorFrom(() => mapSystemLifecycle(withoutDone));
    expect([error.kind, error.code]).toEqual(['not_found', 'conversion.missing_copy']);
    expect(error.message).toBe("System status #3 of lifecycle 'Default' has no custom copy. Copy every system status before moving lifecycles to the copies.");
  });

  it('has no way back: custom statuses, the copies included, are never converted again', () => {
    const error = domainErrorFrom(() => planConversionToCustom(insertCopies()));
    expect([error.kind, error.code]).toEqual(['invalid', 'conversion.not_system_status']);
    expect(error.message).toBe("Status 'To do' is already a custom status; only system-defined statuses are copied when a namespace converts.");
  });
});
