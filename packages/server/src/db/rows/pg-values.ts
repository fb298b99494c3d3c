// What the driver hands back for the PostgreSQL types whose JavaScript shape is not obvious. MikroORM
// sets pg's type parsers so that date and time types stay PostgreSQL's text, and pg itself returns
// int8 and numeric as text (a JavaScript number would lose precision): a row schema says so, and a
// query that wants a number casts (`count(*)::int`).
import { z } from 'zod';

/** timestamptz: PostgreSQL's text, e.g. '2026-11-23 09:41:45.123456+00' (`isoTimestamp` turns it into ISO). */
export const pgTimestamp = z.string();

/** date: 'YYYY-MM-DD'. */
export const pgDate = z.string();

/** int8 (bigserial, an uncast count(*)): its decimal text. */
export const pgBigint = z.string();

/**
 * json/jsonb: already parsed by the driver. The code that wrote it gave it its shape, so a read
 * takes it as that type without walking every nested value again (rows stay flat objects to parse).
 */
export function pgJson<T extends object>() {
  return z.custom<T>((value) => typeof value === 'object' && value !== null);
}
