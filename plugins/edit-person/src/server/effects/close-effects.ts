import { STATUS } from '../../lifecycle.js';
import type { EditPersonEffect } from './effect-types.js';

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The team refuses the change; the reason is kept for the requester to read. */
export const reject: EditPersonEffect<'reject'> = async ({ metadata, input }) => ({
  summary: `Rejected the request: ${sentence(input.reason)}`,
  metadata: { ...metadata, rejectionReason: input.reason },
  changes: [{ field: 'rejectionReason', label: 'rejection reason', before: metadata.rejectionReason, after: input.reason }],
  moveTo: STATUS.rejected,
});

/** The requester no longer wants the change; it ends as Rejected, with the withdrawal as the reason. */
export const withdraw: EditPersonEffect<'withdraw'> = async ({ metadata, input }) => {
  const reason = input.reason ? `Withdrawn by the requester: ${input.reason}` : 'Withdrawn by the requester.';
  return {
    summary: input.reason ? `Withdrew the request: ${sentence(input.reason)}` : 'Withdrew the request.',
    metadata: { ...metadata, rejectionReason: reason },
    changes: [{ field: 'rejectionReason', label: 'rejection reason', before: metadata.rejectionReason, after: reason }],
    moveTo: STATUS.rejected,
  };
};
