import { defaultStatus, type ResolvedLifecycle } from './lifecycle.js';
import { sameName } from './status-fields.js';
import { type Status, sortStatuses, stateOfStatus } from './statuses.js';

export interface MatchOptions {
  /**
   * Whether the ticket is itself a duplicate: it has a link to the ticket it duplicates. Only such
   * a ticket may land on the target's default duplicate status by category or by default; any
   * other ticket reaches "Duplicate" only by being marked as one.
   */
  readonly isDuplicate?: boolean;
}

/**
 * The status a ticket takes when it moves to another type, namespace or lifecycle (and so to
 * `target`). The ticket keeps its state, so every candidate has the current status's state:
 * 1. the status of the same name (ignoring case);
 * 2. else one of the same category: for a duplicate, the target's default duplicate status when it
 *    is of that category; for any other ticket, the first of the category that is not the default
 *    duplicate status (landing there would say the ticket is a duplicate of something, which it is not);
 * 3. else the target's default for the state (for a closed duplicate, its default duplicate status).
 */
export function matchStatus(current: Status, target: ResolvedLifecycle, options: MatchOptions = {}): Status {
  const state = stateOfStatus(current);
  const duplicateDefault = defaultStatus(target, 'duplicate');
  // `statuses` is documented to be in lifecycle order; sorting again keeps "first" true for hand-built values.
  const candidates = sortStatuses(target.statuses);
  const namesake = candidates.find((status) => sameName(status.name, current.name) && stateOfStatus(status) === state);
  if (namesake) return namesake;
  if (options.isDuplicate) {
    if (duplicateDefault.category === current.category) return duplicateDefault;
    const sameCategory = candidates.find((status) => status.category === current.category);
    if (sameCategory) return sameCategory;
    return state === 'closed' ? duplicateDefault : defaultStatus(target, 'open');
  }
  return (
    candidates.find((status) => status.category === current.category && status.id !== duplicateDefault.id) ??
    defaultStatus(target, state === 'open' ? 'open' : 'closed')
  );
}
