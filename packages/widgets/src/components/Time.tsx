import { formatDateTime } from '../format.js';

/** A timestamp in a `<time>` element: machine-readable, and in the reader's time zone. */
export function Time({ at }: { at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>;
}
