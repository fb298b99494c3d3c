import { allOf, defineTicketType, whileOpen } from '@tickets/plugin-kit';
import { ApproveInput, HandOverInput, RejectInput } from './claim-action-inputs.js';
import { claimLifecycle, claimTransitions } from './claim-lifecycle.js';
import { ClaimWcaIdMetadata, ClaimWcaIdStored } from './claim-metadata.js';
import { DELEGATES_GROUP, notOwnClaim, onlyAssignedDelegate, onlyDelegates } from './delegate-rules.js';

/**
 * A user asks to be linked to an existing competitor profile (a WCA ID). The Delegate they name is
 * assigned; they approve (the account is linked in the directory), reject with a reason, or hand
 * the request to another Delegate.
 */
export const claimWcaIdTicketType = defineTicketType({
  type: 'claim-wca-id',
  title: 'Claim a WCA ID',
  description: 'Link your account to your competitor profile; a Delegate who knows you confirms it.',
  metadata: ClaimWcaIdMetadata,
  storedMetadata: ClaimWcaIdStored,
  lifecycle: claimLifecycle,
  transitions: claimTransitions,
  // The requester is added by the core (cc, requester); the Delegate they name does the work.
  // Only a Delegate hands a claim on (or assigns / removes one), e.g. not its requester through
  // `stakeholders.transfer`; the `handOver` action below is the usual way and checks its own rule.
  stakeholderChanges: { assignees: [{ group: DELEGATES_GROUP }] },
  startingStakeholders: ({ metadata }) => [{ principal: { user: metadata.delegateUserId }, connection: 'assigned', role: 'actioner' }],
  // The English of the actions' refusals (delegate-rules.ts) and of the phrases they put in, and of
  // what the log says they did (server/effects); the server half's `words` hold the other languages, every key.
  words: {
    'refusal.onlyNamedAssignee': 'Only the Delegate this request is assigned to ({names}) can {doing}.',
    'refusal.onlyAssignee': 'Only the Delegate this request is assigned to can {doing}.',
    'refusal.ownClaim': 'You cannot approve your own claim; hand it over to another Delegate.',
    'doing.approve': 'approve it',
    'change.delegateUserId': 'Delegate',
    'doing.reject': 'reject it',
    'doing.handOver': 'hand it over',
    'doing.approveClaim': 'approve a WCA ID claim',
    'summary.approved': 'Linked {requester}’s account to the profile {person} ({wcaId}).',
    'summary.rejected': 'Rejected the claim to WCA ID {wcaId}.',
    'summary.handedOver': 'Handed the request to {delegate}.',
  },
  actions: {
    approve: {
      title: 'Approve the claim',
      description: 'Links the requester’s account to the claimed profile and closes the request.',
      input: ApproveInput,
      can: allOf(whileOpen, onlyAssignedDelegate('approve'), onlyDelegates('approveClaim'), notOwnClaim),
    },
    reject: {
      title: 'Reject the claim',
      description: 'Closes the request with the reason, which the requester reads.',
      input: RejectInput,
      can: allOf(whileOpen, onlyAssignedDelegate('reject')),
    },
    handOver: {
      title: 'Hand over to another Delegate',
      description: 'Names another Delegate for the request; then hand your assignment on to them.',
      input: HandOverInput,
      can: allOf(whileOpen, onlyAssignedDelegate('handOver')),
    },
  },
});
