import { z } from 'zod';
import { MAX_REASON_LENGTH } from './anonymization-request.js';
import { AnonymizationScope } from './anonymization-scope.js';
import { AnonymizationPreview } from './preview.js';

/** What the type keeps for a ticket: who is to be forgotten, in which scope, what it will replace, and the outcome. */
export const AnonymizationStored = z.object({
  userId: z.number().int().positive(),
  /** The competitor profile the user was linked to when the preview was taken (kept in either scope, for the record). */
  personId: z.number().int().positive().nullable(),
  scope: AnonymizationScope,
  reason: z.string().max(MAX_REASON_LENGTH).nullable(),
  preview: AnonymizationPreview,
  /** When this ticket's `anonymize` first ran. */
  anonymizedAt: z.iso.datetime({ offset: true }).nullable(),
  rejectionReason: z.string().max(MAX_REASON_LENGTH).nullable(),
});
export type AnonymizationStored = z.infer<typeof AnonymizationStored>;
