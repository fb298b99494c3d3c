import { z } from 'zod';
import { LIMITS } from './limits.js';

// Characters that make a name unreadable or ambiguous in a list or a sentence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const QUOTES = ['"', "'", '`'];

/** What the status settings' schemas say of a field (the API says them in the reader's language by these words). */
export const STATUS_FIELD_MESSAGES = {
  nameEmpty: 'A status name cannot be empty.',
  nameTooLong: `A status name can be at most ${LIMITS.statusNameMaxLength} characters long.`,
  nameControl: 'A status name cannot contain control characters (such as line breaks or tabs).',
  nameQuoted: 'A status name cannot start or end with a quote or a backtick.',
  descriptionTooLong: `A status description can be at most ${LIMITS.statusDescriptionMaxLength} characters long.`,
  colour: 'A colour must be written as #rrggbb, for example #1f75cb.',
  lifecycleNameEmpty: 'A lifecycle name cannot be empty.',
  lifecycleNameTooLong: `A lifecycle name can be at most ${LIMITS.lifecycleNameMaxLength} characters long.`,
  lifecycleNameControl: 'A lifecycle name cannot contain control characters.',
} as const;

/** A status name as a person types it: trimmed, 1–32 characters, printable, not wrapped in quotes. */
export const StatusName = z
  .string()
  .trim()
  .min(1, STATUS_FIELD_MESSAGES.nameEmpty)
  .max(LIMITS.statusNameMaxLength, STATUS_FIELD_MESSAGES.nameTooLong)
  .refine((name) => !CONTROL_CHARACTERS.test(name), STATUS_FIELD_MESSAGES.nameControl)
  .refine((name) => !QUOTES.some((quote) => name.startsWith(quote) || name.endsWith(quote)), STATUS_FIELD_MESSAGES.nameQuoted);

export const StatusDescription = z.string().trim().max(LIMITS.statusDescriptionMaxLength, STATUS_FIELD_MESSAGES.descriptionTooLong);

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, STATUS_FIELD_MESSAGES.colour)
  .transform((colour) => colour.toLowerCase());

export const LifecycleName = z
  .string()
  .trim()
  .min(1, STATUS_FIELD_MESSAGES.lifecycleNameEmpty)
  .max(LIMITS.lifecycleNameMaxLength, STATUS_FIELD_MESSAGES.lifecycleNameTooLong)
  .refine((name) => !CONTROL_CHARACTERS.test(name), STATUS_FIELD_MESSAGES.lifecycleNameControl);

/** Names compare equal ignoring case (and surrounding blanks) within a namespace. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}
