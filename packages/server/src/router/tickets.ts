import { TicketTitle } from '@tickets/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { changeTicketType } from '../modules/tickets/change-type.js';
import { fileTicket } from '../modules/tickets/create-ticket.js';
import { loadTicketDetail } from '../modules/tickets/ticket-detail.js';
import { moveTicket } from '../modules/tickets/move-ticket.js';
import { authedProcedure } from '../trpc/trpc.js';
import { Id, MutationInput, TicketId } from './inputs.js';

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
  setStatus: authedProcedure
    .input(MutationInput.extend({ statusId: Id }))
    .mutation(({ ctx, input }) => moveTicket(ctx, input, { kind: 'set_status', statusId: input.statusId })),

  /** Closes the ticket: its status becomes the default closed one unless it already is a closed status. */
  close: authedProcedure.input(MutationInput).mutation(({ ctx, input }) => moveTicket(ctx, input, { kind: 'close' })),

  /** Reopens the ticket in the lifecycle's default open status. */
  reopen: authedProcedure.input(MutationInput).mutation(({ ctx, input }) => moveTicket(ctx, input, { kind: 'reopen' })),

  /** Marks the ticket as a duplicate of another one the viewer can see; it closes in the duplicate status. */
  markDuplicate: authedProcedure
    .input(MutationInput.extend({ duplicateOfId: TicketId }))
    .mutation(({ ctx, input }) => moveTicket(ctx, input, { kind: 'mark_duplicate', duplicateOfId: input.duplicateOfId })),

  /**
   * Moves the ticket to another type that takes tickets of its type (the people working on it and
   * site admins): the state is kept, the status follows, the new type's starting stakeholders join,
   * and one log entry keeps the old metadata. `given`: the answers to the new type's `moveIn.fields`.
   */
  changeType: authedProcedure
    .input(
      MutationInput.extend({
        type: z.string().min(1, 'Choose the type the ticket becomes.').max(64),
        given: z
          .record(
            z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'An answer is named by the key of its field.'),
            z.string().trim().max(5000, 'An answer can be at most 5,000 characters long.'),
          )
          .refine((given) => Object.keys(given).length <= 20, 'Answer at most 20 fields.')
          .default({}),
      }),
    )
    .mutation(({ ctx, input }) => changeTicketType(ctx, { ...input, given: Object.fromEntries(Object.entries(input.given).filter(([, value]) => value !== '')) })),
} satisfies TRPCRouterRecord;
