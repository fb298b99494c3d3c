import type { BugReportStored } from '../index.js';
import { webLink } from './web-link.js';

/** What was reported — the page and what happens there — and the team's note, as plain text. */
export function ReportDetails({ metadata }: { metadata: BugReportStored }) {
  const href = webLink(metadata.page);
  return (
    <>
      <h3 className="tk-section-title">Report</h3>
      <dl>
        <dt className="tk-strong">Page</dt>
        <dd>
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer nofollow">
              {metadata.page}
            </a>
          ) : (
            <span>{metadata.page} (not a web link; not opened)</span>
          )}
        </dd>
        <dt className="tk-strong">What happens</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.description}</dd>
        <dt className="tk-strong">The team&apos;s note</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.note ?? <span className="tk-muted">No note yet.</span>}</dd>
      </dl>
    </>
  );
}
