import { CATEGORIES, CATEGORY_ORDER, type Category, type DefaultRole, categoryMayBeDefaultFor } from './categories.js';
import type { Status } from './statuses.js';
import { listAlternatives } from './stakeholder-wording.js';

/** A category as it reads inside a sentence: "in progress". */
export function categoryWord(category: Category): string {
  return CATEGORIES[category].label.toLocaleLowerCase('en');
}

/** A status named with its category, so two statuses of the same name can be told apart: "'Applied' (done)". */
export function describeStatusForPeople(status: Pick<Status, 'name' | 'category'>): string {
  return `'${status.name}' (${categoryWord(status.category)})`;
}

/** "default open", "default closed", "default duplicate". */
export function defaultRoleWord(role: DefaultRole): string {
  return `default ${role}`;
}

/** The categories that may hold a default, as a person reads them: "done or canceled". */
export function categoriesAllowedFor(role: DefaultRole): string {
  return listAlternatives(CATEGORY_ORDER.filter((category) => categoryMayBeDefaultFor(category, role)).map(categoryWord));
}
