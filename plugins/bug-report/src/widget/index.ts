// The browser half of the bug-report type: its playground, registered with the widgets as
// `@tickets/plugin-bug-report/widget`. Only React and the kit's widget half reach the browser from here.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { BugReportStored } from '../index.js';
import { BugReportReview } from './BugReportReview.js';
import { BugReportSummary } from './ReportDetails.js';

export { BugReportReview, BugReportSummary };

/** WST (the actioners) confirm and fix here; the requester sees what they reported, read-only. */
export const playground = definePlayground<BugReportStored>({ type: 'bug-report', views: { actioner: BugReportReview, requester: BugReportSummary } });

export default playground;
