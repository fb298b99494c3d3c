import { z } from 'zod';
import { AnonymizationScope } from './anonymization-scope.js';
import { MAX_REASON_LENGTH } from './constants.js';

export { MAX_REASON_LENGTH };

/**
 * What is filed. `userId` is who is to be forgotten: left out, it is the requester. Only the
 * results team and site admins may name somebody else; the server checks that when it stores the
 * request, since only it knows who files.
 */
export const AnonymizationRequest = z.object({
  scope: AnonymizationScope,
  userId: z
    .number({ error: 'Give the id of the user to anonymize, or leave it out to anonymize your own account.' })
    .int('A user id is a whole number.')
    .positive('A user id is a positive number.')
    .max(2_147_483_647, 'No such user: the id is too large.')
    .optional(),
  reason: z.string().trim().max(MAX_REASON_LENGTH, `A reason can be at most ${MAX_REASON_LENGTH.toLocaleString('en')} characters long.`).optional(),
});
export type AnonymizationRequest = z.infer<typeof AnonymizationRequest>;
