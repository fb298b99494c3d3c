// One way to show a time for the widgets and every playground: "3 minutes ago" in the reader's
// language, the exact local time (ISO 8601 order, the same in every language) on hover and for
// screen readers. The first paint shows the exact time, without Intl (relative-time.ts says why).
import { useSyncExternalStore } from 'react';
import { useShownLocale } from './i18n/use-messages.js';
import { pageClock, relativeTime } from './relative-time.js';

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A timestamp as people read it, in their time zone: `2026-12-03 09:05` (the text as is if it is no time). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${String(date.getFullYear()).padStart(4, '0')}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())} ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

/**
 * A timestamp in a `<time>` element, machine-readable and in the reader's time zone: relative
 * ("3 minutes ago", kept up to date each minute), the exact time as its title and for screen readers.
 */
export function Time({ at }: { at: string }) {
  const locale = useShownLocale();
  const now = useSyncExternalStore(pageClock.subscribe, pageClock.now, () => null);
  const exact = formatDateTime(at);
  const relative = now === null ? null : relativeTime(at, now, locale);
  return (
    <time dateTime={at} title={exact}>
      {relative === null ? (
        exact
      ) : (
        <>
          <span aria-hidden="true">{relative}</span>
          <span className="tk-sr-only">{exact}</span>
        </>
      )}
    </time>
  );
}
