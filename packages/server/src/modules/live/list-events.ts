import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../../db/sql-client.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { visibleToViewer } from '../tickets/visibility-sql.js';
import type { TicketEventsOptions } from './ticket-events.js';

/**
 * What an open list is told: it is listening (at the start and after each reconnect: anything may
 * have changed while it was away); tickets it may see changed (read the list again); or its session
 * ended.
 */
export type ListEvent =
  | { kind: 'listening' }
  | { kind: 'changed'; ticketIds: number[] }
  | { kind: 'access_lost'; reason: 'session_ended'; message: string };

/**
 * The tickets the viewer may see that change from now on, from whichever instance, in batches (one
 * per `LIVE_POLL_MS` at most): an open list reads itself again. Tickets they may not see are never
 * named, and a batch of only such tickets says nothing.
 */
export async function* listEvents(ctx: AuthedContext, stop: AbortSignal, options: TicketEventsOptions): AsyncGenerator<ListEvent> {
  const changed = new Set<number>();
  let wake: () => void = () => {};
  const stopListening = await ctx.services.liveTail.listen((ticketIds) => {
    for (const id of ticketIds) changed.add(id);
    wake();
  });
  try {
    yield { kind: 'listening' };
    while (!stop.aborted && !ctx.services.liveFeed.stopped) {
      if (changed.size === 0) {
        await new Promise<void>((resolve) => {
          const deadline = Number.isFinite(options.sessionEndsAt) ? setTimeout(resolve, Math.max(0, options.sessionEndsAt - Date.now())) : undefined;
          const done = () => {
            clearTimeout(deadline);
            stop.removeEventListener('abort', done);
            resolve();
          };
          wake = done;
          stop.addEventListener('abort', done, { once: true });
        });
        wake = () => {};
      }
      if (Date.now() >= options.sessionEndsAt) {
        yield { kind: 'access_lost', reason: 'session_ended', message: 'Your session has ended; reload the page to see this list change again.' };
        return;
      }
      if (changed.size === 0) continue;
      const candidates = [...changed];
      changed.clear();
      const visible = await sqlOf(ctx.em).rows(
        sql`select t.id from tickets t where t.id = any(${sql.list(candidates, 'int')}) and t.namespace_id = ${ctx.services.namespace.id} and ${visibleToViewer(ctx.viewer)} order by t.id`,
        z.object({ id: z.number() }),
      );
      if (visible.length > 0) yield { kind: 'changed', ticketIds: visible.map((row) => row.id) };
    }
  } finally {
    stopListening();
  }
}
