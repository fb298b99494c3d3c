import { describe, expect, it } from 'vitest';
import { BenchSettingsError, DEFAULT_SCALES, parseScales, parseSeconds, parseSubscriptions, writeScaleOf } from '../src/bench-settings.js';

describe('the bench settings', () => {
  it('reads BENCH_SCALES as ascending, distinct ticket counts, 10k / 100k / 1M when unset', () => {
    expect(parseScales(undefined)).toEqual([10_000, 100_000, 1_000_000]);
    expect(parseScales('')).toEqual(DEFAULT_SCALES);
    expect(parseScales('100000, 10_000,100000')).toEqual([10_000, 100_000]);
  });

  it('refuses a scale that is not a whole number of at least 1000 tickets, saying what to write', () => {
    expect(() => parseScales('10k')).toThrow(BenchSettingsError);
    expect(() => parseScales('10000,500')).toThrow(/at least 1000 \(for example BENCH_SCALES=10000,100000\)/);
  });

  it('measures writes at 100k when that scale runs, else at the smallest', () => {
    expect(writeScaleOf([10_000, 100_000, 1_000_000])).toBe(100_000);
    expect(writeScaleOf([10_000, 1_000_000])).toBe(10_000);
  });

  it('reads BENCH_SECONDS as a positive number', () => {
    expect(parseSeconds(undefined, 3)).toBe(3);
    expect(parseSeconds('0.5', 3)).toBe(0.5);
    expect(() => parseSeconds('0', 3)).toThrow(/positive number/);
  });

  it('reads BENCH_LIVE_SUBSCRIPTIONS as a whole number of at least 1, 1,000 when unset', () => {
    expect(parseSubscriptions(undefined, 1000)).toBe(1000);
    expect(parseSubscriptions(' 1_000 ', 5)).toBe(1000);
    expect(() => parseSubscriptions('1k', 1000)).toThrow(BenchSettingsError);
    expect(() => parseSubscriptions('0', 1000)).toThrow(/at least 1/);
  });
});
