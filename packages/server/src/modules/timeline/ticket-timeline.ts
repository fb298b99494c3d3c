import { type Actor, describeLogEntry, type LogEvent, type PrincipalLabel, type PrincipalRef, type SystemReason } from '@tickets/domain';
import { isoTimestamp } from '../../db/timestamps.js';
import { type LabelLookup, labelLookup } from '../../directory/label-lookup.js';
import type { AuthedContext } from '../../request/authed-context.js';
import { encodeCursor } from '../pagination/page-cursor.js';
import { findVisibleTicket } from '../tickets/ticket-store.js';
import type { TimelineCursor } from './timeline-cursor.js';
import { type ReaderWords, readerWords } from '../ticket-types/reader-words.js';
import { eventInReaderWords } from './event-words.js';
import { type CommentRow, loadTimelineRows, type LogRow, type TimelineRow } from './timeline-rows.js';

export interface LogTimelineEntry {
  kind: 'log';
  id: number;
  at: string;
  actor: { kind: 'user'; userId: number; name: string } | { kind: 'system'; reason: string; why?: SystemReason };
  /** The stakeholder the actor spoke for; null for the system or a site admin acting as themselves. */
  actingAs: PrincipalLabel | null;
  event: LogEvent;
  /** The entry as a sentence, e.g. "Ana Kowalska changed the status from To do to Done on behalf of WRT." */
  sentence: string;
}

export interface CommentTimelineEntry {
  kind: 'comment';
  id: number;
  at: string;
  author: { userId: number; name: string };
  /** Whom the author wrote for: themselves, or a group they belong to ("by Ana on behalf of WRT"). */
  actingAs: PrincipalLabel;
  body: string;
}

export type TimelineEntry = LogTimelineEntry | CommentTimelineEntry;

export interface TimelinePage {
  entries: TimelineEntry[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface TimelineQuery {
  ticketId: number;
  cursor?: TimelineCursor | undefined;
  limit: number;
}

function actingRef(row: TimelineRow): PrincipalRef | null {
  return row.acting_kind !== null && row.acting_id !== null ? { kind: row.acting_kind, id: row.acting_id } : null;
}

/** Principals a stakeholder entry names: shown by their current name like every other person. */
function eventPrincipal(row: TimelineRow): PrincipalRef | null {
  if (row.kind !== 'log') return null;
  const event = row.event;
  return event.type === 'stakeholder.added' || event.type === 'stakeholder.deactivated' ? event.stakeholder.principal : null;
}

/** Every principal a page of rows names, so one directory call can name them all. */
function principalsOf(rows: readonly TimelineRow[]): PrincipalRef[] {
  return rows.flatMap((row) => {
    const user = row.kind === 'log' ? row.actor_user_id : row.author_user_id;
    return [user === null ? null : { kind: 'user', id: user }, actingRef(row), eventPrincipal(row)].filter((ref) => ref !== null);
  });
}

/**
 * Stakeholder events keep the name the principal had when the entry was written; the timeline shows
 * the current one instead, so a renamed or anonymized person is not named as they used to be.
 */
function withCurrentNames(event: LogEvent, label: LabelLookup): LogEvent {
  if (event.type !== 'stakeholder.added' && event.type !== 'stakeholder.deactivated') return event;
  return { ...event, stakeholder: { ...event.stakeholder, principal: label(event.stakeholder.principal) } };
}

/** Who reads a page of the timeline: their words, and the ticket's type (whose actions and statuses the entries name). */
export interface TimelineReader {
  readonly words: ReaderWords;
  readonly ticketType: string;
}

function logEntry(row: LogRow, label: LabelLookup, reader: TimelineReader): LogTimelineEntry {
  const actor: Actor =
    row.actor_user_id !== null
      ? { kind: 'user', userId: row.actor_user_id, name: label({ kind: 'user', id: row.actor_user_id }).name }
      : { kind: 'system', reason: row.system_reason ?? 'automatic work', ...(row.system_why ? { why: row.system_why } : {}) };
  const acting = actingRef(row);
  const actingAs = acting ? label(acting) : null;
  const event = eventInReaderWords(withCurrentNames(row.event, label), reader.ticketType, reader.words);
  return { kind: 'log', id: row.id, at: isoTimestamp(row.created_at), actor, actingAs, event, sentence: describeLogEntry({ event, actor, actingAs }) };
}

function commentEntry(row: CommentRow, label: LabelLookup): CommentTimelineEntry {
  const acting = actingRef(row);
  const author = label({ kind: 'user', id: row.author_user_id });
  return {
    kind: 'comment',
    id: row.id,
    at: isoTimestamp(row.created_at),
    author: { userId: row.author_user_id, name: author.name },
    // A comment always names its stakeholder; should that row be gone, the author spoke for themselves.
    actingAs: acting ? label(acting) : author,
    body: row.body,
  };
}

/** How many entries a timeline page holds unless asked otherwise, also the first page a ticket's detail carries. */
export const TIMELINE_PAGE_SIZE = 50;

/** The page `rows` make (fetched with one row more than `limit`), once everyone on it is named. */
export function timelinePageOf(rows: readonly TimelineRow[], limit: number, label: LabelLookup, reader: TimelineReader): TimelinePage {
  const shown = rows.slice(0, limit);
  const entries = shown.map((row): TimelineEntry => (row.kind === 'log' ? logEntry(row, label, reader) : commentEntry(row, label)));
  const last = shown.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: last.at_key, id: last.id, kind: last.kind } satisfies TimelineCursor) : null;
  return { entries, nextCursor };
}

/** Every principal the page of `rows` names (see `timelinePageOf`), for one directory call. */
export function timelinePrincipals(rows: readonly TimelineRow[], limit: number): PrincipalRef[] {
  return principalsOf(rows.slice(0, limit));
}

/**
 * A page of a ticket's timeline: its comments and log entries in time order, everyone named as they
 * are now. NOT_FOUND when the viewer may not see the ticket. Two queries (the ticket, the merged
 * entries, at the same time) and one directory call naming every person and group on the page.
 */
export async function loadTicketTimeline(ctx: AuthedContext, query: TimelineQuery): Promise<TimelinePage> {
  // The entries are read beside the visibility check and dropped unread when it fails.
  const [ticket, rows] = await Promise.all([
    findVisibleTicket(ctx.em, ctx.viewer, ctx.services.namespace.id, query.ticketId),
    loadTimelineRows(ctx.em, query.ticketId, query.cursor, query.limit + 1),
  ]);
  const label = labelLookup(await ctx.directory.labels(timelinePrincipals(rows, query.limit)));
  return timelinePageOf(rows, query.limit, label, { words: readerWords(ctx), ticketType: ticket.type });
}
