import type { TRPCRouterRecord } from '@trpc/server';
import { attachTicketType, createLifecycle, deleteLifecycle, updateLifecycle } from '../modules/statuses/lifecycle-commands.js';
import { AttachmentResult, LifecycleChangeResult, LifecycleDeletionResult } from '../modules/statuses/status-settings-schemas.js';
import { refusingFieldsOf } from '../input/invalid-fields.js';
import { authedProcedure } from '../trpc/trpc.js';
import { lifecycleFieldOf } from './status-settings-fields.js';
import { AttachTicketTypeInput, CreateLifecycleInput, LifecycleIdInput, UpdateLifecycleInput } from './status-settings-inputs.js';

/** The namespace's lifecycles (read them with `statuses.list`); namespace admins only. */
export const lifecyclesRouter = {
  create: authedProcedure
    .input(CreateLifecycleInput)
    .output(LifecycleChangeResult)
    .mutation(({ ctx, input }) => refusingFieldsOf(lifecycleFieldOf, () => createLifecycle(ctx, input))),

  /** Name, statuses (with mappings for those taken out that tickets use), defaults. */
  update: authedProcedure
    .input(UpdateLifecycleInput)
    .output(LifecycleChangeResult)
    .mutation(({ ctx, input }) => refusingFieldsOf(lifecycleFieldOf, () => updateLifecycle(ctx, input))),

  /** Only a lifecycle no ticket type follows. */
  delete: authedProcedure
    .input(LifecycleIdInput)
    .output(LifecycleDeletionResult)
    .mutation(({ ctx, input }) => deleteLifecycle(ctx, input.lifecycleId)),

  /** Makes a ticket type follow a lifecycle; its tickets' statuses are matched into it. */
  attach: authedProcedure
    .input(AttachTicketTypeInput)
    .output(AttachmentResult)
    .mutation(({ ctx, input }) => attachTicketType(ctx, input.ticketType, input.lifecycleId)),
} satisfies TRPCRouterRecord;
