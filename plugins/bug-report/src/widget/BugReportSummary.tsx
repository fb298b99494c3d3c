import type { PlaygroundProps } from '@tickets/plugin-kit/widget';
import type { BugReportStored } from '../index.js';
import { ReportDetails } from './ReportDetails.js';

/**
 * The requester's view: what they reported and the team's note, read-only. The ticket page shows
 * only the title otherwise, and only the team moves a bug report on, so there is nothing to press.
 */
export function BugReportSummary({ metadata }: PlaygroundProps<BugReportStored>) {
  return (
    <div className="tk-form">
      <ReportDetails metadata={metadata} />
    </div>
  );
}
