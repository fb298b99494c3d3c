import { describe, expect, it } from 'vitest';
import {
  type Lifecycle,
  LIMITS,
  planNewStatus,
  planStatusUpdate,
  type Status,
  SYSTEM_LIFECYCLE,
  SYSTEM_STATUSES,
} from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { EDIT_PERSON_LIFECYCLE, editPersonStatuses, strayStatus } from './fixtures/lifecycles.js';
import { manyStatuses, status } from './fixtures/namespace-statuses.js';

const custom = [...Object.values(editPersonStatuses), strayStatus];
const namespace: Status[] = [...SYSTEM_STATUSES, ...custom];
const editPerson: Lifecycle = {
  id: EDIT_PERSON_LIFECYCLE.id,
  name: EDIT_PERSON_LIFECYCLE.name,
  statusIds: EDIT_PERSON_LIFECYCLE.statuses.map((s) => s.id),
  defaults: EDIT_PERSON_LIFECYCLE.defaults,
};
const lifecycles = [SYSTEM_LIFECYCLE, editPerson];
const input = { name: 'Waiting for proof', color: '#AB12CD', category: 'to_do' as const };

function nameError(name: string) {
  return domainErrorFrom(() => planNewStatus(namespace, { ...input, name }));
}

describe('adding a status', () => {
  it('gives the fields to insert: trimmed name, lower-case colour, no description, last in its category', () => {
    const planned = planNewStatus(namespace, { ...input, name: '  Waiting for proof ' });
    expect(planned).toEqual({ name: 'Waiting for proof', color: '#ab12cd', description: null, category: 'to_do', position: 1, systemOrigin: null });
    expect(planned).not.toHaveProperty('id');
  });

  it('goes after the last status of its category, or first in an empty one, unless a position is given', () => {
    const canceledPositions = namespace.filter((s) => s.category === 'canceled').map((s) => s.position);
    expect(planNewStatus(namespace, { ...input, category: 'canceled' }).position).toBeGreaterThan(Math.max(...canceledPositions));
    expect(planNewStatus(custom, { ...input, category: 'to_do' }).position).toBe(0);
    expect(planNewStatus(namespace, { ...input, position: -3 }).position).toBe(-3);
  });

  it('refuses a name that is empty after trimming, or longer than 32 characters', () => {
    expect(nameError('   ').message).toBe('A status name cannot be empty.');
    expect(planNewStatus(namespace, { ...input, name: ` ${'x'.repeat(32)} ` }).name).toHaveLength(32);
    const tooLong = nameError('x'.repeat(33));
    expect([tooLong.kind, tooLong.code, tooLong.message]).toEqual(['invalid', 'status.invalid_name', 'A status name can be at most 32 characters long.']);
  });

  it('refuses control characters in a name', () => {
    expect(nameError('Needs\tproof').message).toBe('A status name cannot contain control characters (such as line breaks or tabs).');
  });

  it('refuses a quote or backtick at either end of a name, but not inside', () => {
    for (const name of ['"Waiting', "Waiting'", '`Waiting', 'Waiting`']) {
      expect(nameError(name).message).toBe('A status name cannot start or end with a quote or a backtick.');
    }
    expect(planNewStatus(namespace, { ...input, name: "Can't proceed" }).name).toBe("Can't proceed");
  });

  it('refuses a name the namespace already has, ignoring case, naming the existing status', () => {
    const error = nameError(' blocked ');
    expect([error.kind, error.code]).toEqual(['conflict', 'status.name_taken']);
    expect(error.message).toBe("This namespace already has a status named 'Blocked' (names are compared ignoring case). Choose another name.");
    expect(nameError('TO DO').message).toContain("'To do'");
  });

  it('needs a colour written as #rrggbb', () => {
    const error = domainErrorFrom(() => planNewStatus(namespace, { ...input, color: 'teal' }));
    expect([error.kind, error.code, error.message]).toEqual(['invalid', 'status.invalid_color', 'A colour must be written as #rrggbb, for example #1f75cb.']);
    expect(() => planNewStatus(namespace, { ...input, color: '#ab12c' })).toThrow('#rrggbb');
  });

  it('allows a description of up to 128 characters, and treats a blank one as none', () => {
    expect(planNewStatus(namespace, { ...input, description: 'd'.repeat(128) }).description).toHaveLength(128);
    expect(planNewStatus(namespace, { ...input, description: '   ' }).description).toBeNull();
    const error = domainErrorFrom(() => planNewStatus(namespace, { ...input, description: 'd'.repeat(129) }));
    expect([error.code, error.message]).toEqual(['status.invalid_description', 'A status description can be at most 128 characters long.']);
  });

  it(`allows at most ${LIMITS.statusesPerNamespace} statuses in a namespace`, () => {
    expect(planNewStatus(manyStatuses(69), input).name).toBe(input.name);
    const error = domainErrorFrom(() => planNewStatus(manyStatuses(70), input));
    expect([error.kind, error.code, error.message]).toEqual(['limit', 'namespace.too_many_statuses', 'A namespace can only have a maximum of 70 statuses.']);
  });

  it('leaves the namespace it was given untouched', () => {
    const before = structuredClone(namespace);
    planNewStatus(namespace, input);
    expect(namespace).toEqual(before);
  });
});

describe('changing a status', () => {
  const { underReview, applied, rejected } = editPersonStatuses;

  it('renames, recolours and describes with the same rules as adding', () => {
    const { status: changed } = planStatusUpdate(namespace, underReview.id, { name: ' In review ', color: '#00FF00', description: 'Checked by WRT' }, lifecycles);
    expect(changed).toEqual({ ...underReview, name: 'In review', color: '#00ff00', description: 'Checked by WRT' });
    expect(() => planStatusUpdate(namespace, underReview.id, { name: '`In review' }, lifecycles)).toThrow('quote or a backtick');
    expect(() => planStatusUpdate(namespace, underReview.id, { color: 'green' }, lifecycles)).toThrow('#rrggbb');
    expect(() => planStatusUpdate(namespace, underReview.id, { description: 'd'.repeat(129) }, lifecycles)).toThrow('at most 128');
    expect(planStatusUpdate(namespace, underReview.id, { description: null }, lifecycles).status.description).toBeNull();
  });

  it('may change the case of its own name, but not take another status name', () => {
    expect(planStatusUpdate(namespace, underReview.id, { name: 'UNDER REVIEW' }, lifecycles).status.name).toBe('UNDER REVIEW');
    const error = domainErrorFrom(() => planStatusUpdate(namespace, underReview.id, { name: 'applied' }, lifecycles));
    expect([error.kind, error.message]).toEqual(['conflict', "This namespace already has a status named 'Applied' (names are compared ignoring case). Choose another name."]);
  });

  it('reports a status that does not exist', () => {
    const error = domainErrorFrom(() => planStatusUpdate(namespace, 4242, { name: 'x' }, lifecycles));
    expect([error.kind, error.message]).toEqual(['not_found', 'Status #4242 does not exist in this namespace.']);
  });

  it('refuses to edit a system-defined status in place: the namespace converts to custom statuses first', () => {
    const error = domainErrorFrom(() => planStatusUpdate(namespace, 1, { name: 'Backlog' }, lifecycles));
    expect([error.kind, error.code]).toEqual(['precondition', 'status.system_defined']);
    expect(error.message).toBe("Status 'To do' is system-defined. Convert the namespace to custom statuses first, then edit its copy.");
  });

  it('moves to another category, last there unless a position is given', () => {
    const { status: moved, stateChange } = planStatusUpdate(namespace, strayStatus.id, { category: 'to_do' }, lifecycles);
    expect(moved.category).toBe('to_do');
    expect(moved.position).toBe(1);
    expect(stateChange).toBeNull();
    expect(planStatusUpdate(namespace, strayStatus.id, { category: 'to_do', position: 0 }, lifecycles).status.position).toBe(0);
  });

  it('reports that tickets change state when a status moves to a category of the other state', () => {
    const { stateChange } = planStatusUpdate(namespace, strayStatus.id, { category: 'canceled' }, lifecycles);
    expect(stateChange).toEqual({ from: 'open', to: 'closed' });
    expect(planStatusUpdate(namespace, underReview.id, { category: 'done' }, lifecycles).stateChange).toEqual({ from: 'open', to: 'closed' });
  });

  it('keeps a default in a category that may hold it: done ↔ canceled is fine, done → in progress is not', () => {
    expect(planStatusUpdate(namespace, applied.id, { category: 'canceled' }, lifecycles).stateChange).toBeNull();
    const error = domainErrorFrom(() => planStatusUpdate(namespace, applied.id, { category: 'in_progress' }, lifecycles));
    expect([error.kind, error.code]).toEqual(['conflict', 'status.default_category_change']);
    expect(error.message).toBe(
      "Cannot move status 'Applied' to the in progress category because it is the default closed status of lifecycle 'Edit person'. Choose another default closed status for that lifecycle first.",
    );
    // Not a default anywhere: free to move across states.
    expect(planStatusUpdate(namespace, rejected.id, { category: 'to_do' }, lifecycles).stateChange).toEqual({ from: 'closed', to: 'open' });
  });

  it('checks every lifecycle the status is a default of', () => {
    const other: Lifecycle = { id: 12, name: 'Claims', statusIds: [1005, 1004, 1099], defaults: { open: 1099, closed: 1004, duplicate: 1005 } };
    const error = domainErrorFrom(() => planStatusUpdate(namespace, rejected.id, { category: 'to_do' }, [...lifecycles, other]));
    expect(error.message).toContain("default closed status of lifecycle 'Claims'");
    const triaged = status(1200, 'Triaged', 'triage');
    expect(planStatusUpdate([...namespace, triaged], triaged.id, { category: 'done' }, lifecycles).status.category).toBe('done');
  });
});
