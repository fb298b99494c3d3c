import type { AuthedContext } from '../../request/authed-context.js';
import { requireActingStakeholder } from '../tickets/acting-stakeholder.js';
import { type MutationInput, runTicketMutation } from '../tickets/ticket-mutation.js';
import { insertComment } from './comment-store.js';

export interface AddCommentRequest extends MutationInput {
  body: string;
}

export interface AddedComment {
  id: number;
  version: number;
  commentId: number;
}

/**
 * Adds a comment written by the viewer on behalf of the stakeholder they act as (resolved by the
 * mutation: a user speaks only for themselves or a group they belong to, and only while it is
 * active). The comment, its `comment.added` log entry and the new version share one transaction.
 */
export async function addComment(ctx: AuthedContext, request: AddCommentRequest): Promise<AddedComment> {
  // Filled inside the transaction; the mutation's summary carries only the ticket's id and version.
  const stored: { commentId?: number } = {};
  const summary = await runTicketMutation(ctx, request, async (scope) => {
    const actingAs = requireActingStakeholder(scope);
    const commentId = await insertComment(scope.tx, {
      namespaceId: ctx.services.namespace.id,
      ticketId: scope.row.id,
      body: request.body,
      authorUserId: ctx.viewer.userId,
      actingStakeholderId: actingAs.id,
    });
    stored.commentId = commentId;
    return { events: [{ type: 'comment.added', commentId }] };
  });
  if (stored.commentId === undefined) throw new Error(`Commenting on ticket #${summary.id} stored no comment.`);
  return { id: summary.id, version: summary.version, commentId: stored.commentId };
}
