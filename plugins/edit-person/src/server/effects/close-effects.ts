import { saying } from '@tickets/plugin-kit';
import { changeOf, rejectWithReason } from '@tickets/plugin-kit/server';
import type { EditPersonStored } from '../../edit-person-stored.js';
import { STATUS } from '../../lifecycle.js';
import type { EditPersonEffect } from './effect-types.js';

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The team refuses the change; the reason is kept for the requester to read. */
export const reject = rejectWithReason<EditPersonStored>({
  moveTo: STATUS.rejected,
  summary: ({ reason }) => saying('rejected', { reason: sentence(reason) }),
});

/** The requester no longer wants the change; it ends as Rejected, with the withdrawal as the reason. */
export const withdraw: EditPersonEffect<'withdraw'> = async ({ metadata, input }) => {
  const reason = input.reason ? `Withdrawn by the requester: ${input.reason}` : 'Withdrawn by the requester.';
  return {
    summary: input.reason ? saying('withdrewWithReason', { reason: sentence(input.reason) }) : saying('withdrew'),
    metadata: { ...metadata, rejectionReason: reason },
    changes: changeOf('rejectionReason', 'rejection reason', metadata.rejectionReason, reason),
    moveTo: STATUS.rejected,
  };
};
