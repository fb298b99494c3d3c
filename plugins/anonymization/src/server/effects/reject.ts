import { SCOPE_LABELS } from '../../anonymization-scope.js';
import { STATUS } from '../../lifecycle.js';
import type { EffectOutcome, MetadataChange, RejectContext } from './effect-types.js';

/** Closes the request as Rejected, keeping the reason the requester reads. */
export async function reject({ metadata, input }: RejectContext): Promise<EffectOutcome> {
  const changes: MetadataChange[] =
    metadata.rejectionReason === input.reason ? [] : [{ field: 'rejectionReason', label: 'rejection reason', before: metadata.rejectionReason, after: input.reason }];
  return {
    summary: `Rejected the request to anonymize user #${metadata.userId} (${SCOPE_LABELS[metadata.scope]}).`,
    metadata: { ...metadata, rejectionReason: input.reason },
    changes,
    moveTo: STATUS.rejected,
  };
}
