import type { FieldError } from './field-errors.js';

/** How many fields a message names; `fieldErrors` still lists them all. */
const MOST_NAMED = 5;

function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Field errors as the words a person reads: one alone in its own words, several each after its path
 * ("title: A ticket needs a title. metadata.reason: Say in a few words why."), for the `message` of a refusal whose details are in `fieldErrors` — never a
 * dump of the validator's data.
 */
export function fieldErrorSentence(errors: readonly FieldError[]): string {
  if (errors.length === 0) return 'The input is not valid.';
  // One refusal is read beside its field (fieldErrors names it): its own words, as the type wrote them.
  if (errors.length === 1) return asSentence(errors[0]!.message);
  const named = errors.slice(0, MOST_NAMED).map((error) => asSentence(error.path ? `${error.path}: ${error.message}` : error.message));
  const more = errors.length - named.length;
  return [...named, ...(more > 0 ? [`(${more} more in fieldErrors.)`] : [])].join(' ');
}
