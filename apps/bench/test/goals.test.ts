import { describe, expect, it } from 'vitest';
import { evaluateGoals, judge } from '../src/goals.js';
import type { LoadStats } from '../src/latency-stats.js';
import type { ReadFigure, ReadKey, RunResults, WriteFigure } from '../src/run-results.js';

const stats = (p50: number, rps = 1000 / p50): LoadStats => ({ requests: 100, errors: 0, seconds: 3, rps, p50, p95: p50 * 2, p99: p50 * 3 });

const read = (key: ReadKey, scale: number, api: number, floor: number): ReadFigure => ({
  key,
  label: `list ${key}`,
  scale,
  concurrency: 1,
  api: stats(api),
  floor: stats(floor),
  replay: stats(api / 2),
  statements: { total: 3, inTransaction: 0 },
  samePage: true,
  answerFields: ['items', 'nextCursor', 'total'],
});

const write = (key: WriteFigure['key'], concurrency: number, apiRps: number, floorRps: number, p50: number, inTransaction: number): WriteFigure => ({
  key,
  label: key,
  scale: 100_000,
  concurrency,
  api: stats(p50, apiRps),
  floor: stats(1, floorRps),
  statements: { total: inTransaction + 1, inTransaction },
  floorStatements: 2,
});

const KEYS: ReadKey[] = ['mine', 'myGroups', 'everything', 'byStatus', 'byCategory', 'byType', 'get'];

function results(overrides: Partial<RunResults> = {}): RunResults {
  return {
    scales: [10_000, 1_000_000],
    reads: [...KEYS.map((key) => read(key, 10_000, 2, 1)), ...KEYS.map((key) => read(key, 1_000_000, key === 'everything' ? 9 : 2.5, 1))],
    writes: [
      write('setStatus', 1, 400, 500, 2.5, 2),
      write('setStatus', 8, 600, 2000, 13, 2),
      write('setStatus', 32, 500, 2000, 60, 2),
      write('comment', 1, 100, 500, 10, 12),
      write('comment', 8, 100, 2000, 80, 12),
      write('comment', 32, 100, 2000, 300, 12),
    ],
    counts: [],
    migration: {
      tickets: 1_000_000,
      batches: 999,
      batchSize: 1000,
      migrationMs: 100_000,
      bareUpdateMs: 40_000,
      longestBatchMs: 250,
      usersDuring: { count: 500, p50Ms: 10, p95Ms: 20 },
      usersIdle: { count: 100, p50Ms: 8, p95Ms: 10 },
      measuredAt: '2026-12-01T10:00:00.000Z',
    },
    render: { median: 180, all: [170, 180, 190], gzipBytes: 55_000, floor: { median: 60, all: [60] } },
    live: null,
    ...overrides,
  };
}

const verdictOf = (rows: ReturnType<typeof evaluateGoals>, start: string) => rows.find((row) => row.goal.startsWith(start))?.verdict;

describe('judging the goals of issue #14', () => {
  it('meets a limit exactly reached, misses one passed, and says when nothing was measured', () => {
    expect([judge(5, 5, 'at most'), judge(5.01, 5, 'at most'), judge(0.3, 0.3, 'at least'), judge(0.29, 0.3, 'at least')]).toEqual(['met', 'missed', 'met', 'missed']);
    expect([judge(null, 5, 'at most'), judge(undefined, 5, 'at most'), judge(Number.NaN, 5, 'at most')]).toEqual(['not measured', 'not measured', 'not measured']);
  });

  it('judges the write path: throughput against the floor at c=8 and 32, p50 at c=1, statements in the transaction', () => {
    const rows = evaluateGoals(results());
    expect(verdictOf(rows, 'status change: throughput ≥ 0.3× floor at c=8')).toBe('met');
    expect(verdictOf(rows, 'status change: throughput ≥ 0.3× floor at c=32')).toBe('missed');
    expect(verdictOf(rows, 'status change: p50 ≤ 3 ms')).toBe('met');
    expect(verdictOf(rows, 'status change: ≤ 4 statements')).toBe('met');
    expect(verdictOf(rows, 'comment: ≤ 4 statements')).toBe('missed');
    expect(rows.find((row) => row.goal.startsWith('comment: ≤ 4'))?.measured).toBe('12 (13 in the request)');
  });

  it('judges every list at the largest scale, in milliseconds and against its floor', () => {
    const rows = evaluateGoals(results());
    expect(verdictOf(rows, 'list mine: p50 ≤ 5 ms at c=1, at 1M')).toBe('met');
    expect(verdictOf(rows, 'list mine: p50 ≤ 3× floor, at 1M')).toBe('met');
    expect(verdictOf(rows, 'list everything: p50 ≤ 5 ms')).toBe('missed');
    expect(verdictOf(rows, 'list everything: p50 ≤ 3× floor')).toBe('missed');
    expect(rows.find((row) => row.goal.startsWith('list everything: p50 ≤ 3×'))?.measured).toBe('9.00× (floor 1.00 ms)');
    expect(verdictOf(rows, 'tickets.get')).toBe('met');
  });

  it('says which scale a shorter run was judged at', () => {
    const short = results({ scales: [10_000], reads: KEYS.map((key) => read(key, 10_000, 2, 1)) });
    expect(evaluateGoals(short).find((row) => row.goal.startsWith('list mine: p50 ≤ 5 ms'))?.goal).toBe('list mine: p50 ≤ 5 ms at c=1, at 10k (1M not run)');
  });

  it('says where a first render spends its time when the browser timed its requests', () => {
    const phases = { bundleLoaded: 120, apiAsked: 105, apiAnswered: 130 };
    const row = evaluateGoals(results({ render: { median: 400, all: [400], gzipBytes: 58_000, phases, floor: { median: 110, all: [100, 110, 120] } } })).find((r) => r.goal.startsWith('first render'));
    expect(row?.verdict).toBe('missed');
    expect(row?.where).toContain('API asked at 105, core in at 120, API answered at 130');
    expect(row?.where).toContain('the same content as static HTML (the floor): 110 ms');
  });

  it('judges the status migration from the server bench, and the first render', () => {
    const rows = evaluateGoals(results());
    expect(verdictOf(rows, 'status migration: ≤ 3×')).toBe('met');
    expect(verdictOf(rows, 'status migration: longest batch')).toBe('missed');
    expect(verdictOf(rows, "status migration: users'")).toBe('missed');
    expect(verdictOf(rows, 'first render')).toBe('met');
    const none = evaluateGoals(results({ migration: null, render: { skipped: 'no Chromium' }, writes: [] }));
    expect(none.filter((row) => row.verdict === 'not measured').map((row) => row.goal.split(':')[0])).toEqual([
      'status change',
      'status change',
      'status change',
      'status change',
      'comment',
      'comment',
      'comment',
      'comment',
      'status migration',
      'status migration',
      'status migration',
      'first render of <tickets-ticket>',
      'write throughput with 1,000 open subscriptions',
    ]);
  });

  it("judges issue #17's goal from the live figures, and says when fewer subscriptions were opened", () => {
    const live = {
      subscriptions: 1000,
      concurrency: 8,
      seconds: 5,
      without: { rps: 200, p50: 40, p99: 150, errors: 0 },
      with: { rps: 170, p50: 45, p99: 190, errors: 0 },
      roundRatios: [0.8, 0.85, 0.9],
      throughputRatio: 0.85,
      eventDelay: { p50: 160, p99: 300 },
      eventsArrived: 850,
      commentsWritten: 850,
      memoryPerSubscriptionKb: 20,
    };
    const row = evaluateGoals(results({ live })).at(-1)!;
    expect(row).toEqual({
      goal: 'write throughput with 1,000 open subscriptions: ≥ 0.8× of none (issue #17)',
      measured: '0.85× (170 vs 200 req/s)',
      verdict: 'met',
      where: 'comments.add at c=8 for 5 s each, median of 3 rounds (0.80, 0.85, 0.90); 850 of 850 events arrived, commit to event p50 160 / p99 300 ms',
    });
    const few = evaluateGoals(results({ live: { ...live, subscriptions: 100, throughputRatio: 0.79 } })).at(-1)!;
    expect(few.goal).toBe('write throughput with 1,000 open subscriptions: ≥ 0.8× of none, at 100 (1,000 not run) (issue #17)');
    expect(few.verdict).toBe('missed');
  });
});
