import { z } from 'zod';

// The enums are marked pure and the lists the rules read are plain arrays, so a bundle that uses
// only the rules here leaves zod out (README, "In the browser").

/** A ticket's technical fact: is it open? Distinct from its business status on purpose. */
export const TicketState = /* @__PURE__ */ z.enum(['open', 'closed']);
export type TicketState = z.infer<typeof TicketState>;

const DEFAULT_ROLE_NAMES = ['open', 'closed', 'duplicate'] as const;
const CATEGORY_NAMES = ['triage', 'to_do', 'in_progress', 'done', 'canceled'] as const;

/** The three roles a lifecycle needs a default status for. */
export const DefaultRole = /* @__PURE__ */ z.enum(DEFAULT_ROLE_NAMES);
export type DefaultRole = z.infer<typeof DefaultRole>;

/** The default roles, in the order a lifecycle lists them (open, closed, duplicate). */
export const DEFAULT_ROLES: readonly DefaultRole[] = DEFAULT_ROLE_NAMES;

/** The five fixed categories, in display order. Not editable. */
export const Category = /* @__PURE__ */ z.enum(CATEGORY_NAMES);
export type Category = z.infer<typeof Category>;

export interface CategoryInfo {
  readonly category: Category;
  readonly label: string;
  readonly state: TicketState;
  readonly icon: string;
  /** Which lifecycle defaults a status of this category may hold. */
  readonly mayBeDefaultFor: readonly DefaultRole[];
}

export const CATEGORIES: Readonly<Record<Category, CategoryInfo>> = {
  triage: { category: 'triage', label: 'Triage', state: 'open', icon: 'status-neutral', mayBeDefaultFor: ['open'] },
  to_do: { category: 'to_do', label: 'To do', state: 'open', icon: 'status-waiting', mayBeDefaultFor: ['open'] },
  in_progress: {
    category: 'in_progress',
    label: 'In progress',
    state: 'open',
    icon: 'status-running',
    mayBeDefaultFor: ['open'],
  },
  done: { category: 'done', label: 'Done', state: 'closed', icon: 'status-success', mayBeDefaultFor: ['closed', 'duplicate'] },
  canceled: {
    category: 'canceled',
    label: 'Canceled',
    state: 'closed',
    icon: 'status-cancelled',
    mayBeDefaultFor: ['closed', 'duplicate'],
  },
};

/** Categories in display order (the order statuses are sorted by first). */
export const CATEGORY_ORDER: readonly Category[] = CATEGORY_NAMES;

export function stateOfCategory(category: Category): TicketState {
  return CATEGORIES[category].state;
}

export function categoryMayBeDefaultFor(category: Category, role: DefaultRole): boolean {
  return CATEGORIES[category].mayBeDefaultFor.includes(role);
}

/** The state a ticket holding a default of this role is in. */
export function stateOfDefaultRole(role: DefaultRole): TicketState {
  return role === 'open' ? 'open' : 'closed';
}
