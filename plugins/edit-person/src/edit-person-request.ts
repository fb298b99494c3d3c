import { z } from 'zod';
import { capitalisedLabel, FieldChange, FIELDS_NEEDING_PROOF } from './person-fields.js';

export const PROOF_REQUIRED_MESSAGE = 'Add a link to proof (e.g. a scan of an identity document) when you change your name, country or date of birth.';

const ProofUrl = z.url({ protocol: /^https?$/, error: 'Proof is a link to a document, starting with https://.' });

/**
 * What is filed. `personId` is the competitor profile to edit; without it, the requester's own.
 * Proof is not required here: whether it is depends on who files (the results team and site admins
 * need none), which this schema cannot see. `store.insert` applies `requireProof` for everyone
 * else, and forms for people editing their own profile use `EditPersonRequestWithProof`.
 */
export const EditPersonRequest = z
  .object({
    personId: z.number().int('A person id is a whole number.').positive('A person id is a positive number.').max(2_147_483_647, 'No such person id: it is too large.').optional(),
    changes: z.array(FieldChange).min(1, 'Ask for at least one change.'),
    proofUrl: ProofUrl.optional(),
  })
  .superRefine((request, ctx) => {
    const seen = new Set<string>();
    request.changes.forEach((change, index) => {
      if (seen.has(change.field)) {
        ctx.addIssue({ code: 'custom', path: ['changes', index, 'field'], message: `${capitalisedLabel(change.field)} is listed twice; list each field once.` });
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
