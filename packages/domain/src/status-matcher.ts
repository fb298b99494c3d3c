import { defaultStatus, type ResolvedLifecycle } from './lifecycle.js';
import { sameName } from './status-fields.js';
import { type Status, sortStatuses, stateOfStatus } from './statuses.js';

/**
 * The status a ticket takes when it moves to another type or namespace (and so to `target`). The
 * ticket keeps its state, so every candidate has the current status's state: first the status of
 * the same name, then the first of the same category, then the target's default for that state.
 */
export function matchStatus(current: Status, target: ResolvedLifecycle): Status {
  const state = stateOfStatus(current);
  // `statuses` is documented to be in lifecycle order; sorting again keeps "first" true for hand-built values.
  const candidates = sortStatuses(target.statuses);
  return (
    candidates.find((status) => sameName(status.name, current.name) && stateOfStatus(status) === state) ??
    candidates.find((status) => status.category === current.category) ??
    defaultStatus(target, state === 'open' ? 'open' : 'closed')
  );
}
