import type { TRPCRouterRecord } from '@trpc/server';
import { addStakeholder, deactivate, handOver, joinAsAdmin } from '../modules/stakeholders/stakeholder-changes.js';
import { authedProcedure } from '../trpc/trpc.js';
import { z } from 'zod';
import { findStakeholderCandidates } from '../modules/stakeholders/stakeholder-candidates.js';
import { Id, MutationInput, TicketId } from './inputs.js';
import { ConnectionInput, PrincipalInput, RoleInput } from './stakeholder-inputs.js';

/** What someone typed to find a person or group: one line of text. */
const CandidateQuery = z
  .string()
  .max(100, 'Type at most 100 characters to look for someone.')
  .refine((text) => ![...text].some((character) => character < ' ' || character === '\u007f'), 'Type a name on one line, without control characters.');

export const stakeholdersRouter = {
  /**
   * People, groups and plugin principals whose names start words like those typed ("ana kow"),
   * best first, to add or hand over to: for those who may do either on this ticket.
   */
  candidates: authedProcedure
    .input(z.object({ ticketId: TicketId, actingAs: Id.optional(), query: CandidateQuery, limit: z.number().int().min(1).max(20).default(8) }))
    .query(({ ctx, input }) => findStakeholderCandidates(ctx, input)),

  /** Links a principal to the ticket, active; the people working on it or a site admin, a requester only in cc. */
  add: authedProcedure
    .input(MutationInput.extend({ principal: PrincipalInput, connection: ConnectionInput, role: RoleInput }))
    .mutation(({ ctx, input }) => addStakeholder(ctx, input)),

  /** A site admin joins the ticket as a bcc stakeholder with this role, to help; logged. */
  join: authedProcedure
    .input(MutationInput.omit({ actingAs: true }).extend({ role: RoleInput }))
    .mutation(({ ctx, input }) => joinAsAdmin(ctx, input)),

  /** Hands a stakeholder's part on to another principal: the new one active, the previous one kept inactive (people working on it, site admins). */
  transfer: authedProcedure
    .input(MutationInput.extend({ fromStakeholderId: Id, to: PrincipalInput }))
    .mutation(({ ctx, input }) => handOver(ctx, input)),

  /** Makes a stakeholder inactive (never the last active assignee); it keeps read access. */
  deactivate: authedProcedure
    .input(MutationInput.extend({ stakeholderId: Id }))
    .mutation(({ ctx, input }) => deactivate(ctx, input)),
} satisfies TRPCRouterRecord;
