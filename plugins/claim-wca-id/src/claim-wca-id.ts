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
  actions: {
    approve: {
      title: 'Approve the claim',
      description: 'Links the requester’s account to the claimed profile and closes the request.',
      input: ApproveInput,
      can: allOf(whileOpen, onlyAssignedDelegate('approve it'), onlyDelegates('approve a WCA ID claim'), notOwnClaim),
    },
    reject: {
      title: 'Reject the claim',
      description: 'Closes the request with the reason, which the requester reads.',
      input: RejectInput,
      can: allOf(whileOpen, onlyAssignedDelegate('reject it')),
    },
    handOver: {
      title: 'Hand over to another Delegate',
      description: 'Names another Delegate for the request; then hand your assignment on to them.',
      input: HandOverInput,
      can: allOf(whileOpen, onlyAssignedDelegate('hand it over')),
    },
  },
});
