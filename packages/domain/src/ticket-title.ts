import { z } from 'zod';
import { LIMITS } from './limits.js';

/*
 * A title is shown in lists, page headings, mail subjects and terminal logs. Characters that
 * break a line, drive a terminal (ESC starts an ANSI sequence) or reorder the text around them
 * (bidi overrides and isolates, "Trojan Source") would let one ticket disguise itself or others.
 */

// C0 and C1 controls and DEL: line breaks (CR, LF), tabs, ESC and the rest.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;
// Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
// Whitespace and characters that render as nothing (zero-width space and joiners, word joiner,
// BOM, Hangul fillers, …), plus the blank Braille pattern, which is visible only as a gap.
const INVISIBLE = /[\p{White_Space}\p{Default_Ignorable_Code_Point}\u2800]/gu;

export const TITLE_MESSAGES = {
  empty: 'A ticket needs a title.',
  tooLong: `A title can be at most ${LIMITS.ticketTitleMaxLength} characters long.`,
  control: 'A title cannot contain control characters (such as line breaks, tabs or terminal escape codes).',
  bidi: 'A title cannot contain characters that reverse or isolate the direction of text (U+202A–U+202E, U+2066–U+2069).',
  invisible: 'A title needs visible characters, not only spaces or invisible ones.',
} as const;

/** A ticket title as a person types it: trimmed, 1–255 characters, one line of visible, plain text. */
export const TicketTitle = z
  .string()
  .trim()
  .min(1, TITLE_MESSAGES.empty)
  .max(LIMITS.ticketTitleMaxLength, TITLE_MESSAGES.tooLong)
  .refine((title) => !CONTROL_CHARACTERS.test(title), TITLE_MESSAGES.control)
  .refine((title) => !BIDI_CONTROLS.test(title), TITLE_MESSAGES.bidi)
  .refine((title) => title.length === 0 || title.replace(INVISIBLE, '').length > 0, TITLE_MESSAGES.invisible);
