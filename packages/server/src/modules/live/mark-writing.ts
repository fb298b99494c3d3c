import type { AuthedContext } from '../../request/authed-context.js';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../../db/sql-client.js';
import { ticketNotFound } from '../tickets/ticket-store.js';
import { visibleToViewer } from '../tickets/visibility-sql.js';

/**
 * The viewer starts or stops writing a comment on a ticket they may see (NOT_FOUND otherwise, as
 * for any read): others who have it open are told through their `presence` events.
 */
export async function markWriting(ctx: AuthedContext, input: { ticketId: number; writing: boolean }): Promise<{ ok: true }> {
  const seen = await sqlOf(ctx.em).maybeOne(
    sql`select t.id from tickets t where t.id = ${input.ticketId} and t.namespace_id = ${ctx.services.namespace.id} and ${visibleToViewer(ctx.viewer)}`,
    z.object({ id: z.number() }),
  );
  if (!seen) throw ticketNotFound(input.ticketId);
  await ctx.services.presence.setWriting(ctx.em, input.ticketId, ctx.viewer.userId, input.writing);
  return { ok: true };
}
