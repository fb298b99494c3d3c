import type { ActionSaid } from '../said.js';
import type { ActionEffect } from './ticket-type-server.js';
import { metadataChanges } from './metadata-changes.js';

/** Stored metadata that keeps the reason a request was rejected for. */
export interface Rejectable {
  readonly rejectionReason: string | null;
}

/**
 * The effect of a "reject with a reason" action (`rejectAction` declares its input): keeps the
 * reason for the requester (their mail and the ticket show it), logs the change, and moves the
 * ticket to `moveTo`, the type's closed status for rejected requests. `summary` is what the log
 * says, e.g. `saying('rejected', { wcaId })`: "Rejected the claim to WCA ID 2015SMIT02.".
 */
export function rejectWithReason<Stored extends Rejectable>(options: {
  readonly moveTo: string;
  readonly summary: (rejected: { readonly metadata: Stored; readonly reason: string }) => ActionSaid;
}): ActionEffect<Stored, { reason: string }> {
  return async ({ metadata, input }) => {
    const rejected: Stored = { ...metadata, rejectionReason: input.reason };
    return {
      summary: options.summary({ metadata, reason: input.reason }),
      metadata: rejected,
      changes: metadataChanges<Rejectable>(metadata, rejected, { rejectionReason: 'rejection reason' }),
      moveTo: options.moveTo,
    };
  };
}
