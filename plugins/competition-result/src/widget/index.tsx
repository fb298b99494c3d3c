// The browser half of the 'competition-result' type: its guided playground on the ticket page.
// Import it as `@tickets/plugin-competition-result/widget`; only React and the kit's widget half
// reach the browser from here.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { CompetitionResultStored } from '../competition-result-stored.js';
import { DelegateView } from './DelegateView.js';
import { competitionResultMessages } from './i18n/messages.js';
import { PostingChecklist } from './PostingChecklist.js';

export { DelegateView } from './DelegateView.js';
export { PostingChecklist } from './PostingChecklist.js';
export { competitionResultMessages } from './i18n/messages.js';

/** The results team works through the checklist; the Delegates (requesters) follow it and submit again. */
export const playground = definePlayground<CompetitionResultStored>({ type: 'competition-result', views: { actioner: PostingChecklist, requester: DelegateView }, messages: competitionResultMessages });

export default playground;
