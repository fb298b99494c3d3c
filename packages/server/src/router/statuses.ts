import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { loadAllowedStatuses } from '../modules/statuses/allowed-statuses.js';
import { authedProcedure } from '../trpc/trpc.js';
import { Id, TicketId } from './inputs.js';
import { statusSettingsRouter } from './status-settings.js';

export const statusesRouter = {
  ...statusSettingsRouter,
  /**
   * The statuses (lifecycle order) the viewer may move the ticket to, acting as `actingAs` or the
   * only stakeholder they may act as. FORBIDDEN, with the reason, for a viewer who cannot act.
   */
  allowed: authedProcedure
    .input(z.object({ ticketId: TicketId, actingAs: Id.optional() }))
    .query(({ ctx, input }) => loadAllowedStatuses(ctx, input.ticketId, input.actingAs)),
} satisfies TRPCRouterRecord;
