import { describe, expect, it } from 'vitest';
import {
  installedLifecycle,
  installedLifecycleName,
  LIMITS,
  validateNamespaceLifecycles,
  planLifecycleInstall,
  type PluginLifecycleInput,
  type Status,
  SYSTEM_STATUSES,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { manyStatuses, status } from './fixtures/namespace-statuses.js';

/** Edit-person's lifecycle as its plugin ships it: Requested → Under review → Applied / Rejected / Duplicate. */
const editPerson: PluginLifecycleInput = {
  statuses: [
    { name: 'Requested', category: 'triage', color: '#737278', description: 'Waiting for the results team' },
    { name: 'Under review', category: 'in_progress', color: '#1F75CB' },
    { name: 'Applied', category: 'done', color: '#108548' },
    { name: 'Rejected', category: 'canceled', color: '#dd2b0e' },
    { name: 'Duplicate', category: 'canceled', color: '#dd2b0e' },
  ],
  defaults: { open: 'Requested', closed: 'Applied', duplicate: 'Duplicate' },
};

function withStatuses(statuses: PluginLifecycleInput['statuses'], defaults = editPerson.defaults): PluginLifecycleInput {
  return { statuses, defaults };
}

/** `count` extra plugin statuses in the to-do category, named so they never clash. */
function extraStatuses(count: number) {
  return Array.from({ length: count }, (_, i) => ({ name: `Extra ${i + 1}`, category: 'to_do' as const, color: '#000000' }));
}

describe('installing a plugin lifecycle in a namespace', () => {
  it('shares a namespace status of the same name and category, and creates the others', () => {
    const plan = planLifecycleInstall(editPerson, SYSTEM_STATUSES);
    expect(plan.reuse.map((s) => s.name)).toEqual(['Duplicate']);
    expect(plan.create.map((s) => s.name)).toEqual(['Requested', 'Under review', 'Applied', 'Rejected']);
    expect(plan.create[0]).toEqual({
      name: 'Requested',
      color: '#737278',
      description: 'Waiting for the results team',
      category: 'triage',
      position: 0,
      systemOrigin: null,
    });
    expect(plan.create[1]?.color).toBe('#1f75cb');
    expect(plan.defaults).toEqual({ open: 'Requested', closed: 'Applied', duplicate: 'Duplicate' });
  });

  it('places created statuses after the namespace statuses of their category', () => {
    const plan = planLifecycleInstall(editPerson, SYSTEM_STATUSES);
    // Won't do (0) and Duplicate (1) are already in canceled; Rejected goes after them.
    expect(plan.create.find((s) => s.name === 'Rejected')?.position).toBe(2);
    expect(plan.create.find((s) => s.name === 'Applied')?.position).toBe(1);
  });

  it('matches names ignoring case, and names defaults as the namespace spells them', () => {
    const applied = status(1003, 'APPLIED', 'done');
    const plan = planLifecycleInstall(editPerson, [...SYSTEM_STATUSES, applied]);
    expect(plan.reuse).toContainEqual(applied);
    expect(plan.defaults.closed).toBe('APPLIED');
  });

  it('refuses a namespace status of the same name in another category, naming both', () => {
    const error = domainErrorFrom(() => planLifecycleInstall(editPerson, [...SYSTEM_STATUSES, status(1003, 'Applied', 'in_progress')]));
    expect([error.kind, error.code]).toEqual(['conflict', 'lifecycle_install.name_clash']);
    expect(error.message).toBe(
      "The ticket type's status 'Applied' (done) clashes with the namespace's status 'Applied' (in progress). Rename the namespace's status or move it to the done category, then use the ticket type again.",
    );
  });

  it('checks the names, colours and descriptions the plugin declares', () => {
    const cases: [Partial<PluginLifecycleInput['statuses'][number]>, string][] = [
      [{ name: '   ' }, 'A status name cannot be empty.'],
      [{ name: 'x'.repeat(33) }, 'A status name can be at most 32 characters long.'],
      [{ name: 'Under\nreview' }, 'A status name cannot contain control characters (such as line breaks or tabs).'],
      [{ name: '`Under review`' }, 'A status name cannot start or end with a quote or a backtick.'],
      [{ color: 'blue' }, 'A colour must be written as #rrggbb, for example #1f75cb.'],
      [{ description: 'd'.repeat(129) }, 'A status description can be at most 128 characters long.'],
    ];
    for (const [change, message] of cases) {
      const statuses = editPerson.statuses.map((s) => (s.name === 'Under review' ? { ...s, ...change } : s));
      const error = domainErrorFrom(() => planLifecycleInstall(withStatuses(statuses), SYSTEM_STATUSES));
      expect([error.kind, error.code]).toEqual(['invalid', 'lifecycle_install.invalid']);
      expect(error.message).toMatch(/^The ticket type's lifecycle is not valid \(at statuses\.1\.\w+\): /);
      expect(error.message).toContain(message);
    }
    const trimmed = editPerson.statuses.map((s) => (s.name === 'Under review' ? { ...s, name: ` ${'x'.repeat(32)} `, description: 'd'.repeat(128) } : s));
    expect(planLifecycleInstall(withStatuses(trimmed), SYSTEM_STATUSES).create[1]?.name).toBe('x'.repeat(32));
  });

  it('refuses the same status twice in the lifecycle, ignoring case', () => {
    const error = domainErrorFrom(() => planLifecycleInstall(withStatuses([...editPerson.statuses, { name: 'under REVIEW', category: 'to_do', color: '#000000' }]), SYSTEM_STATUSES));
    expect(error.message).toBe("The ticket type's lifecycle lists status 'under REVIEW' more than once (names are compared ignoring case). List each status once.");
  });

  it(`allows at most ${LIMITS.statusesPerLifecycle} statuses in the lifecycle`, () => {
    expect(planLifecycleInstall(withStatuses([...editPerson.statuses, ...extraStatuses(25)]), SYSTEM_STATUSES).create).toHaveLength(29);
    const error = domainErrorFrom(() => planLifecycleInstall(withStatuses([...editPerson.statuses, ...extraStatuses(26)]), SYSTEM_STATUSES));
    expect([error.kind, error.message]).toEqual(['limit', 'Lifecycle can only have a maximum of 30 statuses.']);
  });

  it('needs each default to be one of its statuses, in a category that may hold it', () => {
    const unknown = domainErrorFrom(() => planLifecycleInstall({ ...editPerson, defaults: { ...editPerson.defaults, closed: 'Closed' } }, SYSTEM_STATUSES));
    expect(unknown.message).toBe(
      "The ticket type's default closed status 'Closed' is not one of its statuses. Add it to the lifecycle or choose one of: Requested, Under review, Applied, Rejected, Duplicate.",
    );
    const wrong = domainErrorFrom(() => planLifecycleInstall({ ...editPerson, defaults: { ...editPerson.defaults, duplicate: 'Under review' } }, SYSTEM_STATUSES));
    expect([wrong.kind, wrong.code, wrong.message]).toEqual([
      'invalid',
      'lifecycle.default_wrong_category',
      "The ticket type's status 'Under review' (in progress) cannot be its default duplicate status: it must be a status in the done or canceled category.",
    ]);
    const open = domainErrorFrom(() => planLifecycleInstall({ ...editPerson, defaults: { ...editPerson.defaults, open: 'Rejected' } }, SYSTEM_STATUSES));
    expect(open.message).toContain('must be a status in the triage, to do or in progress category');
  });

  it(`keeps the namespace at ${LIMITS.statusesPerNamespace} statuses at most; shared statuses do not count`, () => {
    // Edit-person creates 5 statuses in a namespace without any of them.
    expect(planLifecycleInstall(editPerson, manyStatuses(65)).create).toHaveLength(5);
    const error = domainErrorFrom(() => planLifecycleInstall(editPerson, manyStatuses(66)));
    expect([error.kind, error.code]).toEqual(['limit', 'namespace.too_many_statuses']);
    expect(error.message).toBe(
      "A namespace can only have a maximum of 70 statuses. This ticket type's lifecycle needs 5 new statuses and the namespace already has 66.",
    );
    const withDuplicate = [...manyStatuses(65), status(1005, 'duplicate', 'canceled')];
    expect(planLifecycleInstall(editPerson, withDuplicate).create).toHaveLength(4);
  });
});

describe('the installed lifecycle', () => {
  it('points at the shared and the created statuses once they have ids, and validates', () => {
    const plan = planLifecycleInstall(editPerson, SYSTEM_STATUSES);
    const created: Status[] = plan.create.map((s, i) => ({ ...s, id: 2001 + i }));
    const lifecycle = installedLifecycle(plan, created, { id: 8, name: ' Edit person ' });
    expect(lifecycle.name).toBe('Edit person');
    expect(lifecycle.statusIds.toSorted((a, b) => a - b)).toEqual([5, 2001, 2002, 2003, 2004]);
    const nameOf = (id: number) => [...SYSTEM_STATUSES, ...created].find((s) => s.id === id)?.name;
    expect([lifecycle.defaults.open, lifecycle.defaults.closed, lifecycle.defaults.duplicate].map(nameOf)).toEqual(['Requested', 'Applied', 'Duplicate']);
  });

  it('refuses when a planned status was not created', () => {
    const plan = planLifecycleInstall(editPerson, SYSTEM_STATUSES);
    const created: Status[] = plan.create.slice(0, 3).map((s, i) => ({ ...s, id: 2001 + i }));
    const error = domainErrorFrom(() => installedLifecycle(plan, created, { id: 8, name: 'Edit person' }));
    expect(error.message).toBe("Status 'Rejected' of the installed lifecycle was not created. Install the lifecycle again.");
  });
});

describe('the name of the installed lifecycle', () => {
  const named = (...names: string[]) => names.map((name) => ({ name }));

  it("is the type's title, numbered when the namespace already has a lifecycle so named", () => {
    expect(installedLifecycleName('Edit person', named('Default'))).toBe('Edit person');
    expect(installedLifecycleName('Edit person', named('Default', 'edit PERSON', 'Edit person (2)'))).toBe('Edit person (3)');
  });

  // The server compared lower-cased names without trimming; the domain's own rule (`sameName`)
  // wins, so the installed name never clashes with one the namespace rules would call the same.
  it('counts a name as taken the way the lifecycle rules do', () => {
    const existing = [{ id: 1, name: ' Edit person ', statusIds: [1, 3, 5], defaults: { open: 1, closed: 3, duplicate: 5 } }];
    const name = installedLifecycleName('Edit person', existing);
    expect(name).toBe('Edit person (2)');
    expect(() => validateNamespaceLifecycles([...existing, { ...existing[0]!, id: 2, name }])).not.toThrow();
  });

  it(`stays within ${LIMITS.lifecycleNameMaxLength} characters, numbered or not`, () => {
    const title = 'A'.repeat(80);
    expect(installedLifecycleName(title, [])).toHaveLength(LIMITS.lifecycleNameMaxLength);
    expect(installedLifecycleName(title, named('A'.repeat(64))).length).toBeLessThanOrEqual(LIMITS.lifecycleNameMaxLength);
  });
});

