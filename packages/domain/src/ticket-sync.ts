import {
  CATEGORIES,
  CATEGORY_ORDER,
  categoryMayBeDefaultFor,
  type DefaultRole,
  stateOfCategory,
  type TicketState,
} from './categories.js';
import { DomainError } from './errors.js';
import { defaultStatus, findStatus, requireStatus, type ResolvedLifecycle } from './lifecycle.js';
import type { LogEvent, StatusLabel } from './log-events.js';
import { type Status, type StatusId, stateOfStatus } from './statuses.js';
import { TicketFacts, type TicketChange } from './ticket-facts.js';

/*
 * State and status stay in sync (DOMAIN.md): every rule here moves the ticket to a status of its
 * lifecycle and lets the state follow that status's category. Each returns the new facts with the
 * log events describing exactly what changed; when nothing changed it returns the facts it was given
 * and no events, and the caller must then store nothing and not bump the ticket's version.
 *
 * A ticket may hold a status that is no longer part of its lifecycle (the lifecycle was edited, or
 * the ticket changed type). Its facts are taken as they are, and every move goes to a status of the
 * lifecycle.
 */

export interface TicketSyncOptions {
  /**
   * The ticket's current status when it is no longer part of the lifecycle, so the log can name the
   * status the ticket moved away from. Without it such a status is named by its id.
   */
  readonly currentStatus?: Status;
}

export interface CreateTicketInput {
  readonly id: number;
  /** The key of the ticket-type plugin. */
  readonly ticketType: string;
  readonly title: string;
  readonly lifecycle: ResolvedLifecycle;
  /** The status to start in; the lifecycle's default open status when left out. */
  readonly statusId?: StatusId;
  readonly now: string;
}

/** A new ticket's facts: it starts in the given status (or the default open one), its state following it. */
export function createTicket(input: CreateTicketInput): TicketChange {
  const id = requireTicketId(input.id, 'id');
  const now = requireTime(input.now);
  const status =
    input.statusId === undefined ? lifecycleDefault(input.lifecycle, 'open') : requireStatus(input.lifecycle, input.statusId);
  const state = stateOfStatus(status);
  const facts: TicketFacts = {
    id,
    state,
    statusId: status.id,
    duplicateOfId: null,
    closedAt: state === 'closed' ? now : null,
  };
  return {
    facts,
    events: [{ type: 'ticket.created', ticketType: input.ticketType, title: input.title, status: toLabel(status), state }],
  };
}

/**
 * Moves the ticket to a status of its lifecycle; the state follows the status's category (done and
 * canceled close the ticket, the others open it). A duplicate keeps its link to the ticket it
 * duplicates, so that information stays. Setting the current status changes nothing.
 */
export function setStatus(
  facts: TicketFacts,
  statusId: StatusId,
  lifecycle: ResolvedLifecycle,
  now: string,
  options: TicketSyncOptions = {},
): TicketChange {
  const target = requireStatus(lifecycle, statusId);
  return moveTo(facts, target, lifecycle, requireTime(now), options);
}

/**
 * Closes the ticket: its status becomes the lifecycle's default closed status, unless its current
 * status already is a closed one of the lifecycle (then only the state catches up).
 */
export function closeTicket(
  facts: TicketFacts,
  lifecycle: ResolvedLifecycle,
  now: string,
  options: TicketSyncOptions = {},
): TicketChange {
  if (facts.state === 'closed') {
    throw new DomainError(
      'precondition',
      'ticket.already_closed',
      `Ticket #${facts.id} is already closed. To record a different outcome, set another closed status instead.`,
      { ticketId: facts.id },
    );
  }
  const current = findStatus(lifecycle, facts.statusId);
  const target = current !== undefined && stateOfStatus(current) === 'closed' ? current : lifecycleDefault(lifecycle, 'closed');
  return moveTo(facts, target, lifecycle, requireTime(now), options);
}

/** Reopens the ticket in the lifecycle's default open status. */
export function reopenTicket(facts: TicketFacts, lifecycle: ResolvedLifecycle, options: TicketSyncOptions = {}): TicketChange {
  if (facts.state === 'open') {
    throw new DomainError(
      'precondition',
      'ticket.already_open',
      `Ticket #${facts.id} is already open. To move it to another step, set its status instead.`,
      { ticketId: facts.id },
    );
  }
  return moveTo(facts, lifecycleDefault(lifecycle, 'open'), lifecycle, undefined, options);
}

/**
 * Marks the ticket as a duplicate of another: it moves to the lifecycle's default duplicate status,
 * closes, and keeps the link. Marking it again as a duplicate of the same ticket while it is in
 * that status changes nothing.
 */
export function markDuplicate(
  facts: TicketFacts,
  duplicateOfId: number,
  lifecycle: ResolvedLifecycle,
  now: string,
  options: TicketSyncOptions = {},
): TicketChange {
  const originalId = requireTicketId(duplicateOfId, 'duplicateOfId');
  if (originalId === facts.id) {
    throw new DomainError(
      'invalid',
      'ticket.duplicate_of_itself',
      `Ticket #${facts.id} cannot be a duplicate of itself; choose the ticket it repeats.`,
      { ticketId: facts.id },
    );
  }
  const moved = moveTo(facts, lifecycleDefault(lifecycle, 'duplicate'), lifecycle, requireTime(now), options);
  if (moved.events.length === 0 && facts.duplicateOfId === originalId) return moved;
  // The mark is logged even when only the status moved, so the timeline says why it moved.
  return {
    facts: { ...moved.facts, duplicateOfId: originalId },
    events: [{ type: 'ticket.duplicate_marked', duplicateOfId: originalId }, ...moved.events],
  };
}

function moveTo(
  facts: TicketFacts,
  target: Status,
  lifecycle: ResolvedLifecycle,
  /** Needed only when the move closes the ticket. */
  now: string | undefined,
  options: TicketSyncOptions,
): TicketChange {
  const state = stateOfStatus(target);
  const events: LogEvent[] = [];
  if (target.id !== facts.statusId) {
    events.push({ type: 'ticket.status_changed', from: currentLabel(facts, lifecycle, options), to: toLabel(target) });
  }
  if (state !== facts.state) {
    events.push({ type: 'ticket.state_changed', from: facts.state, to: state });
  }
  if (events.length === 0) return { facts, events };
  return {
    facts: { ...facts, statusId: target.id, state, closedAt: closedAtAfter(facts, state, now) },
    events,
  };
}

/** A ticket that stays closed keeps the time it closed; one that closes now gets `now`. */
function closedAtAfter(facts: TicketFacts, state: TicketState, now: string | undefined): string | null {
  if (state === 'open') return null;
  if (facts.state === 'closed' && facts.closedAt !== null) return facts.closedAt;
  // Unreachable through the exported rules: only reopening omits the time, and it never closes.
  if (now === undefined) throw new Error('A move that closes a ticket needs the current time.');
  return now;
}

/**
 * The lifecycle's default for a role, refusing one in a category that cannot hold that role: a
 * default open status that closed the ticket would break the very rule it serves.
 */
function lifecycleDefault(lifecycle: ResolvedLifecycle, role: DefaultRole): Status {
  const status = defaultStatus(lifecycle, role);
  if (!categoryMayBeDefaultFor(status.category, role)) {
    throw new DomainError(
      'invalid',
      'lifecycle.invalid_default',
      `Lifecycle '${lifecycle.name}' has '${status.name}' (${CATEGORIES[status.category].label}) as its default ${role} status, which a status of that category cannot be; choose another default ${role} status for the lifecycle.`,
      { lifecycleId: lifecycle.id, role, statusId: status.id },
    );
  }
  return status;
}

function toLabel(status: Status): StatusLabel {
  return { id: status.id, name: status.name, category: status.category };
}

function currentLabel(facts: TicketFacts, lifecycle: ResolvedLifecycle, options: TicketSyncOptions): StatusLabel {
  const known =
    findStatus(lifecycle, facts.statusId) ??
    (options.currentStatus?.id === facts.statusId ? options.currentStatus : undefined);
  if (known !== undefined) return toLabel(known);
  // Nothing names the status any more: say which one it was and keep its state, the one fact we have.
  const category = CATEGORY_ORDER.find((candidate) => stateOfCategory(candidate) === facts.state) ?? 'to_do';
  return { id: facts.statusId, name: `Status #${facts.statusId}`, category };
}

function requireTicketId(id: number, field: string): number {
  if (!TicketFacts.shape.id.safeParse(id).success) {
    throw new DomainError('invalid', 'ticket.invalid_id', `'${String(id)}' is not a ticket number; give a positive whole number such as 123.`, {
      field,
      value: id,
    });
  }
  return id;
}

function requireTime(now: string): string {
  if (!TicketFacts.shape.closedAt.unwrap().safeParse(now).success) {
    throw new DomainError(
      'invalid',
      'ticket.invalid_time',
      `'${now}' is not a valid time; give an ISO 8601 timestamp such as 2025-03-01T10:00:00Z.`,
      { value: now },
    );
  }
  return now;
}
