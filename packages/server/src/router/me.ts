import type { TRPCRouterRecord } from '@trpc/server';
import { authedProcedure } from '../trpc/trpc.js';

export const meRouter = {
  /** Who the token says you are, as the directory knows you. */
  me: authedProcedure.query(({ ctx }) => ({
    userId: ctx.viewer.userId,
    name: ctx.viewer.name,
    isSiteAdmin: ctx.viewer.isSiteAdmin,
    memberships: ctx.viewer.memberships,
    namespace: ctx.services.namespace.key,
  })),
} satisfies TRPCRouterRecord;
