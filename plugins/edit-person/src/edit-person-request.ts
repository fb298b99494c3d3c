import { z } from 'zod';
import { INVALID } from './invalid-sentences.js';
import { FieldChange, FIELDS_NEEDING_PROOF } from './person-fields.js';

export const PROOF_REQUIRED_MESSAGE = INVALID.proofRequired;

const ProofUrl = z.url({ protocol: /^https?$/, error: INVALID.proofNotALink });

/**
 * What is filed. `personId` is the competitor profile to edit; without it, the requester's own.
 * Proof is not required here: whether it is depends on who files (the results team and site admins
 * need none), which this schema cannot see. `store.insert` applies `requireProof` for everyone
 * else, and forms for people editing their own profile use `EditPersonRequestWithProof`.
 */
export const EditPersonRequest = z
  .object({
    personId: z.number().int(INVALID.personIdWhole).positive(INVALID.personIdPositive).max(2_147_483_647, INVALID.personIdTooLarge).optional(),
    changes: z.array(FieldChange).min(1, INVALID.changesAtLeastOne),
    proofUrl: ProofUrl.optional(),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.changes.forEach((change, index) => {
      if (seen.has(change.field)) {
        ctx.addIssue({ code: 'custom', path: ['changes', index, 'field'], message: INVALID[`${change.field}ListedTwice`] });
      }
      seen.add(change.field);
    });
  });
export type EditPersonRequest = z.output<typeof EditPersonRequest>;

/** Whether this request changes a field that needs proof. */
export function needsProof(request: Pick<EditPersonRequest, 'changes'>): boolean {
  return request.changes.some((change) => FIELDS_NEEDING_PROOF.includes(change.field));
}

/** The proof rule as a zod check: an issue at `proofUrl` when proof is needed and missing. */
export function requireProof(request: Pick<EditPersonRequest, 'changes' | 'proofUrl'>, ctx: z.RefinementCtx): void {
  if (needsProof(request) && !request.proofUrl) ctx.addIssue({ code: 'custom', path: ['proofUrl'], message: PROOF_REQUIRED_MESSAGE });
}

/** The request as someone editing their own profile files it: proof required for name, country and date of birth. */
export const EditPersonRequestWithProof = EditPersonRequest.superRefine(requireProof);
