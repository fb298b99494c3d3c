import type { Category } from './categories.js';
import { DomainError } from './errors.js';
import { requireNamespaceStatus } from './namespace-statuses.js';
import type { Status, StatusId } from './statuses.js';
import { categoryWord } from './status-wording.js';

export interface StatusReorderPlan {
  readonly category: Category;
  /** Every status of the category, in the order given, each with its new position (0, 1, 2…). */
  readonly statuses: readonly Status[];
}

/**
 * Puts the statuses of one category in a new order. The list names each status of that category
 * exactly once: a partial list would leave the others' positions colliding with the new ones.
 */
export function planStatusReorder(namespaceStatuses: readonly Status[], order: readonly StatusId[]): StatusReorderPlan {
  const listed = order.map((statusId) => requireNamespaceStatus(namespaceStatuses, statusId));
  const [first] = listed;
  if (!first) throw new DomainError('invalid', 'status.reorder_empty', 'List the statuses to reorder.', { statusIds: [] });
  const category = first.category;
  const others = listed.filter((status) => status.category !== category);
  if (others.length > 0) {
    throw new DomainError(
      'invalid',
      'status.reorder_mixed_categories',
      `Reorder the statuses of one category at a time: '${first.name}' is in ${categoryWord(category)}, but ${others.map((s) => `'${s.name}' is in ${categoryWord(s.category)}`).join(', ')}.`,
      // The others' names as the sentence lists them (each in its own category, which a translation leaves out).
      { statusIds: [...order], name: first.name, category, others: others.map((s) => `'${s.name}'`).join(', '), otherCount: others.length },
    );
  }
  const missing = namespaceStatuses.filter((status) => status.category === category && !order.includes(status.id));
  if (missing.length > 0 || new Set(order).size !== order.length) {
    throw new DomainError(
      'invalid',
      'status.reorder_incomplete',
      `List every status of the category once, in the new order${missing.length > 0 ? `; missing: ${missing.map((s) => `'${s.name}'`).join(', ')}` : ''}.`,
      { statusIds: [...order], missing: missing.map((s) => s.id) },
    );
  }
  return { category, statuses: listed.map((status, position) => ({ ...status, position })) };
}
