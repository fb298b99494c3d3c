import type { TRPCRouterRecord } from '@trpc/server';
import { addComment } from '../modules/comments/add-comment.js';
import { CommentBody } from '../modules/comments/comment-body.js';
import { authedProcedure } from '../trpc/trpc.js';
import { MutationInput } from './inputs.js';

export const commentsRouter = {
  /**
   * Adds a comment by the viewer on behalf of a stakeholder they may act as (`actingAs`, needed when
   * there are several); logged as `comment.added`. Returns the ticket's new version and the comment's id.
   */
  add: authedProcedure
    // Each comment mails every other stakeholder: it spends from the stricter `posts` budget.
    .meta({ rateLimit: 'posts' })
    .input(MutationInput.extend({ body: CommentBody }))
    .mutation(({ ctx, input }) => addComment(ctx, input)),
} satisfies TRPCRouterRecord;
