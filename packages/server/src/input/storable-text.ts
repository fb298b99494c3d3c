/*
 * What text PostgreSQL can store, in any text or jsonb column. It refuses the NUL character
 * everywhere and, in jsonb, an escaped lone UTF-16 surrogate (`"\ud800"`): JSON.parse lets both
 * through, so unchecked they would fail in the database, after validation, as an error of ours.
 * A lone surrogate is not Unicode text anyway (it has no character to show), so it is refused in
 * every text column, not only jsonb ones.
 */

export const NUL_MESSAGE = 'Text cannot contain the NUL character (U+0000). Remove it and send again.';
export const LONE_SURROGATE_MESSAGE =
  'Text must be well-formed Unicode: it holds half of a surrogate pair (U+D800–U+DFFF) without the other half. Send the text as UTF-8 again.';

// A high surrogate not followed by a low one, or a low one not preceded by a high one. Without the
// `u` flag the pattern sees UTF-16 code units, which is what a lone surrogate is.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Why a string cannot be stored as text, or null when it can. */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(text)) return LONE_SURROGATE_MESSAGE;
  return null;
}
