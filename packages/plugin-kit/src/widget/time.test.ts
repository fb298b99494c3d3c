import { describe, expect, it } from 'vitest';
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
