import type { AuthedContext } from '../../request/authed-context.js';
import { findVisibleTicket } from '../tickets/ticket-store.js';

/**
 * The viewer starts or stops writing a comment on a ticket they may see (NOT_FOUND otherwise, as
 * for any read): others who have it open are told through their `presence` events.
 */
export async function markWriting(ctx: AuthedContext, input: { ticketId: number; writing: boolean }): Promise<{ ok: true }> {
  await findVisibleTicket(ctx.em, ctx.viewer, ctx.services.namespace.id, input.ticketId);
  await ctx.services.presence.setWriting(ctx.em, input.ticketId, ctx.viewer.userId, input.writing);
  return { ok: true };
}
