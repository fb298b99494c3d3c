import { allowedTargets, type MoveRuleContext, type ResolvedLifecycle, type Stakeholder, type Status, type TransitionTable, type Viewer } from '@tickets/domain';
import type { TicketTypeDefinition } from '@tickets/plugin-kit';
import type { StatusCatalog } from '../statuses/status-catalog.js';
import { requireActingStakeholder } from './acting-stakeholder.js';
import type { MutationScope } from './ticket-mutation.js';
import type { TicketRow } from '../../db/rows/tickets-row.js';

/*
 * The one place the API feeds the domain's transition rules: which status a ticket moves from and
 * which table applies. The detail page, `statuses.allowed` and the status changes all go through
 * here, so what a client is offered is exactly what a change would accept.
 */

/** The ticket's current status as the transition rules name it, even when the catalog no longer has it. */
export function currentStatusOf(row: Pick<TicketRow, 'status_id'>, catalog: StatusCatalog): Pick<Status, 'id' | 'name'> {
  return catalog.status(row.status_id) ?? { id: row.status_id, name: `Status #${row.status_id}` };
}

/** The type's transition table; a type that declares none (or is no longer installed) allows every move. */
export function transitionTableOf(ticketType: TicketTypeDefinition | undefined): TransitionTable {
  return ticketType?.transitions ?? {};
}

export interface TicketMoveContext {
  row: Pick<TicketRow, 'status_id'>;
  catalog: StatusCatalog;
  lifecycle: ResolvedLifecycle;
  ticketType: TicketTypeDefinition | undefined;
  viewer: Viewer;
}

/** The statuses of the ticket's lifecycle, in lifecycle order, the viewer may move it to acting as this stakeholder. */
export function allowedMoves(context: TicketMoveContext, actingAs: Stakeholder): Status[] {
  return allowedTargets({
    table: transitionTableOf(context.ticketType),
    lifecycle: context.lifecycle,
    from: currentStatusOf(context.row, context.catalog),
    actingAs,
    viewer: context.viewer,
  });
}

/** What the domain's move rule (`planTicketMove`) needs to know about a change in progress. */
export function moveContext(scope: MutationScope): MoveRuleContext {
  const current = scope.catalog.status(scope.row.status_id);
  return {
    lifecycle: scope.lifecycle,
    transitions: transitionTableOf(scope.ticketType),
    actingAs: requireActingStakeholder(scope),
    viewer: scope.ctx.viewer,
    now: scope.now,
    ...(current ? { currentStatus: current } : {}),
  };
}
