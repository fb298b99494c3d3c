import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';
import { formatDateTime } from './Time.js';

describe('formatDateTime', () => {
  it("shows the reader's local time in ISO 8601 order, to the minute", () => {
    // Built from local parts, so the expectation holds in any time zone the tests run in.
    expect(formatDateTime(new Date(2026, 11, 3, 9, 5, 59).toISOString())).toBe('2026-12-03 09:05');
    expect(formatDateTime(new Date(999, 0, 1, 23, 0).toISOString())).toBe('0999-01-01 23:00');
  });

  it('shows a text that is no time as it is', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
  });
});

describe('relativeTime', () => {
  const now = Date.UTC(2026, 11, 4, 12, 0, 0);
  const before = (seconds: number) => new Date(now - seconds * 1000).toISOString();
  it("says how long ago in the reader's language, in the largest whole unit", () => {
    expect(relativeTime(before(20), now, 'en')).toBe('now');
    expect(relativeTime(before(3 * 60 + 50), now, 'en')).toBe('3 minutes ago');
    expect(relativeTime(before(86_400 + 60), now, 'en')).toBe('yesterday');
    expect(relativeTime(before(5 * 60), now, 'es')).toBe('hace 5 minutos');
    expect(relativeTime(before(2 * 3600), now, 'pl')).toBe('2 godziny temu');
    expect(relativeTime(before(5 * 3600), now, 'pl')).toBe('5 godzin temu');
  });
  it('gives nothing for a text that is no time', () => {
    expect(relativeTime('yesterday', now, 'en')).toBeNull();
  });
});
