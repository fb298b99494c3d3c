import { z } from 'zod';

/*
 * Keyset cursors must hold a row's timestamp exactly: PostgreSQL keeps microseconds, a JS Date only
 * milliseconds, and a cursor rounded to the millisecond would skip or repeat rows written within
 * the same millisecond. So the database renders the value as text and the cursor keeps that text.
 */

/** SQL rendering a timestamptz column as `2026-01-31T12:34:56.123456Z` (UTC, microseconds). */
export function exactTimestampSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

const SHAPE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})\d{3}Z$/;

/**
 * A timestamp as `exactTimestampSql` renders it, and one PostgreSQL will accept back (no 31 February,
 * no year 0000: JS dates have a year 0, PostgreSQL's calendar goes from 1 BC to AD 1).
 */
export const ExactTimestamp = z.string().refine((value) => {
  const milliseconds = SHAPE.exec(value)?.[1];
  if (!milliseconds || milliseconds.startsWith('0000')) return false;
  const date = new Date(`${milliseconds}Z`);
  // A day or hour out of range rolls over in JS (31 Feb → 3 Mar) but is an error in PostgreSQL.
  return !Number.isNaN(date.getTime()) && date.toISOString() === `${milliseconds}Z`;
}, 'Not a timestamp this API wrote.');
