import type { TRPCRouterRecord } from '@trpc/server';
import { StatusCatalog } from '../modules/statuses/status-catalog.js';
import { createStatus, removeStatus, reorderStatuses, updateStatus } from '../modules/statuses/status-commands.js';
import { StatusChangeResult, StatusRemovalResult, StatusReorderResult, StatusSettings } from '../modules/statuses/status-settings-schemas.js';
import { loadStatusSettings } from '../modules/statuses/status-settings-view.js';
import { refusingFieldsOf } from '../input/invalid-fields.js';
import { authedProcedure } from '../trpc/trpc.js';
import { removalFieldOf, reorderFieldOf, statusFieldOf } from './status-settings-fields.js';
import { CreateStatusInput, RemoveStatusInput, ReorderStatusesInput, UpdateStatusInput } from './status-settings-inputs.js';

/**
 * The namespace's statuses: everyone may read them, namespace admins change them. A refused change
 * names the input field it is about (see status-settings-fields.ts).
 */
export const statusSettingsRouter = {
  /** Statuses with how many tickets use each, lifecycles, the types and their lifecycles, running migrations. */
  list: authedProcedure
    .output(StatusSettings)
    .query(async ({ ctx }) => loadStatusSettings(ctx, await StatusCatalog.load(ctx.em, ctx.services.namespace.id))),

  create: authedProcedure
    .input(CreateStatusInput)
    .output(StatusChangeResult)
    .mutation(({ ctx, input }) => refusingFieldsOf(statusFieldOf, () => createStatus(ctx, input))),

  /** Name, colour, description, category. A system-defined status converts the namespace to custom statuses first. */
  update: authedProcedure
    .input(UpdateStatusInput)
    .output(StatusChangeResult)
    .mutation(({ ctx, input: { statusId, ...patch } }) => refusingFieldsOf(statusFieldOf, () => updateStatus(ctx, statusId, patch))),

  reorder: authedProcedure
    .input(ReorderStatusesInput)
    .output(StatusReorderResult)
    .mutation(({ ctx, input }) => refusingFieldsOf(reorderFieldOf, () => reorderStatuses(ctx, input.statusIds))),

  /** Removes a status from the namespace; tickets on it need a mapping, a default a successor. */
  remove: authedProcedure
    .input(RemoveStatusInput)
    .output(StatusRemovalResult)
    .mutation(({ ctx, input }) => refusingFieldsOf(removalFieldOf, () => removeStatus(ctx, input))),
} satisfies TRPCRouterRecord;
