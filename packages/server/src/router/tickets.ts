import {
  assertTransition,
  closeTicket,
  defaultStatus,
  markDuplicate,
  reopenTicket,
  requireStatus,
  setStatus,
  type Status,
  TicketTitle,
} from '@tickets/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { fileTicket } from '../modules/tickets/create-ticket.js';
import { loadTicketDetail } from '../modules/tickets/ticket-detail.js';
import type { MutationScope } from '../modules/tickets/ticket-mutation.js';
import { runTicketMutation } from '../modules/tickets/ticket-mutation.js';
import { findVisibleTicket } from '../modules/tickets/ticket-store.js';
import { currentStatusOf, transitionTableOf } from '../modules/tickets/ticket-moves.js';
import { refusingField } from '../trpc/invalid-fields.js';
import { authedProcedure } from '../trpc/trpc.js';
import { Id, MutationInput, TicketId } from './inputs.js';

/** The plugin's transition table decides whether the acting stakeholder may make this move. */
function checkMove(scope: MutationScope, to: Status): void {
  if (to.id === scope.row.status_id || !scope.actingAs) return;
  const from = currentStatusOf(scope.row, scope.catalog);
  assertTransition({ table: transitionTableOf(scope.ticketType), from, to, actingAs: scope.actingAs, viewer: scope.ctx.viewer });
}

export const ticketsRouter = {
  /** Files a ticket of a type for the signed-in user, who becomes its requester (and mails the team: `posts` budget). */
  create: authedProcedure
    .meta({ rateLimit: 'posts' })
    .input(
      z.object({
        type: z.string().min(1),
        title: TicketTitle,
        metadata: z.unknown().optional(),
      }),
    )
    .mutation(({ ctx, input }) => fileTicket(ctx, input)),

  /** A ticket with its stakeholders, lifecycle and what the viewer may do; NOT_FOUND when hidden. */
  get: authedProcedure.input(z.object({ ticketId: TicketId })).query(({ ctx, input }) => loadTicketDetail(ctx, input.ticketId)),

  /** Moves the ticket to a status of its lifecycle; the state follows the status's category. */
  setStatus: authedProcedure.input(MutationInput.extend({ statusId: Id })).mutation(({ ctx, input }) =>
    runTicketMutation(ctx, input, (scope) => {
      const to = refusingField('statusId', () => requireStatus(scope.lifecycle, scope.catalog.statusIdAsNamed(input.statusId)));
      checkMove(scope, to);
      return setStatus(scope.facts, to.id, scope.lifecycle, scope.now, currentStatusOption(scope));
    }),
  ),

  /** Closes the ticket: its status becomes the default closed one unless it already is a closed status. */
  close: authedProcedure.input(MutationInput).mutation(({ ctx, input }) =>
    runTicketMutation(ctx, input, (scope) => {
      const change = closeTicket(scope.facts, scope.lifecycle, scope.now, currentStatusOption(scope));
      checkMove(scope, requireStatus(scope.lifecycle, change.facts.statusId));
      return change;
    }),
  ),

  /** Reopens the ticket in the lifecycle's default open status. */
  reopen: authedProcedure.input(MutationInput).mutation(({ ctx, input }) =>
    runTicketMutation(ctx, input, (scope) => {
      checkMove(scope, defaultStatus(scope.lifecycle, 'open'));
      return reopenTicket(scope.facts, scope.lifecycle, currentStatusOption(scope));
    }),
  ),

  /** Marks the ticket as a duplicate of another one the viewer can see; it closes in the duplicate status. */
  markDuplicate: authedProcedure.input(MutationInput.extend({ duplicateOfId: TicketId })).mutation(({ ctx, input }) =>
    runTicketMutation(ctx, input, async (scope) => {
      await findVisibleTicket(scope.tx, ctx.viewer, ctx.services.namespace.id, input.duplicateOfId);
      checkMove(scope, defaultStatus(scope.lifecycle, 'duplicate'));
      return markDuplicate(scope.facts, input.duplicateOfId, scope.lifecycle, scope.now, currentStatusOption(scope));
    }),
  ),
} satisfies TRPCRouterRecord;

function currentStatusOption(scope: MutationScope): { currentStatus?: Status } {
  const current = scope.catalog.status(scope.row.status_id);
  return current ? { currentStatus: current } : {};
}
