import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  type Lifecycle,
  lifecycleProblems,
  namespaceLifecycleProblems,
  SYSTEM_LIFECYCLE,
  SYSTEM_STATUSES,
  validateLifecycle,
  validateNamespaceLifecycles,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, strayStatus } from './fixtures/lifecycles.js';
import { lifecycleOf, manyStatuses } from './fixtures/namespace-statuses.js';

const namespaceStatuses = [...SYSTEM_STATUSES, ...Object.values(editPersonStatuses), strayStatus];
const editPerson: Lifecycle = {
  id: EDIT_PERSON_LIFECYCLE.id,
  name: EDIT_PERSON_LIFECYCLE.name,
  statusIds: EDIT_PERSON_LIFECYCLE.statuses.map((s) => s.id),
  defaults: EDIT_PERSON_LIFECYCLE.defaults,
};

describe('a lifecycle', () => {
  it('is valid as the system lifecycle and as edit-person ships it', () => {
    expect(lifecycleProblems(SYSTEM_LIFECYCLE, SYSTEM_STATUSES)).toEqual([]);
    expect(validateLifecycle(editPerson, namespaceStatuses)).toEqual(editPerson);
  });

  it('has its name trimmed', () => {
    expect(validateLifecycle({ ...editPerson, name: '  Edit person  ' }, namespaceStatuses).name).toBe('Edit person');
  });

  it('needs a name of 1 to 64 characters without control characters', () => {
    expect(validateLifecycle({ ...editPerson, name: 'l'.repeat(64) }, namespaceStatuses).name).toHaveLength(64);
    for (const [name, message] of [
      ['   ', 'A lifecycle name cannot be empty.'],
      ['l'.repeat(65), 'A lifecycle name can be at most 64 characters long.'],
      ['Edit\nperson', 'A lifecycle name cannot contain control characters.'],
    ] as const) {
      const error = domainErrorFrom(() => validateLifecycle({ ...editPerson, name }, namespaceStatuses));
      expect([error.kind, error.code, error.message]).toEqual(['invalid', 'lifecycle.invalid_name', message]);
    }
  });

  it('may only hold statuses of its namespace', () => {
    const error = domainErrorFrom(() => validateLifecycle({ ...editPerson, statusIds: [...editPerson.statusIds, 4242] }, namespaceStatuses));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe("Lifecycle 'Edit person' refers to status #4242, which does not exist in this namespace. Remove it from the lifecycle.");
  });

  it('lists each status once', () => {
    const error = domainErrorFrom(() =>
      validateLifecycle({ ...editPerson, statusIds: [...editPerson.statusIds, editPersonStatuses.underReview.id] }, namespaceStatuses),
    );
    expect(error.code).toBe('lifecycle.repeated_status');
    expect(error.message).toBe("Lifecycle 'Edit person' lists status 'Under review' more than once. List each status once.");
  });

  it(`holds at most ${LIMITS.statusesPerLifecycle} statuses`, () => {
    const thirty = manyStatuses(30);
    expect(validateLifecycle(lifecycleOf(thirty), thirty).statusIds).toHaveLength(30);
    const thirtyOne = manyStatuses(31);
    const error = domainErrorFrom(() => validateLifecycle(lifecycleOf(thirtyOne), thirtyOne));
    expect([error.kind, error.code, error.message]).toEqual(['limit', 'lifecycle.too_many_statuses', 'Lifecycle can only have a maximum of 30 statuses.']);
  });

  it('needs its defaults to be among its own statuses', () => {
    const outside = { ...editPerson, defaults: { ...editPerson.defaults, open: strayStatus.id } };
    expect(domainErrorFrom(() => validateLifecycle(outside, namespaceStatuses)).message).toBe(
      "The default open status 'Blocked' is not part of lifecycle 'Edit person'. Add it to the lifecycle or choose another default open status.",
    );
    const missing = { ...editPerson, defaults: { ...editPerson.defaults, closed: 4242 } };
    expect(domainErrorFrom(() => validateLifecycle(missing, namespaceStatuses)).message).toBe(
      "The default closed status #4242 of lifecycle 'Edit person' does not exist. Choose one of the lifecycle's statuses in the done or canceled category.",
    );
  });

  it('needs each default in a category that may hold it, naming the status, its category and the role', () => {
    const cases = [
      ['open', editPersonStatuses.applied.id, "Status 'Applied' (done) cannot be the default open status of lifecycle 'Edit person': it must be a status in the triage, to do or in progress category."],
      ['closed', editPersonStatuses.underReview.id, "Status 'Under review' (in progress) cannot be the default closed status of lifecycle 'Edit person': it must be a status in the done or canceled category."],
      ['duplicate', editPersonStatuses.requested.id, "Status 'Requested' (triage) cannot be the default duplicate status of lifecycle 'Edit person': it must be a status in the done or canceled category."],
    ] as const;
    for (const [role, statusId, message] of cases) {
      const error = domainErrorFrom(() => validateLifecycle({ ...editPerson, defaults: { ...editPerson.defaults, [role]: statusId } }, namespaceStatuses));
      expect([error.kind, error.code, error.message]).toEqual(['invalid', 'lifecycle.default_wrong_category', message]);
      expect(error.details).toMatchObject({ role, statusId });
    }
  });

  it('lets a settings page show every problem at once, and validation report the first', () => {
    const broken: Lifecycle = {
      ...editPerson,
      name: '',
      statusIds: [...editPerson.statusIds, editPersonStatuses.applied.id],
      defaults: { open: editPersonStatuses.applied.id, closed: editPersonStatuses.requested.id, duplicate: editPersonStatuses.duplicate.id },
    };
    const problems = lifecycleProblems(broken, namespaceStatuses);
    expect(problems.map((p) => p.code)).toEqual([
      'lifecycle.invalid_name',
      'lifecycle.repeated_status',
      'lifecycle.default_wrong_category',
      'lifecycle.default_wrong_category',
    ]);
    expect(domainErrorFrom(() => validateLifecycle(broken, namespaceStatuses)).message).toBe(problems[0]?.message);
  });
});

describe("a namespace's lifecycles", () => {
  const named = (count: number) => Array.from({ length: count }, (_, i) => ({ ...SYSTEM_LIFECYCLE, id: i + 1, name: `Lifecycle ${i + 1}` }));

  it(`number at most ${LIMITS.lifecyclesPerNamespace}`, () => {
    expect(() => validateNamespaceLifecycles(named(50))).not.toThrow();
    const error = domainErrorFrom(() => validateNamespaceLifecycles(named(51)));
    expect([error.kind, error.code, error.message]).toEqual(['limit', 'namespace.too_many_lifecycles', 'A namespace can only have a maximum of 50 lifecycles.']);
  });

  it('have names that differ ignoring case, and the message names both', () => {
    const lifecycles = [
      { ...SYSTEM_LIFECYCLE, id: 1, name: 'Review' },
      { ...SYSTEM_LIFECYCLE, id: 2, name: 'Intake' },
      { ...SYSTEM_LIFECYCLE, id: 3, name: ' review ' },
    ];
    const error = domainErrorFrom(() => validateNamespaceLifecycles(lifecycles));
    expect([error.kind, error.code]).toEqual(['conflict', 'lifecycle.name_taken']);
    expect(error.message).toBe("Lifecycles 'Review' and 'review' have the same name (names are compared ignoring case). Rename one of them.");
    expect(namespaceLifecycleProblems(lifecycles.slice(0, 2))).toEqual([]);
  });
});
