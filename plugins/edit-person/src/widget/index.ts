// The browser half of the edit-person type: its playground on the ticket page. The results team
// (actioner) reviews and applies the change here; the requester sees her request, read-only. Only React and
// the plugin-kit's widget half reach the browser from here (types aside, nothing with zod).
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { EditPersonStored } from '../edit-person-stored.js';
import { editPersonMessages } from './i18n/messages.js';
import { RequestSummary } from './RequestSummary.js';
import { ReviewChange } from './ReviewChange.js';

export { RequestSummary, ReviewChange };
export { editPersonMessages } from './i18n/messages.js';

export const playground = definePlayground<EditPersonStored>({ type: 'edit-person', views: { actioner: ReviewChange, requester: RequestSummary }, messages: editPersonMessages });

export default playground;
