// One way to show a time for the widgets and every playground. Without Intl: a page's first Intl
// formatter makes the browser load its locale data (50–70 ms on the bench machine), which held a
// ticket's first paint back (docs/benchmarks.md). Local time in ISO 8601 order reads the same in
// every language, so it needs no translation either.

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A timestamp as people read it, in their time zone: `2026-12-03 09:05` (the text as is if it is no time). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/** A timestamp in a `<time>` element: machine-readable, and in the reader's time zone. */
export function Time({ at }: { at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>;
}
