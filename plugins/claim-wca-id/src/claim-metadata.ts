import { z } from 'zod';
import { INVALID } from './claim-invalid.js';
import { WcaId } from './wca-id.js';

const UserRef = z.number().int().positive();

/** What the requester files: the profile they claim and the Delegate who can confirm it is theirs. */
export const ClaimWcaIdMetadata = z.object({
  wcaId: WcaId,
  delegateUserId: z
    .number({ message: INVALID.chooseDelegate })
    .int(INVALID.chooseDelegate)
    .positive(INVALID.chooseDelegate),
  message: z.string().trim().max(2000, INVALID.messageTooLong).optional(),
});
export type ClaimWcaIdMetadata = z.output<typeof ClaimWcaIdMetadata>;

/**
 * What the type keeps for a claim. `delegateUserId` is the Delegate the request is with (named at
 * filing, changed by `handOver`); `handedTo` lists, oldest first, every Delegate it was handed to.
 * Who may decide is the ticket's active assigned stakeholder, not this field (see README).
 */
export const ClaimWcaIdStored = z.object({
  personId: z.number().int().positive(),
  wcaId: z.string(),
  delegateUserId: UserRef,
  requesterUserId: UserRef,
  message: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  handedTo: z.array(UserRef),
});
export type ClaimWcaIdStored = z.output<typeof ClaimWcaIdStored>;
