import { z } from 'zod';
import { AnonymizationScope } from './anonymization-scope.js';
import { MAX_REASON_LENGTH } from './constants.js';
import { INVALID } from './invalid.js';

export { MAX_REASON_LENGTH };

/**
 * What is filed. `userId` is who is to be forgotten: left out, it is the requester. Only the
 * results team and site admins may name somebody else; the server checks that when it stores the
 * request, since only it knows who files.
 */
export const AnonymizationRequest = z.object({
  scope: AnonymizationScope,
  userId: z
    .number({ error: INVALID.giveUserId })
    .int(INVALID.userIdWhole)
    .positive(INVALID.userIdPositive)
    .max(2_147_483_647, INVALID.userIdTooLarge)
    .optional(),
  reason: z.string().trim().max(MAX_REASON_LENGTH, INVALID.reasonTooLong).optional(),
});
export type AnonymizationRequest = z.infer<typeof AnonymizationRequest>;
