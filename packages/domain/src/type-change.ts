import { DomainError } from './errors.js';
import type { ResolvedLifecycle } from './lifecycle.js';
import type { StakeholderLabel, TypeLabel } from './log-events.js';
import type { Viewer } from './principals.js';
import type { Stakeholder } from './stakeholder.js';
import { matchStatus } from './status-matcher.js';
import type { Status } from './statuses.js';
import type { TicketChange, TicketFacts } from './ticket-facts.js';
import { setStatus } from './ticket-sync.js';

/**
 * Who may move a ticket to another type: the people working on it (acting as an active assigned
 * stakeholder) and site admins. `true`, or why not in words a person reads.
 */
export function canChangeType(viewer: Viewer, actingAs: Stakeholder | null): true | string {
  if (viewer.isSiteAdmin) return true;
  if (actingAs !== null && actingAs.isActive && actingAs.connection === 'assigned') return true;
  return 'Only the people working on this ticket (its assigned stakeholders) and site admins can move it to another type.';
}

export interface TypeChange {
  readonly from: TypeLabel;
  readonly to: TypeLabel;
  /** The old type's metadata, kept in the log entry. */
  readonly previousMetadata: unknown;
  /** The new type's starting stakeholders the ticket does not have yet (the caller adds them). */
  readonly added: readonly StakeholderLabel[];
}

/**
 * Moves a ticket to another type (a contact request that is really a profile correction): the state
 * is kept and the status is the target lifecycle's of the same name and state, else of the same
 * category, else its default for the state (`matchStatus`). One log entry records it all.
 */
export function planTypeChange(facts: TicketFacts, current: Status, target: ResolvedLifecycle, change: TypeChange, now: string): TicketChange {
  if (change.from.type === change.to.type) {
    throw new DomainError('invalid', 'ticket.same_type', `Ticket #${facts.id} is a ${change.to.title} ticket already.`, { ticketId: facts.id, type: change.to.type });
  }
  const next = matchStatus(current, target, { isDuplicate: facts.duplicateOfId !== null });
  const moved = setStatus(facts, next.id, target, now, { currentStatus: current });
  const status = next.id === current.id ? null : { from: { id: current.id, name: current.name, category: current.category }, to: { id: next.id, name: next.name, category: next.category } };
  return {
    facts: moved.facts,
    events: [
      {
        type: 'ticket.type_changed',
        from: change.from,
        to: change.to,
        previousMetadata: JSON.parse(JSON.stringify(change.previousMetadata ?? null)),
        status,
        added: [...change.added],
      },
    ],
  };
}
