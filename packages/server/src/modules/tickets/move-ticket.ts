import { planTicketMove, requireStatus, type TicketMove } from '@tickets/domain';
import type { AuthedContext } from '../../request/authed-context.js';
import { refusingField } from '../../input/invalid-fields.js';
import { moveContext } from './ticket-moves.js';
import { type MutationInput, runTicketMutation, type TicketSummary } from './ticket-mutation.js';
import { findVisibleTicket } from './ticket-store.js';

/**
 * A move made by hand (set a status, close, reopen, mark as duplicate), as the domain's move rule
 * (`planTicketMove`) decides it. A status id from the request is read as the client named it (a
 * system id after conversion is its copy) and must be one of the ticket's lifecycle; the original of
 * a duplicate must be a ticket the viewer can see.
 */
export function moveTicket(ctx: AuthedContext, input: MutationInput, move: TicketMove): Promise<TicketSummary> {
  return runTicketMutation(ctx, input, async (scope) => {
    if (move.kind === 'set_status') {
      const to = refusingField('statusId', () => requireStatus(scope.lifecycle, scope.catalog.statusIdAsNamed(move.statusId)));
      return planTicketMove(scope.facts, { kind: 'set_status', statusId: to.id }, moveContext(scope));
    }
    if (move.kind === 'mark_duplicate') {
      await findVisibleTicket(scope.tx, ctx.viewer, ctx.services.namespace.id, move.duplicateOfId);
      // The original named is the only input a duplicate's rules can refuse (the ticket itself, say).
      return refusingField('duplicateOfId', () => planTicketMove(scope.facts, move, moveContext(scope)));
    }
    return planTicketMove(scope.facts, move, moveContext(scope));
  });
}
