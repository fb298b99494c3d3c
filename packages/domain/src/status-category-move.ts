import { DomainError } from './errors.js';
import type { StatusUpdatePlan } from './namespace-statuses.js';
import { categoryWord } from './status-wording.js';

/**
 * A status that moves to a category of the other state (e.g. from "to do" to "done") would have
 * to close or reopen every ticket on it. That is only allowed while no ticket uses it: otherwise
 * add a status in the wanted category, move the tickets there, and remove this one.
 */
export function assertCategoryMoveKeepsState(plan: StatusUpdatePlan, ticketsUsingIt: number): void {
  if (!plan.stateChange || ticketsUsingIt === 0) return;
  const { from, to } = plan.stateChange;
  throw new DomainError(
    'conflict',
    'status.state_change_in_use',
    `Cannot move status '${plan.status.name}' to the ${categoryWord(plan.status.category)} category: ${ticketsUsingIt} ${ticketsUsingIt === 1 ? 'ticket is' : 'tickets are'} on it and would change from ${from} to ${to}. Create a ${to} status instead, move the tickets to it, then remove '${plan.status.name}'.`,
    { statusId: plan.status.id, ticketsUsingIt, from, to, name: plan.status.name, category: plan.status.category },
  );
}
