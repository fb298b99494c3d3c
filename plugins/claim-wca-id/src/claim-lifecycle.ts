import type { TransitionTable } from '@tickets/domain';
import { REQUEST_STATUS, requestLifecycle } from '@tickets/plugin-kit';

export const CLAIM_STATUS = { ...REQUEST_STATUS, approved: 'Approved' } as const;

/*
 * A plain close lands in Rejected, not Approved: only the `approve` action links the account, so
 * a claim must never look approved without it. The default closed status must still be a closed
 * one, and a claim closed without a decision was, in effect, not accepted.
 *
 * No status descriptions: these names are shared with other types' lifecycles in a namespace
 * (edit-person has Requested and Rejected too), so a claim-specific wording would mislead there.
 */
export const claimLifecycle = requestLifecycle({ done: { name: CLAIM_STATUS.approved }, closed: 'rejected' });

/*
 * Approved is reached only through the `approve` action (actions are not bound by this table), and
 * is final: the link is already made in the directory, and reopening would not undo it. Everything
 * else is decided by the assigned Delegate, not by the requester (who is only in cc).
 */
export const claimTransitions: TransitionTable = {
  [CLAIM_STATUS.requested]: { to: [CLAIM_STATUS.rejected, CLAIM_STATUS.duplicate], by: [{ connection: 'assigned' }] },
  [CLAIM_STATUS.approved]: { to: [] },
  [CLAIM_STATUS.rejected]: { to: [CLAIM_STATUS.requested, CLAIM_STATUS.duplicate], by: [{ connection: 'assigned' }] },
  [CLAIM_STATUS.duplicate]: { to: [CLAIM_STATUS.requested, CLAIM_STATUS.rejected], by: [{ connection: 'assigned' }] },
};
