import { DomainError } from './errors.js';
import { findStatus, requireStatus, type ResolvedLifecycle } from './lifecycle.js';
import type { Viewer } from './principals.js';
import type { Stakeholder } from './stakeholder.js';
import { sameName } from './status-fields.js';
import type { Status, StatusId } from './statuses.js';
import type { TicketChange, TicketFacts } from './ticket-facts.js';
import { closeTicket, markDuplicate, reopenTicket, setStatus, type TicketSyncOptions } from './ticket-sync.js';
import { assertTransition, type TransitionTable } from './transitions.js';

/*
 * The one rule for moving a ticket's status (DOMAIN.md, "Transitions" and "State and status stay in
 * sync"):
 *
 * - A move made by hand — set a status, close, reopen, mark as duplicate — goes where the state↔status
 *   rule sends it, and is allowed only when the type's transition table lets the stakeholder the
 *   viewer acts as make that move. Always: the acting stakeholder is required, never optional, so no
 *   caller can skip the check for want of one.
 * - A move an action makes is the action's own: its `can` check already decided who may run it and
 *   on which ticket, and the type's table does not bind it. This is what lets a type keep a status for
 *   the work an action does (edit-person's Applied, anonymization's Anonymized, claim-wca-id's
 *   Approved: no hand move reaches them, so they always mean the work was really done). The action's
 *   status must still be one of the ticket's lifecycle, looked up by name ignoring case.
 *
 * Either way the state follows the new status's category and the log events say what changed.
 */

/** What is asked of the ticket. */
export type TicketMove =
  /** By hand: to this status of the lifecycle. */
  | { readonly kind: 'set_status'; readonly statusId: StatusId }
  /** By hand: to the default closed status, unless it already is on a closed one. */
  | { readonly kind: 'close' }
  /** By hand: to the default open status. */
  | { readonly kind: 'reopen' }
  /** By hand: to the default duplicate status, keeping the link to the original. */
  | { readonly kind: 'mark_duplicate'; readonly duplicateOfId: number }
  /** By an action whose `can` check allowed it: to the status it names. */
  | { readonly kind: 'action'; readonly actionTitle: string; readonly statusName: string };

export interface MoveRuleContext {
  readonly lifecycle: ResolvedLifecycle;
  /** The type's transition table; `{}` when it declares none (then every move is allowed). */
  readonly transitions: TransitionTable;
  /** The stakeholder the viewer acts as, resolved (`resolveActingAs`): active, and one they embody. */
  readonly actingAs: Stakeholder;
  readonly viewer: Viewer;
  readonly now: string;
  /** The ticket's current status when its lifecycle no longer has it, so refusals and logs can name it. */
  readonly currentStatus?: Status;
}

/**
 * Moves the ticket as asked: the new facts and log events (none when nothing changes), or a
 * `DomainError` — `forbidden` `transition.not_allowed` for a hand move the table refuses, `invalid`
 * `action.unknown_status` for an action naming a status its lifecycle lacks, and the state↔status
 * rules' own refusals (`ticket.already_closed`, `ticket.already_open`, …), which come first: telling
 * someone the ticket is already open helps more than telling them they may not reopen it.
 */
export function planTicketMove(facts: TicketFacts, move: TicketMove, context: MoveRuleContext): TicketChange {
  const change = stateStatusChange(facts, move, context);
  if (move.kind !== 'action' && change.facts.statusId !== facts.statusId) {
    assertTransition({
      table: context.transitions,
      from: movedFrom(facts, context),
      to: requireStatus(context.lifecycle, change.facts.statusId),
      actingAs: context.actingAs,
      viewer: context.viewer,
    });
  }
  return change;
}

function stateStatusChange(facts: TicketFacts, move: TicketMove, context: MoveRuleContext): TicketChange {
  const { lifecycle, now } = context;
  const options: TicketSyncOptions = context.currentStatus === undefined ? {} : { currentStatus: context.currentStatus };
  switch (move.kind) {
    case 'set_status':
      return setStatus(facts, move.statusId, lifecycle, now, options);
    case 'close':
      return closeTicket(facts, lifecycle, now, options);
    case 'reopen':
      return reopenTicket(facts, lifecycle, options);
    case 'mark_duplicate':
      return markDuplicate(facts, move.duplicateOfId, lifecycle, now, options);
    case 'action':
      return setStatus(facts, actionTarget(lifecycle, move).id, lifecycle, now, options);
  }
}

function actionTarget(lifecycle: ResolvedLifecycle, move: Extract<TicketMove, { kind: 'action' }>): Status {
  const target = lifecycle.statuses.find((status) => sameName(status.name, move.statusName));
  if (target !== undefined) return target;
  throw new DomainError(
    'invalid',
    'action.unknown_status',
    `Action '${move.actionTitle}' moves the ticket to '${move.statusName}', which its lifecycle '${lifecycle.name}' does not have.`,
    { status: move.statusName },
  );
}

/** The status the ticket leaves, named even when its lifecycle no longer has it. */
function movedFrom(facts: TicketFacts, context: MoveRuleContext): Pick<Status, 'id' | 'name'> {
  const known = findStatus(context.lifecycle, facts.statusId) ?? (context.currentStatus?.id === facts.statusId ? context.currentStatus : undefined);
  return known ?? { id: facts.statusId, name: `Status #${facts.statusId}` };
}
