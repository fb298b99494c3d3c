// The browser half of the bug-report type: its playground on the ticket page. Import it as
// `@tickets/plugin-bug-report/widget` and register it with the widgets (`registerPlaygrounds` or the
// `playgrounds` prop). Only React and the plugin-kit's widget contract reach the browser from here
// (types aside, nothing of ../index.ts, which carries zod).
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { BugReportStored } from '../index.js';
import { BugReportReview } from './BugReportReview.js';
import { BugReportSummary } from './BugReportSummary.js';

export { BugReportReview } from './BugReportReview.js';
export { BugReportSummary } from './BugReportSummary.js';

/** WST (the actioners) confirm and fix here; the requester sees what they reported, read-only. */
export const playground = definePlayground<BugReportStored>({
  type: 'bug-report',
  views: { actioner: BugReportReview, requester: BugReportSummary },
});

export default playground;
