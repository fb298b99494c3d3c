import { saying } from '@tickets/plugin-kit';
import { rejectWithReason } from '@tickets/plugin-kit/server';
import type { ClaimWcaIdStored } from '../../claim-metadata.js';
import { CLAIM_STATUS } from '../../claim-lifecycle.js';

/** Closes the claim as Rejected and keeps the reason for the requester. */
export const rejectClaim = rejectWithReason<ClaimWcaIdStored>({
  moveTo: CLAIM_STATUS.rejected,
  summary: ({ metadata }) => saying('rejected', { wcaId: metadata.wcaId }),
});
