import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from '../src/latency-stats.js';

describe('latency statistics', () => {
  it('takes quantiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([quantile(sorted, 0.5), quantile(sorted, 0.95), quantile(sorted, 0.99), quantile(sorted, 1)]).toEqual([50, 95, 99, 100]);
    expect(median([3, 1, 2])).toBe(2);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('orders p50 ≤ p95 ≤ p99 and counts requests per second over the measured time', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }), (latencies) => {
        const stats = summarize(latencies, 0, 2);
        expect(stats.p50).toBeLessThanOrEqual(stats.p95);
        expect(stats.p95).toBeLessThanOrEqual(stats.p99);
        expect(stats.rps).toBe(latencies.length / 2);
        expect(latencies).toContain(stats.p95);
      }),
    );
  });
});
