// Timestamps without Intl: a page's first Intl formatter makes the browser load its locale data,
// 50–70 ms on this project's bench machine, which held a ticket's first paint back (measured with
// apps/bench's `render` A/B, docs/benchmarks.md). Local time in ISO 8601 order reads the same in
// every language, so it needs no translation either.

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A timestamp as people read it, in their time zone: `2026-12-03 09:05`. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
