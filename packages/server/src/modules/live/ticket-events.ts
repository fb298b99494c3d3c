import type { Viewer } from '@tickets/domain';
import { sql } from '@tickets/sql';
import { z } from 'zod';
import { sqlOf } from '../../db/sql-client.js';
import { principalKey } from '../../directory/directory.js';
import { directoryFor } from '../../request/app-services.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { ticketNotFound } from '../tickets/ticket-store.js';
import { visibleToViewer } from '../tickets/visibility-sql.js';
import { presenceDigest, type SeenState, type Wake } from './log-feed.js';
import type { PresenceActivity } from './presence-board.js';
import { EVENTS_PER_READ, LiveEntry } from './wake-round.js';

/** Someone else on the ticket's page now, and whether they are writing a comment. */
export interface PresentPerson {
  userId: number;
  name: string;
  activity: PresenceActivity;
}

/**
 * What a subscriber is told: a change to the ticket (its log entry's id is the event's id); who else
 * has the ticket open now (at the start and whenever it changes); or that the stream ends because
 * the viewer can no longer see the ticket or their session ended.
 */
export type TicketEvent =
  | { kind: 'changed'; ticketId: number; version: number; entryId: number; eventType: string }
  /**
   * Who else has the ticket open. The first one also carries the ticket's version when the stream
   * started (`version`): a page that read an older one missed a change made between its read and
   * the stream's start, and reads the ticket again.
   */
  | { kind: 'presence'; ticketId: number; people: PresentPerson[]; version?: number }
  | { kind: 'access_lost'; ticketId: number; reason: 'access' | 'session_ended'; message: string };

async function visible(ctx: AuthedContext, viewer: Viewer, ticketId: number): Promise<{ latest: number; version: number } | null> {
  return sqlOf(ctx.em).maybeOne(
    sql`select coalesce((select max(l.id) from ticket_logs l where l.ticket_id = t.id), 0) as latest, t.version
          from tickets t where t.id = ${ticketId} and t.namespace_id = ${ctx.services.namespace.id} and ${visibleToViewer(viewer)}`,
    z.object({ latest: z.number(), version: z.number() }),
  );
}


export interface TicketEventsOptions {
  /** When the viewer's session ends (their token's `exp`, ms since the epoch): the stream ends then. */
  sessionEndsAt: number;
}

/**
 * The changes of one ticket as they happen, from whichever API instance made them: each log entry
 * after `lastEventId` (a reconnect resumes there, with no gap and no duplicate; without it, from
 * now on), each with the ticket's version; and who else has it open. While the stream is open the
 * viewer counts as viewing the ticket (presence-board.ts). NOT_FOUND at once for a ticket the viewer
 * may not see; their access is checked again, as the directory has them then, before every batch of
 * changes and every `LIVE_ACCESS_CHECK_MS`; once they may no longer see the ticket, or their token
 * expires, they are told so and the stream ends.
 */
export async function openTicketEvents(
  ctx: AuthedContext,
  input: { ticketId: number; lastEventId?: string | null | undefined },
  signal: AbortSignal | undefined,
  options: TicketEventsOptions,
): Promise<AsyncGenerator<TicketEvent>> {
  const start = await visible(ctx, ctx.viewer, input.ticketId);
  if (!start) throw ticketNotFound(input.ticketId);
  const from = input.lastEventId ? Number(input.lastEventId) : start.latest;
  return follow(ctx, input.ticketId, from, start.version, signal ?? new AbortController().signal, options);
}

async function* follow(ctx: AuthedContext, ticketId: number, from: number, startVersion: number, stop: AbortSignal, options: TicketEventsOptions): AsyncGenerator<TicketEvent> {
  const { liveFeed, presence, config } = ctx.services;
  const leave = await presence.enter(ctx.em, ticketId, ctx.viewer.userId);
  try {
    const seen: SeenState = { afterId: from, presence: '' };
    let shown: string | null = null;
    /** What the feed read when it last woke this stream (null: woken by the clock, or not yet waited). */
    let woke: Wake | null = null;
    let nextAccessCheck = Date.now() + config.LIVE_ACCESS_CHECK_MS;
    while (!stop.aborted && !liveFeed.stopped) {
      if (Date.now() >= options.sessionEndsAt) {
        yield { kind: 'access_lost', ticketId, reason: 'session_ended', message: 'Your session has ended; reload the page to follow this ticket again.' };
        return;
      }
      // The viewer as the directory has them now (a stream outlives the viewer its token was read
      // with: a membership removed since counts), then the changes, each with whether that viewer may
      // see the ticket as it is now (a change may be the one that took their access away: a
      // hand-over, a removed stakeholder). When the feed woke the stream it read both, for every
      // stream it woke at once; otherwise (the start, the clock, a long backlog) the stream reads them.
      const viewer = woke ? woke.viewer : await directoryFor(ctx.services, ctx.em).viewer(ctx.viewer.userId);
      const entries = !viewer
        ? []
        : woke
          ? woke.entries
          : await sqlOf(ctx.em).rows(
              sql`select l.id, l.event_type, t.version, ${visibleToViewer(viewer)} as visible from ticket_logs l join tickets t on t.id = l.ticket_id
                   where l.ticket_id = ${ticketId} and l.id > ${seen.afterId} order by l.id limit ${EVENTS_PER_READ}`,
              LiveEntry,
            );
      /** Who the feed said is present (null: woken by the clock). */
      const told = woke?.presence ?? null;
      woke = null;
      let lost = viewer === null || entries.some((entry) => !entry.visible);
      // With no change to the ticket, whether they may still see it is asked every LIVE_ACCESS_CHECK_MS.
      if (!lost && entries.length === 0 && Date.now() >= nextAccessCheck) {
        lost = (await visible(ctx, viewer!, ticketId)) === null;
        nextAccessCheck = Date.now() + config.LIVE_ACCESS_CHECK_MS;
      }
      if (lost) {
        yield { kind: 'access_lost', ticketId, reason: 'access', message: `You can no longer see ticket #${ticketId}.` };
        return;
      }
      for (const entry of entries) {
        yield { kind: 'changed', ticketId, version: entry.version, entryId: entry.id, eventType: entry.event_type };
        seen.afterId = entry.id;
      }
      if (entries.length === EVENTS_PER_READ) continue;
      // Who is present is read at the start, and again only when the feed saw it change.
      if (shown === null || (told !== null && told !== seen.presence)) {
        const people = await presence.present(ctx.em, ticketId);
        seen.presence = presenceDigest(people);
        const others = people.filter((person) => person.userId !== ctx.viewer.userId);
        if (presenceDigest(others) !== shown) {
          const first = shown === null;
          shown = presenceDigest(others);
          yield { kind: 'presence', ticketId, people: await namesOf(ctx, others), ...(first ? { version: startVersion } : {}) };
        }
      }
      woke = await liveFeed.wait(ticketId, ctx.viewer.userId, seen, stop, Math.min(options.sessionEndsAt, nextAccessCheck));
    }
  } finally {
    await leave();
  }
}

async function namesOf(ctx: AuthedContext, people: ReadonlyArray<{ userId: number; activity: PresenceActivity }>): Promise<PresentPerson[]> {
  const refs = people.map((person) => ({ kind: 'user', id: person.userId }) as const);
  const labels = refs.length > 0 ? await ctx.directory.labels(refs) : new Map<string, { name: string }>();
  return people.map((person) => ({ ...person, name: labels.get(principalKey({ kind: 'user', id: person.userId }))?.name ?? `User #${person.userId}` }));
}
