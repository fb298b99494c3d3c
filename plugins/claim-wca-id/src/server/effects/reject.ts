import type { RejectInput } from '../../claim-action-inputs.js';
import { CLAIM_STATUS } from '../../claim-lifecycle.js';
import type { ClaimActionContext, ClaimOutcome } from '../claim-action-context.js';

/** Closes the claim as Rejected and keeps the reason for the requester. */
export async function rejectClaim({ metadata, input }: ClaimActionContext<RejectInput>): Promise<ClaimOutcome> {
  return {
    summary: `Rejected the claim to WCA ID ${metadata.wcaId}.`,
    metadata: { ...metadata, rejectionReason: input.reason },
    changes: [{ field: 'rejectionReason', label: 'rejection reason', before: metadata.rejectionReason, after: input.reason }],
    moveTo: CLAIM_STATUS.rejected,
  };
}
