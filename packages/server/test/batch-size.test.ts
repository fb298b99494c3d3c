import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextBatchSize } from '../src/modules/status-migrations/batch-size.js';

const sizing = { targetMs: 100, min: 50, max: 10_000 };

describe('nextBatchSize', () => {
  it('grows a batch that finished early and shrinks one that ran long, at most twofold at once', () => {
    expect(nextBatchSize(1000, 50, sizing)).toBe(2000);
    expect(nextBatchSize(1000, 10, sizing)).toBe(2000);
    expect(nextBatchSize(1000, 200, sizing)).toBe(500);
    expect(nextBatchSize(1000, 900, sizing)).toBe(500);
    expect(nextBatchSize(1000, 125, sizing)).toBe(800);
  });

  it('stays within its bounds whatever a batch took', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 10_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (size, ms) => {
        const next = nextBatchSize(size, ms, sizing);
        expect(next).toBeGreaterThanOrEqual(sizing.min);
        expect(next).toBeLessThanOrEqual(sizing.max);
        if (ms > sizing.targetMs) expect(next).toBeLessThanOrEqual(size);
        if (ms < sizing.targetMs) expect(next).toBeGreaterThanOrEqual(size);
      }),
    );
  });
});
