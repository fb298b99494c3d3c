// "3 minutes ago" in the reader's language from the browser's Intl (no locale data shipped), and
// one clock for every time on the page. The clock starts after the first paint: a page's first Intl
// formatter makes the browser load its locale data (50–70 ms on the bench machine), which must not
// hold the first render back (docs/benchmarks.md), so times show exact first, then relative.

const STEPS: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** How long ago (or from now) `iso` is at `now`, in `locale`: "3 minutes ago", "yesterday", "now"; null for a text that is no time. */
export function relativeTime(iso: string, now: number, locale: string): string | null {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return null;
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const seconds = (at - now) / 1000;
  for (const [unit, size] of STEPS) if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  return format.format(0, 'second');
}

let now: number | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | null = null;

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
  // Again at the next minute, while anyone shows a time.
  timer = listeners.size > 0 ? setTimeout(tick, 60_000 - (now % 60_000)) : null;
}

/** For `useSyncExternalStore`: the page's clock, null until just after the first paint, then each minute. */
export const pageClock = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    timer ??= setTimeout(tick, 0);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && timer) {
        clearTimeout(timer);
        timer = null;
      }
    };
  },
  now: (): number | null => now,
};
