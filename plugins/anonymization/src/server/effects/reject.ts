import { saying } from '@tickets/plugin-kit';
import { rejectWithReason } from '@tickets/plugin-kit/server';
import type { AnonymizationStored } from '../../anonymization-stored.js';
import { STATUS } from '../../lifecycle.js';

/** Closes the request as Rejected, keeping the reason the requester reads. */
export const reject = rejectWithReason<AnonymizationStored>({
  moveTo: STATUS.rejected,
  // The scope is said in the sentence's language: its English is SCOPE_LABELS's.
  summary: ({ metadata }) => saying('rejected', { userId: metadata.userId }, { scope: `scope.${metadata.scope}` }),
});
