// The browser half: the claim's playground. React lives here only; `.` and `./server` stay free of it.
import { definePlayground } from '@tickets/plugin-kit/widget';
import type { ClaimWcaIdStored } from '../claim-metadata.js';
import { claimMessages } from './i18n/messages.js';
import { ReviewClaim } from './ReviewClaim.js';

/** The Delegate (actioner) decides here; the requester follows the ticket page and has no playground. */
export const playground = definePlayground<ClaimWcaIdStored>({ type: 'claim-wca-id', views: { actioner: ReviewClaim, requester: null }, messages: claimMessages });

export default playground;
export { ReviewClaim };
export { ApproveAction, type ApproveActionProps } from './ApproveAction.js';
export { HandOverAction, type HandOverActionProps, parseUserId } from './HandOverAction.js';
export { CLAIM_ACTION, type ClaimActionKey, findAction } from './claim-actions.js';
export { userLabel } from './people.js';
export { claimMessages } from './i18n/messages.js';
