import { z } from 'zod';
import { PersonFieldName } from './person-fields.js';

/** A requested field beside the profile's value when it was last read (null: not set in the profile). */
export const RequestedField = z.object({
  field: PersonFieldName,
  oldValue: z.string().nullable(),
  newValue: z.string(),
});
export type RequestedField = z.infer<typeof RequestedField>;

export const APPLY_MODES = ['fix', 'update'] as const;
export type ApplyMode = (typeof APPLY_MODES)[number];

/** What the type keeps for a ticket: the request beside the profile as it was read. */
export const EditPersonStored = z.object({
  personId: z.number().int().positive(),
  wcaId: z.string(),
  fields: z.array(RequestedField).min(1),
  proofUrl: z.string().nullable(),
  /** The profile's `updatedAt` when the old values were read (at filing, or at the last sync). */
  profileVersion: z.string(),
  rejectionReason: z.string().nullable(),
  /** How the change reached the profile, once applied. */
  appliedAs: z.enum(APPLY_MODES).nullable(),
});
export type EditPersonStored = z.infer<typeof EditPersonStored>;

export function findField(metadata: { readonly fields: readonly RequestedField[] }, field: PersonFieldName): RequestedField | undefined {
  return metadata.fields.find((requested) => requested.field === field);
}
