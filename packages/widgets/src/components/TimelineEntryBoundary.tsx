import type { ReactNode } from 'react';
import type { TimelineEntry } from '../api/types.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { useTicketMessages } from '../i18n/use-ticket-messages.js';

/** What stands in for an entry that failed to render: a sentence, and a comment's text as written. */
function UnshownEntry({ entry }: { entry: TimelineEntry }) {
  const { t } = useTicketMessages();
  if (entry.kind !== 'comment') return <p className="tk-error">{t('timeline.entryFailed')}</p>;
  return (
    <div className="tk-comment-fallback">
      <p className="tk-error">{t('timeline.commentFailed')}</p>
      {typeof entry.body === 'string' && (
        <details>
          <summary>{t('timeline.showText')}</summary>
          <p className="tk-markdown-plain">{entry.body}</p>
        </details>
      )}
    </div>
  );
}

/**
 * One timeline entry in an error boundary: a comment the page cannot render is replaced by a
 * placeholder, and the other entries, the composer and the rest of the ticket keep working.
 */
export function TimelineEntryBoundary({ entry, children }: { entry: TimelineEntry; children: ReactNode }) {
  return <ErrorBoundary fallback={() => <UnshownEntry entry={entry} />}>{children}</ErrorBoundary>;
}
