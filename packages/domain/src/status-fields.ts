import { z } from 'zod';
import { LIMITS } from './limits.js';

// Characters that make a name unreadable or ambiguous in a list or a sentence.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
const QUOTES = ['"', "'", '`'];

/** A status name as a person types it: trimmed, 1–32 characters, printable, not wrapped in quotes. */
export const StatusName = z
  .string()
  .trim()
  .min(1, 'A status name cannot be empty.')
  .max(LIMITS.statusNameMaxLength, `A status name can be at most ${LIMITS.statusNameMaxLength} characters long.`)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'A status name cannot contain control characters (such as line breaks or tabs).')
  .refine(
    (name) => !QUOTES.some((quote) => name.startsWith(quote) || name.endsWith(quote)),
    'A status name cannot start or end with a quote or a backtick.',
  );

export const StatusDescription = z
  .string()
  .trim()
  .max(
    LIMITS.statusDescriptionMaxLength,
    `A status description can be at most ${LIMITS.statusDescriptionMaxLength} characters long.`,
  );

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour must be written as #rrggbb, for example #1f75cb.')
  .transform((colour) => colour.toLowerCase());

export const LifecycleName = z
  .string()
  .trim()
  .min(1, 'A lifecycle name cannot be empty.')
  .max(LIMITS.lifecycleNameMaxLength, `A lifecycle name can be at most ${LIMITS.lifecycleNameMaxLength} characters long.`)
  .refine((name) => !CONTROL_CHARACTERS.test(name), 'A lifecycle name cannot contain control characters.');

/** Names compare equal ignoring case (and surrounding blanks) within a namespace. */
export function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}
