import { refuse, saying } from '@tickets/plugin-kit';
import { changeLabels } from '@tickets/plugin-kit/server';
import type { HandOverInput } from '../../claim-action-inputs.js';
import { claimWcaIdTicketType } from '../../claim-wca-id.js';
import type { ClaimActionContext, ClaimOutcome } from '../claim-action-context.js';
import { type ClaimField, claimFieldError } from '../claim-errors.js';
import { requireDelegate } from '../delegate-check.js';

const FIELD: ClaimField = 'input.delegateUserId';

/**
 * Hands the request to another Delegate: records the choice and, in the same transaction, the core's
 * hand-over moves the assignment (the new Delegate active, the previous one kept inactive, both
 * logged).
 */
export async function handOverClaim({ metadata, input, viewer, actingAs, directory }: ClaimActionContext<HandOverInput>): Promise<ClaimOutcome> {
  if (input.delegateUserId === viewer.userId) {
    throw claimFieldError('invalid', 'hand_over_to_self', refuse('handOverToSelf'), FIELD);
  }
  if (input.delegateUserId === metadata.requesterUserId) {
    throw claimFieldError('invalid', 'hand_over_to_requester', refuse('handOverToRequester'), FIELD);
  }
  const to = await requireDelegate(directory, input.delegateUserId, FIELD);
  if (to.id === metadata.delegateUserId) {
    throw claimFieldError('conflict', 'already_named', refuse('alreadyNamed', { name: to.name }), FIELD);
  }
  const from = await directory.user(metadata.delegateUserId);
  return {
    summary: saying('handedOver', { delegate: to.name }),
    metadata: { ...metadata, delegateUserId: to.id, handedTo: [...metadata.handedTo, to.id] },
    changes: [{ field: 'delegateUserId', label: changeLabels(claimWcaIdTicketType, ['delegateUserId']).delegateUserId, before: from?.name ?? `user #${metadata.delegateUserId}`, after: to.name }],
    handOver: { fromStakeholderId: actingAs.id, to: { kind: 'user', id: to.id } },
  };
}
