import { findStatus, type ResolvedLifecycle } from './lifecycle.js';
import { matchStatus } from './status-matcher.js';
import type { Status } from './statuses.js';
import type { TicketChange, TicketFacts } from './ticket-facts.js';
import { setStatus } from './ticket-sync.js';

/**
 * A ticket moves to another lifecycle (its type was attached to another one): it keeps a status the
 * new lifecycle has, and otherwise takes the matching one (`matchStatus`; a duplicate is one with a
 * duplicate link). `facts` are the ticket as users see it, and `current` names its status
 * (`facts.statusId`), which the new lifecycle may lack. Returns the new facts and the status change
 * to log; the state never changes. No events: the ticket keeps its status.
 */
export function moveToLifecycle(facts: TicketFacts, current: Status, target: ResolvedLifecycle, now: string): TicketChange {
  if (current.id !== facts.statusId) {
    // A programming error, not a user's: the caller named another status than the ticket's.
    throw new Error(`Ticket #${facts.id} is on status #${facts.statusId}, not #${current.id}.`);
  }
  const next = findStatus(target, current.id) ?? matchStatus(current, target, { isDuplicate: facts.duplicateOfId !== null });
  return setStatus(facts, next.id, target, now, { currentStatus: current });
}
