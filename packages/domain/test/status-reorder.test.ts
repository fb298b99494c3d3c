import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Category, planStatusReorder, sortStatuses, type Status } from '../src/index.js';
import { domainErrorFrom } from './fixtures/domain-errors.js';
import { manyStatuses, status } from './fixtures/namespace-statuses.js';

const queued = status(1011, 'Queued', 'triage', 0);
const fresh = status(1012, 'New', 'triage', 1);
const requested = status(1013, 'Requested', 'triage', 2);
const open = status(1014, 'Open', 'to_do', 0);
const namespace: Status[] = [queued, fresh, requested, open];

describe('reordering the statuses of a category', () => {
  it('gives each status its place in the list as its position', () => {
    const plan = planStatusReorder(namespace, [fresh.id, queued.id, requested.id]);
    expect(plan.category).toBe('triage');
    expect(plan.statuses.map((s) => [s.name, s.position])).toEqual([
      ['New', 0],
      ['Queued', 1],
      ['Requested', 2],
    ]);
  });

  it('refuses statuses of two categories, naming where each is', () => {
    const error = domainErrorFrom(() => planStatusReorder(namespace, [queued.id, open.id]));
    expect([error.kind, error.code, error.message]).toEqual([
      'invalid',
      'status.reorder_mixed_categories',
      "Reorder the statuses of one category at a time: 'Queued' is in triage, but 'Open' is in to do.",
    ]);
  });

  it('refuses a list that leaves a status of the category out, naming it', () => {
    const error = domainErrorFrom(() => planStatusReorder(namespace, [queued.id, requested.id]));
    expect([error.kind, error.code, error.message]).toEqual(['invalid', 'status.reorder_incomplete', "List every status of the category once, in the new order; missing: 'New'."]);
    expect(error.details).toMatchObject({ missing: [fresh.id] });
  });

  it('refuses a status listed twice', () => {
    const error = domainErrorFrom(() => planStatusReorder([open], [open.id, open.id]));
    expect([error.code, error.message]).toEqual(['status.reorder_incomplete', 'List every status of the category once, in the new order.']);
  });

  it('refuses an empty list and a status the namespace does not have', () => {
    expect(domainErrorFrom(() => planStatusReorder(namespace, [])).code).toBe('status.reorder_empty');
    const unknown = domainErrorFrom(() => planStatusReorder(namespace, [queued.id, 4242]));
    expect([unknown.kind, unknown.code, unknown.message]).toEqual(['not_found', 'status.not_found', 'Status #4242 does not exist in this namespace.']);
  });

  it('does not change the statuses it was given', () => {
    const before = structuredClone(namespace);
    planStatusReorder(namespace, [requested.id, fresh.id, queued.id]);
    expect(namespace).toEqual(before);
  });
});

/** A namespace of 1–20 statuses in random categories and positions, and one of its categories. */
const namespaceArbitrary = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...Category.options), fc.nat({ max: 5 })), { minLength: 1, maxLength: 20 }))
  .map(([drafts]) => manyStatuses(drafts.length).map((s, index) => ({ ...s, category: drafts[index]![0], position: drafts[index]![1] })))
  .chain((statuses) => fc.tuple(fc.constant(statuses), fc.constantFrom(...statuses.map((s) => s.category))));

describe('any reorder', () => {
  it('of a whole category keeps the same statuses, in exactly the order given', () => {
    fc.assert(
      fc.property(
        namespaceArbitrary.chain(([statuses, category]) =>
          fc.tuple(fc.constant(statuses), fc.shuffledSubarray(statuses.filter((s) => s.category === category).map((s) => s.id), { minLength: statuses.filter((s) => s.category === category).length })),
        ),
        ([statuses, order]) => {
          const plan = planStatusReorder(statuses, order);
          const before = new Map(statuses.map((s) => [s.id, s]));
          expect(new Set(plan.statuses.map((s) => s.id))).toEqual(new Set(statuses.filter((s) => s.category === plan.category).map((s) => s.id)));
          // Nothing but the position changes.
          expect(plan.statuses.map((s) => ({ ...s, position: before.get(s.id)!.position }))).toEqual(order.map((id) => before.get(id)));
          // The positions put them in the order given, whatever the other categories hold.
          const others = statuses.filter((s) => s.category !== plan.category);
          expect(sortStatuses([...others, ...plan.statuses]).filter((s) => s.category === plan.category).map((s) => s.id)).toEqual(order);
        },
      ),
    );
  });

  it('that is not a whole category, once each, is refused', () => {
    fc.assert(
      fc.property(
        namespaceArbitrary.chain(([statuses]) => fc.tuple(fc.constant(statuses), fc.array(fc.constantFrom(...statuses.map((s) => s.id)), { minLength: 1, maxLength: 25 }))),
        ([statuses, order]) => {
          const category = statuses.find((s) => s.id === order[0])!.category;
          const whole = statuses.filter((s) => s.category === category).map((s) => s.id);
          fc.pre(order.length !== whole.length || !whole.every((id) => order.includes(id)));
          expect(domainErrorFrom(() => planStatusReorder(statuses, order)).kind).toBe('invalid');
        },
      ),
    );
  });
});
