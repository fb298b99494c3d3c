import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { runAction } from '../modules/actions/run-action.js';
import { authedProcedure } from '../trpc/trpc.js';
import { MutationInput } from './inputs.js';

export const actionsRouter = {
  /** Runs one of the ticket type's actions (e.g. "apply as fix"); its effect and log share one transaction. */
  run: authedProcedure
    .input(MutationInput.extend({ action: z.string().min(1, 'Name the action to run.'), input: z.unknown().optional() }))
    .mutation(({ ctx, input }) => runAction(ctx, input)),
} satisfies TRPCRouterRecord;
