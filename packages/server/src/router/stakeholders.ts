import type { TRPCRouterRecord } from '@trpc/server';
import { addStakeholder, deactivate, handOver, joinAsAdmin } from '../modules/stakeholders/stakeholder-changes.js';
import { authedProcedure } from '../trpc/trpc.js';
import { Id, MutationInput } from './inputs.js';
import { ConnectionInput, PrincipalInput, RoleInput } from './stakeholder-inputs.js';

export const stakeholdersRouter = {
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
