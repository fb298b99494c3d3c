import { type PlaygroundProps, WebLink } from '@tickets/plugin-kit/widget';
import type { BugReportStored } from '../index.js';

/** What was reported — the page and what happens there — and the team's note, as plain text. */
export function ReportDetails({ metadata }: { metadata: BugReportStored }) {
  return (
    <>
      <h3 className="tk-section-title">Report</h3>
      <dl>
        <dt className="tk-strong">Page</dt>
        <dd>
          <WebLink address={metadata.page} />
        </dd>
        <dt className="tk-strong">What happens</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.description}</dd>
        <dt className="tk-strong">The team&apos;s note</dt>
        <dd style={{ whiteSpace: 'pre-wrap' }}>{metadata.note ?? <span className="tk-muted">No note yet.</span>}</dd>
      </dl>
    </>
  );
}

/** The requester's view: the report, read-only; only the team moves a bug report on. */
export function BugReportSummary({ metadata }: PlaygroundProps<BugReportStored>) {
  return (
    <div className="tk-form">
      <ReportDetails metadata={metadata} />
    </div>
  );
}
