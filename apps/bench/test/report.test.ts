import { describe, expect, it } from 'vitest';
import type { LoadStats } from '../src/latency-stats.js';
import { countTable, liveTable, scaleTable } from '../src/report.js';
import type { ReadFigure, RunResults } from '../src/run-results.js';
import { scaleLabel } from '../src/table.js';

const stats = (p50: number): LoadStats => ({ requests: 10, errors: 0, seconds: 3, rps: 1000 / p50, p50, p95: p50, p99: p50 });
const read = (scale: number, api: number, floor: number, concurrency = 1): ReadFigure => ({
  key: 'myGroups',
  label: 'my groups',
  scale,
  concurrency,
  api: stats(api),
  floor: stats(floor),
  replay: stats(api),
  statements: { total: 4, inTransaction: 0 },
  samePage: true,
  answerFields: ['items', 'nextCursor', 'total'],
});

const results: RunResults = {
  scales: [10_000, 100_000, 1_000_000],
  reads: [read(10_000, 2, 0.5), read(100_000, 20, 0.5), read(100_000, 90, 3, 8), read(1_000_000, 200, 0.6)],
  writes: [],
  counts: [{ scale: 10_000, exact: 1065, floor: stats(0.3), apiAnswer: 'total: 1,000, totalExact: false' }],
  migration: null,
  render: { skipped: 'no Chromium' },
  live: null,
};

describe('the tables of the report', () => {
  it('names scales as column headers', () => {
    expect([10_000, 100_000, 1_000_000, 2_500, 999].map(scaleLabel)).toEqual(['10k', '100k', '1M', '2.5k', '999']);
  });

  it('shows each read at c=1 per scale, API / floor and their ratio, and how each grew from the smallest scale to the largest', () => {
    const table = scaleTable(results);
    expect(table.headers).toEqual(['request', '10k tickets', '100k tickets', '1M tickets', 'growth 10k → 1M: API / floor']);
    expect(table.rows).toEqual([['my groups', '2.00 / 0.50 (4.00×)', '20.0 / 0.50 (40.00×)', '200 / 0.60 (333.33×)', '100.00× / 1.20×']]);
  });

  it('puts the exact count beside what the API answers and the time of its list', () => {
    expect(countTable(results).rows).toEqual([['10k', '1,065', '0.30', 'total: 1,000, totalExact: false', '2.00']]);
  });

  it('judges issue #17\'s goal in the live table and says how many events did not arrive', () => {
    const live = {
      subscriptions: 1000,
      concurrency: 8,
      seconds: 5,
      without: { rps: 300, p50: 20, p99: 60, errors: 0 },
      with: { rps: 210, p50: 30, p99: 90, errors: 0 },
      roundRatios: [0.7, 0.65, 0.75],
      throughputRatio: 0.7,
      eventDelay: { p50: 140, p99: 1200 },
      eventsArrived: 997,
      commentsWritten: 1000,
      memoryPerSubscriptionKb: 85,
    };
    const table = liveTable(live);
    const row = (start: string) => table.rows.find((r) => String(r[0]).startsWith(start))!;
    expect(table.title).toBe('Live tickets (issue #17): the write path with 1,000 open subscriptions');
    expect(row('throughput')).toEqual(['throughput with ÷ without (median of the rounds)', '0.70× (rounds: 0.70, 0.65, 0.75)', '≥ 0.8×: **missed**']);
    expect(row('delay').slice(1)).toEqual(['140 / 1200', 'no limit set: reported']);
    expect(row('events').slice(1)).toEqual(['997 / 1,000', '**3 did not arrive** (within 5 s of the last comment)']);
    expect(row('open subscriptions')[1]).toBe('1,000 / 8');
    const good = liveTable({ ...live, throughputRatio: 0.95, eventsArrived: 1000, eventDelay: { p50: Number.NaN, p99: Number.NaN } });
    expect(good.rows.map((r) => r[2]).filter(Boolean)).toEqual(['≥ 0.8×: met', 'no limit set: reported', 'every one arrived']);
    expect(good.rows.find((r) => String(r[0]).startsWith('delay'))?.[1]).toBe('— / —');
  });
});
