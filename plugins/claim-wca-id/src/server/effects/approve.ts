import { refuse, saying } from '@tickets/plugin-kit';
import type { ApproveInput } from '../../claim-action-inputs.js';
import { CLAIM_STATUS } from '../../claim-lifecycle.js';
import type { ClaimActionContext, ClaimOutcome } from '../claim-action-context.js';
import { claimError } from '../claim-errors.js';

/**
 * Links the requester's account to the claimed profile. The directory may have changed since the
 * claim was filed, so the filing rules are checked again, under a lock on the profile. Approving a
 * claim whose link already exists (made by hand meanwhile) just records the decision.
 */
export async function approveClaim({ metadata, directory }: ClaimActionContext<ApproveInput>): Promise<ClaimOutcome> {
  const person = await directory.person(metadata.personId, { lock: true });
  if (!person) throw claimError('precondition', 'profile_gone', refuse('profileGone', { wcaId: metadata.wcaId }));
  const requester = await directory.user(metadata.requesterUserId);
  if (!requester) throw claimError('precondition', 'requester_gone', refuse('requesterGone', { wcaId: metadata.wcaId }));

  const holder = await directory.userLinkedToPerson(person.id);
  if (holder && holder.id !== requester.id) {
    throw claimError('precondition', 'claimed_meanwhile', refuse('claimedMeanwhile', { wcaId: person.wcaId }));
  }
  if (requester.personId !== null && requester.personId !== person.id) {
    throw claimError('precondition', 'requester_linked_meanwhile', refuse('requesterLinkedMeanwhile', { name: requester.name }));
  }
  if (requester.personId !== person.id) await directory.linkUserToPerson(requester.id, person.id);
  return { summary: saying('approved', { requester: requester.name, person: person.name, wcaId: person.wcaId }), moveTo: CLAIM_STATUS.approved };
}
