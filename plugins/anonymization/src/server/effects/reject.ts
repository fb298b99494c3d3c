import { rejectWithReason } from '@tickets/plugin-kit/server';
import { SCOPE_LABELS } from '../../anonymization-scope.js';
import type { AnonymizationStored } from '../../anonymization-stored.js';
import { STATUS } from '../../lifecycle.js';

/** Closes the request as Rejected, keeping the reason the requester reads. */
export const reject = rejectWithReason<AnonymizationStored>({
  moveTo: STATUS.rejected,
  summary: ({ metadata }) => `Rejected the request to anonymize user #${metadata.userId} (${SCOPE_LABELS[metadata.scope]}).`,
});
