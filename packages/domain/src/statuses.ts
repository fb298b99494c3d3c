import { z } from 'zod';
import { Category, CATEGORIES, CATEGORY_ORDER, type TicketState } from './categories.js';
import { HexColor } from './status-fields.js';

export const StatusId = z.number().int().positive();
export type StatusId = z.infer<typeof StatusId>;


export const Status = z.object({
  id: StatusId,
  name: z.string(),
  color: HexColor,
  description: z.string().nullable(),
  category: Category,
  /** Order within its category; ties broken by id. */
  position: z.number().int(),
  /** For a custom copy of a system-defined status: the system status it came from. */
  systemOrigin: StatusId.nullable(),
});
export type Status = z.infer<typeof Status>;

export function stateOfStatus(status: Pick<Status, 'category'>): TicketState {
  return CATEGORIES[status.category].state;
}

/** Lifecycle order: category, then position, then id. */
export function compareStatuses(a: Status, b: Status): number {
  return (
    CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
    a.position - b.position ||
    a.id - b.id
  );
}

export function sortStatuses(statuses: readonly Status[]): Status[] {
  return [...statuses].sort(compareStatuses);
}


/** The system-defined statuses, the same in every namespace that has not customised them. */
export const SYSTEM_STATUSES: readonly Status[] = [
  { id: 1, name: 'To do', color: '#737278', description: null, category: 'to_do', position: 0, systemOrigin: null },
  { id: 2, name: 'In progress', color: '#1f75cb', description: null, category: 'in_progress', position: 0, systemOrigin: null },
  { id: 3, name: 'Done', color: '#108548', description: null, category: 'done', position: 0, systemOrigin: null },
  { id: 4, name: "Won't do", color: '#dd2b0e', description: null, category: 'canceled', position: 0, systemOrigin: null },
  { id: 5, name: 'Duplicate', color: '#dd2b0e', description: null, category: 'canceled', position: 1, systemOrigin: null },
];
