import type { Category } from '@tickets/domain';

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
