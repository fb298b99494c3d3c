import { z } from 'zod';

/*
 * A cursor is the position after the last row of a page, handed to the client as an opaque string
 * (base64url JSON). It is not signed: it only says where to continue within the viewer's own list,
 * and every page is filtered by visibility again, so an edited cursor can skip rows but never
 * reveal one. What it must never do is reach the database unchecked, so decoding is strict.
 */

export function encodeCursor(position: object): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** The position in a cursor, or null when the string is not a cursor of this shape. */
export function decodeCursor<Position>(raw: string, schema: z.ZodType<Position>): Position | null {
  const bytes = Buffer.from(raw, 'base64url');
  // Node skips characters outside the alphabet; a string that does not round-trip was altered.
  if (bytes.length === 0 || bytes.toString('base64url') !== raw) return null;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export const CURSOR_REFUSED = 'This cursor is not one this API handed out (it may have been cut short or edited). Ask for the first page again, without a cursor.';

/**
 * An input field for a cursor: decoded while the input is checked, so a bad one is refused as
 * BAD_REQUEST with the field path `cursor` before any query runs.
 */
export function cursorInput<Position>(schema: z.ZodType<Position>) {
  return z
    .string()
    .max(1000, CURSOR_REFUSED)
    .transform((raw, ctx) => {
      const position = decodeCursor(raw, schema);
      if (position === null) {
        ctx.addIssue({ code: 'custom', message: CURSOR_REFUSED });
        return z.NEVER;
      }
      return position;
    });
}
