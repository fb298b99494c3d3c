import type { Viewer } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { TicketLogRow } from '../../db/rows/ticket-logs-row.js';
import { sqlOf } from '../../db/sql-client.js';
import { directoryFor } from '../../request/app-services.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { ticketNotFound } from '../tickets/ticket-store.js';
import { visibleToViewer } from '../tickets/visibility-sql.js';

/** What a subscriber is told: a change to the ticket (its log entry's id is the event's id), or that it can no longer see it. */
export type TicketEvent =
  | { kind: 'changed'; ticketId: number; version: number; entryId: number; eventType: string }
  | { kind: 'access_lost'; ticketId: number; message: string };

const EntryRow = TicketLogRow.pick({ id: true, event_type: true }).extend({ version: z.number() });
const EVENTS_PER_READ = 100;

async function visible(ctx: AuthedContext, viewer: Viewer, ticketId: number): Promise<{ latest: number } | null> {
  return sqlOf(ctx.em).maybeOne(
    sql`select coalesce((select max(l.id) from ticket_logs l where l.ticket_id = t.id), 0) as latest
          from tickets t where t.id = ${ticketId} and t.namespace_id = ${ctx.services.namespace.id} and ${visibleToViewer(viewer)}`,
    z.object({ latest: z.number() }),
  );
}

/**
 * Whether the viewer may still see the ticket, as the directory has them now: a stream outlives the
 * viewer its token was read with, so a membership removed since then counts (an anonymized or
 * removed user sees nothing).
 */
async function stillVisible(ctx: AuthedContext, ticketId: number): Promise<boolean> {
  const now = await directoryFor(ctx.services, ctx.em).viewer(ctx.viewer.userId);
  return now !== null && (await visible(ctx, now, ticketId)) !== null;
}

/**
 * The changes of one ticket as they happen, from whichever API instance made them: each log entry
 * after `lastEventId` (a reconnect resumes there, with no gap and no duplicate; without it, from
 * now on), each with the ticket's version. NOT_FOUND at once for a ticket the viewer may not see;
 * their access is checked again, as the directory has them then, before every batch, and once they
 * may no longer see the ticket they are told so and the stream ends.
 */
export async function openTicketEvents(
  ctx: AuthedContext,
  input: { ticketId: number; lastEventId?: string | null | undefined },
  signal: AbortSignal | undefined,
): Promise<AsyncGenerator<TicketEvent>> {
  const start = await visible(ctx, ctx.viewer, input.ticketId);
  if (!start) throw ticketNotFound(input.ticketId);
  return follow(ctx, input.ticketId, input.lastEventId ? Number(input.lastEventId) : start.latest, signal ?? new AbortController().signal);
}

async function* follow(ctx: AuthedContext, ticketId: number, from: number, stop: AbortSignal): AsyncGenerator<TicketEvent> {
  let after = from;
  while (!stop.aborted && !ctx.services.liveFeed.stopped) {
    const entries = await sqlOf(ctx.em).rows(
      sql`select l.id, l.event_type, t.version from ticket_logs l join tickets t on t.id = l.ticket_id
           where l.ticket_id = ${ticketId} and l.id > ${after} order by l.id limit ${EVENTS_PER_READ}`,
      EntryRow,
    );
    if (entries.length > 0) {
      // A change may be the one that took the viewer's access away (a membership, a hand-over).
      if (!(await stillVisible(ctx, ticketId))) {
        yield { kind: 'access_lost', ticketId, message: `You can no longer see ticket #${ticketId}.` };
        return;
      }
      for (const entry of entries) {
        yield { kind: 'changed', ticketId, version: entry.version, entryId: entry.id, eventType: entry.event_type };
        after = entry.id;
      }
      continue;
    }
    await ctx.services.liveFeed.wait(ticketId, after, stop);
  }
}
