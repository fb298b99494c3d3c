import type { ReactNode } from 'react';
import type { TimelineEntry } from '../api/types.js';
import { ErrorBoundary } from './ErrorBoundary.js';

/** What stands in for an entry that failed to render: a sentence, and a comment's text as written. */
function UnshownEntry({ entry }: { entry: TimelineEntry }) {
  if (entry.kind !== 'comment') return <p className="tk-error">This entry could not be shown.</p>;
  return (
    <div className="tk-comment-fallback">
      <p className="tk-error">This comment could not be shown.</p>
      {typeof entry.body === 'string' && (
        <details>
          <summary>Show its text as written</summary>
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
