import { allOf, defineTicketType, invalidWords, whileOpen } from '@tickets/plugin-kit';
import { ApproveInput, HandOverInput, RejectInput } from './claim-action-inputs.js';
import { INVALID } from './claim-invalid.js';
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
  // The English of the actions' refusals (delegate-rules.ts) and of the phrases they put in, of the
  // rules its server checks (server/filing-checks.ts, delegate-check.ts, effects), of what its schemas
  // say of a field (claim-invalid.ts), and of what the log says its actions did (server/effects); the
  // server half's `words` hold the other languages, every key.
  words: {
    'refusal.onlyNamedAssignee': 'Only the Delegate this request is assigned to ({names}) can {doing}.',
    'refusal.onlyAssignee': 'Only the Delegate this request is assigned to can {doing}.',
    'refusal.ownClaim': 'You cannot approve your own claim; hand it over to another Delegate.',
    // Filing (and approving, which checks again): `profile` is 'known' when the requester's own profile has a WCA ID to name.
    'refusal.requesterAlreadyLinked':
      'Your account is already linked to the WCA ID {profile, select, known {{wcaId}} other {of person #{personId}}}; an account can have only one competitor profile.',
    'refusal.unknownWcaId': 'No competitor has the WCA ID {wcaId}; check it on your results page.',
    'refusal.alreadyClaimed': 'The WCA ID {wcaId} is already linked to another account; if the profile is yours, contact the results team (WRT).',
    'refusal.ownDelegate': 'You cannot confirm your own claim; choose another Delegate who knows you.',
    'refusal.unknownDelegate': 'There is no user #{userId}; choose one of the {group}.',
    'refusal.notADelegate': '{name} is not one of the {group}; only a Delegate can confirm a WCA ID claim.',
    // approve: the directory changed while the request waited.
    'refusal.profileGone': 'The profile {wcaId} no longer exists; reject this request.',
    'refusal.requesterGone': 'The account that asked for {wcaId} no longer exists; reject this request.',
    'refusal.claimedMeanwhile': 'The WCA ID {wcaId} was linked to another account after this request was filed; reject this request.',
    'refusal.requesterLinkedMeanwhile': '{name}’s account was linked to another profile after this request was filed; reject this request.',
    // handOver.
    'refusal.handOverToSelf': 'The request is already assigned to you; choose another Delegate to hand it to.',
    'refusal.handOverToRequester': 'The requester cannot confirm their own claim; choose another Delegate.',
    'refusal.alreadyNamed': '{name} is already named for this request; choose another Delegate.',
    ...invalidWords(INVALID),
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
