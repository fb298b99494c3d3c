import type { Category, DefaultRole, TicketState } from '@tickets/domain';

/**
 * The five categories' labels, in display order. Typed against the domain, so a new category fails
 * to compile here; a test checks they match `CATEGORIES`. Kept as a type-checked copy because the
 * domain's values come with zod, which would double the widgets bundle for five words.
 */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  triage: 'Triage',
  to_do: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  canceled: 'Canceled',
};

export const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS) as Category[];

/** Each category's state, icon and the defaults it may hold: the same type-checked copy (tested against `CATEGORIES`). */
export const CATEGORY_FACTS: Readonly<Record<Category, { state: TicketState; icon: string; mayBeDefaultFor: readonly DefaultRole[] }>> = {
  triage: { state: 'open', icon: 'status-neutral', mayBeDefaultFor: ['open'] },
  to_do: { state: 'open', icon: 'status-waiting', mayBeDefaultFor: ['open'] },
  in_progress: { state: 'open', icon: 'status-running', mayBeDefaultFor: ['open'] },
  done: { state: 'closed', icon: 'status-success', mayBeDefaultFor: ['closed', 'duplicate'] },
  canceled: { state: 'closed', icon: 'status-cancelled', mayBeDefaultFor: ['closed', 'duplicate'] },
};
