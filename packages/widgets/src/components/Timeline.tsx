import { useEffect, useState } from 'react';
import type { CommentEntry, LogEntryView, TimelineEntry } from '../api/types.js';
import { SafeMarkdown } from '../markdown/SafeMarkdown.js';
import { Time } from './Time.js';
import { PreviousMetadata } from './PreviousMetadata.js';
import { TimelineEntryBoundary } from './TimelineEntryBoundary.js';
import type { Translate } from '@tickets/plugin-kit/widget';
import { describeLogEntries, groupLogEntries } from '@tickets/domain';
import { logWords } from '../i18n/log-words.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';
import { useWidgetsMessages } from '../i18n/use-widgets-messages.js';
import type { TicketMessageKey } from '../i18n/ticket-messages.js';

/** "by Ana Kowalska on behalf of WRT", or "by Ana Kowalska" when she wrote for herself. */
export function commentByline(entry: Pick<CommentEntry, 'author' | 'actingAs'>, t: Translate<TicketMessageKey>): string {
  const forSelf = entry.actingAs.kind === 'user' && entry.actingAs.id === entry.author.userId;
  return forSelf ? t('timeline.by', { author: entry.author.name }) : t('timeline.byOnBehalf', { author: entry.author.name, group: entry.actingAs.name });
}

export interface TimelineProps {
  /** Comments and log entries in time order (as `tickets.timeline` pages them). */
  entries: readonly TimelineEntry[];
  /** Another page follows: a "Show more" button calls `onLoadMore`. */
  hasMore?: boolean;
  onLoadMore?(): void;
  loadingMore?: boolean;
  /** Entries not yet stored (sent, not confirmed), by id: shown as "sending". */
  pendingIds?: ReadonlySet<number>;
  /** The titles of ticket types by key, so a sentence names "Edit a competitor's profile", not "edit-person". */
  typeTitles?: Readonly<Record<string, string>>;
}

/** "AK" for Ana Kowalska: a comment's mark beside it, so comments stand apart from the log's lines. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return letters.map((word) => [...word][0]!.toLocaleUpperCase()).join('') || '?';
}

function Comment({ entry, pending }: { entry: CommentEntry; pending: boolean }) {
  const { t } = useTicketMessages();
  const byline = commentByline(entry, t);
  return (
    <article aria-label={t('timeline.comment', { byline })} className="tk-comment-card">
      <span className="tk-avatar" aria-hidden="true">
        {initialsOf(entry.author.name)}
      </span>
      <div className="tk-comment-body">
        <p className="tk-muted">
          <span className="tk-strong">{byline}</span> · <Time at={entry.at} />
          {pending && <>{` · ${t('timeline.sending')}`}</>}
        </p>
        <SafeMarkdown source={entry.body} />
      </div>
    </article>
  );
}

type TimelineItem = { kind: 'comment'; entry: CommentEntry } | { kind: 'change'; entries: LogEntryView[] };

/** Comments as they are; the log entries one change wrote (same moment, same hand) as one item. */
function timelineItems(entries: readonly TimelineEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  let run: LogEntryView[] = [];
  const flush = () => {
    for (const group of groupLogEntries(run)) items.push({ kind: 'change', entries: group });
    run = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'comment') {
      flush();
      items.push({ kind: 'comment', entry });
    } else run.push(entry);
  }
  flush();
  return items;
}

/**
 * The ticket's story: comments (Markdown, rendered safely) and log sentences, in time order, the
 * entries of one change in one sentence ("Ana ran 'Apply as fix', changed the status… and closed
 * the ticket"). Each
 * entry has its own error boundary, so one that cannot be shown leaves a placeholder, not a blank page.
 */
export function Timeline({ entries, hasMore = false, onLoadMore, loadingMore = false, pendingIds, typeTitles = {} }: TimelineProps) {
  const shown = useProgressiveCount(entries.length);
  const { t } = useTicketMessages();
  // The log's sentences: the domain's structure, the reader's words.
  const sentenceWords = logWords(t, useWidgetsMessages().t, (type) => typeTitles[type] ?? type);
  return (
    <section className="tk-section" aria-label={t('timeline.heading')}>
      {entries.length === 0 ? (
        <p className="tk-muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="tk-plain-list tk-timeline">
          {timelineItems(entries.slice(0, shown)).map((item) =>
            item.kind === 'comment' ? (
              <li key={`c${item.entry.id}`} className="tk-comment" aria-busy={pendingIds?.has(item.entry.id) || undefined}>
                <TimelineEntryBoundary entry={item.entry}>
                  <Comment entry={item.entry} pending={pendingIds?.has(item.entry.id) ?? false} />
                </TimelineEntryBoundary>
              </li>
            ) : (
              <li key={`l${item.entries[0]!.id}`} className="tk-log">
                <TimelineEntryBoundary entry={item.entries[0]!}>
                  <span>{describeLogEntries(item.entries, sentenceWords)}</span> <span className="tk-muted">· <Time at={item.entries[0]!.at} /></span>
                  {item.entries.map((entry) =>
                    entry.event.type === 'ticket.type_changed' ? <PreviousMetadata key={entry.id} title={entry.event.from.title} metadata={entry.event.previousMetadata} /> : null,
                  )}
                </TimelineEntryBoundary>
              </li>
            ),
          )}
        </ol>
      )}
      {hasMore && onLoadMore && (
        <button type="button" className="tk-button" part="button" onClick={onLoadMore} disabled={loadingMore} aria-busy={loadingMore || undefined}>
          {loadingMore ? t('timeline.loadingMore') : t('timeline.showMore')}
        </button>
      )}
    </section>
  );
}

/** Entries rendered with the page's first paint; the rest follow right after it. */
export const FIRST_PAINT_ENTRIES = 10;

/**
 * How many of `total` entries to render: the first FIRST_PAINT_ENTRIES at once, all of them from
 * a task after the browser painted (an effect runs after paint). Rendering 50 Markdown comments
 * before the first paint held the ticket's title back by 50–100 ms on a slow machine; this way the
 * title and the first entries show first and the rest a frame later. Once all are shown, new
 * entries (a comment sent, another page) render at once.
 */
function useProgressiveCount(total: number): number {
  const [all, setAll] = useState(total <= FIRST_PAINT_ENTRIES);
  useEffect(() => {
    if (all) return;
    const later = setTimeout(() => setAll(true), 0);
    return () => clearTimeout(later);
  }, [all]);
  return all ? total : Math.min(total, FIRST_PAINT_ENTRIES);
}
