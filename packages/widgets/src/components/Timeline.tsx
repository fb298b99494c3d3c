import { useEffect, useState } from 'react';
import type { CommentEntry, TimelineEntry } from '../api/types.js';
import { SafeMarkdown } from '../markdown/SafeMarkdown.js';
import { Time } from './Time.js';
import { PreviousMetadata } from './PreviousMetadata.js';
import { TimelineEntryBoundary } from './TimelineEntryBoundary.js';
import type { Translate } from '@tickets/plugin-kit/widget';
import { describeLogEntry } from '@tickets/domain';
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
}

function Comment({ entry, pending }: { entry: CommentEntry; pending: boolean }) {
  const { t } = useTicketMessages();
  const byline = commentByline(entry, t);
  return (
    <article aria-label={t('timeline.comment', { byline })}>
      <p className="tk-muted">
        <span className="tk-strong">{byline}</span> · <Time at={entry.at} />
        {pending && <>{` · ${t('timeline.sending')}`}</>}
      </p>
      <SafeMarkdown source={entry.body} />
    </article>
  );
}

/**
 * The ticket's story: comments (Markdown, rendered safely) and log sentences, in time order. Each
 * entry has its own error boundary, so one that cannot be shown leaves a placeholder, not a blank page.
 */
export function Timeline({ entries, hasMore = false, onLoadMore, loadingMore = false, pendingIds }: TimelineProps) {
  const shown = useProgressiveCount(entries.length);
  const { t } = useTicketMessages();
  // The log's sentences: the domain's structure, the reader's words.
  const sentenceWords = logWords(t, useWidgetsMessages().t);
  return (
    <section className="tk-section" aria-label={t('timeline.heading')}>
      {entries.length === 0 ? (
        <p className="tk-muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="tk-plain-list tk-timeline">
          {entries.slice(0, shown).map((entry) =>
            entry.kind === 'comment' ? (
              <li key={`c${entry.id}`} className="tk-comment" aria-busy={pendingIds?.has(entry.id) || undefined}>
                <TimelineEntryBoundary entry={entry}>
                  <Comment entry={entry} pending={pendingIds?.has(entry.id) ?? false} />
                </TimelineEntryBoundary>
              </li>
            ) : (
              <li key={`l${entry.id}`} className="tk-log">
                <TimelineEntryBoundary entry={entry}>
                  <span>{describeLogEntry(entry, sentenceWords)}</span> <span className="tk-muted">· <Time at={entry.at} /></span>
                  {entry.event.type === 'ticket.type_changed' && <PreviousMetadata title={entry.event.from.title} metadata={entry.event.previousMetadata} />}
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
