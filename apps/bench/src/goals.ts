// The goals of issue #14 (and issue #17's for live tickets), judged from one run's figures: each with
// what was measured, whether it is met, and the figures of the same run that show where the time goes.
import type { LoadStats } from './latency-stats.js';
import type { ReadFigure, ReadKey, RunResults, WriteFigure, WriteKey } from './run-results.js';
import { ms, ratio, scaleLabel } from './table.js';

export type Verdict = 'met' | 'missed' | 'not measured';

export interface GoalRow {
  goal: string;
  measured: string;
  verdict: Verdict;
  /** Figures of the same run that say what holds the goal back (or what it rests on). */
  where: string;
}

export const GOALS = {
  writeThroughputShare: 0.3,
  writeP50Ms: 3,
  writeStatements: 4,
  listScale: 1_000_000,
  listP50Ms: 5,
  listFloorRatio: 3,
  getP50Ms: 3,
  migrationFloorRatio: 3,
  migrationLongestBatchMs: 200,
  migrationUsersP95Ratio: 1.5,
  firstRenderMs: 200,
  /** Issue #17: the write path keeps this share of its throughput with `liveSubscriptions` open. */
  liveSubscriptions: 1000,
  liveThroughputRatio: 0.8,
} as const;

export function judge(value: number | null | undefined, limit: number, kind: 'at most' | 'at least'): Verdict {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'not measured';
  return (kind === 'at most' ? value <= limit : value >= limit) ? 'met' : 'missed';
}

const rps = (stats: LoadStats) => stats.rps.toLocaleString('en', { maximumFractionDigits: 0 });

function writeGoals(writes: readonly WriteFigure[], key: WriteKey, label: string): GoalRow[] {
  const at = (concurrency: number) => writes.find((w) => w.key === key && w.concurrency === concurrency);
  const sql = (w: WriteFigure) =>
    `${w.statements.inTransaction} statements in its transaction (floor ${w.floorStatements}), ${w.statements.total} in the request; p50 ${ms(w.api.p50)} vs ${ms(w.floor.p50)} ms`;
  const rows: GoalRow[] = [];
  for (const concurrency of [8, 32]) {
    const w = at(concurrency);
    const share = w ? w.api.rps / w.floor.rps : null;
    rows.push({
      goal: `${label}: throughput ≥ ${GOALS.writeThroughputShare}× floor at c=${concurrency}`,
      measured: w ? `${ratio(w.api.rps, w.floor.rps)} (${rps(w.api)} vs ${rps(w.floor)} req/s)` : 'not run',
      verdict: judge(share, GOALS.writeThroughputShare, 'at least'),
      where: w ? sql(w) : '—',
    });
  }
  const single = at(1);
  rows.push({
    goal: `${label}: p50 ≤ ${GOALS.writeP50Ms} ms at c=1`,
    measured: single ? `${ms(single.api.p50)} ms (floor ${ms(single.floor.p50)} ms)` : 'not run',
    verdict: judge(single?.api.p50, GOALS.writeP50Ms, 'at most'),
    where: single ? `${single.statements.inTransaction} statements in its transaction (floor ${single.floorStatements}); ${rps(single.api)} vs ${rps(single.floor)} req/s` : '—',
  });
  rows.push({
    goal: `${label}: ≤ ${GOALS.writeStatements} statements in its transaction`,
    measured: single ? `${single.statements.inTransaction} (${single.statements.total} in the request)` : 'not run',
    verdict: judge(single?.statements.inTransaction, GOALS.writeStatements, 'at most'),
    where: single ? `floor: ${single.floorStatements}` : '—',
  });
  return rows;
}

function readAt(reads: readonly ReadFigure[], key: ReadKey, scale: number): ReadFigure | undefined {
  return reads.find((r) => r.key === key && r.scale === scale && r.concurrency === 1);
}

const sqlShare = (r: ReadFigure) => `its own SQL replayed: ${ms(r.replay.p50)} ms (${ratio(r.replay.p50, r.floor.p50)} floor); ${r.statements.total} statements`;

function readGoals(results: RunResults): GoalRow[] {
  const top = results.scales.at(-1);
  if (top === undefined) return [];
  // The goals are set at 1M; a shorter run is judged at its largest scale, and says so.
  const where = top === GOALS.listScale ? `at ${scaleLabel(top)}` : `at ${scaleLabel(top)} (${scaleLabel(GOALS.listScale)} not run)`;
  const rows: GoalRow[] = [];
  for (const key of ['mine', 'myGroups', 'everything', 'byStatus', 'byCategory', 'byType'] as const) {
    const r = readAt(results.reads, key, top);
    const label = r?.label ?? key;
    rows.push({
      goal: `${label}: p50 ≤ ${GOALS.listP50Ms} ms at c=1, ${where}`,
      measured: r ? `${ms(r.api.p50)} ms` : 'not run',
      verdict: judge(r?.api.p50, GOALS.listP50Ms, 'at most'),
      where: r ? sqlShare(r) : '—',
    });
    rows.push({
      goal: `${label}: p50 ≤ ${GOALS.listFloorRatio}× floor, ${where}`,
      measured: r ? `${ratio(r.api.p50, r.floor.p50)} (floor ${ms(r.floor.p50)} ms)` : 'not run',
      verdict: judge(r ? r.api.p50 / r.floor.p50 : null, GOALS.listFloorRatio, 'at most'),
      where: r ? sqlShare(r) : '—',
    });
  }
  const get = readAt(results.reads, 'get', top);
  rows.push({
    goal: `tickets.get, 200-entry timeline: p50 ≤ ${GOALS.getP50Ms} ms, ${where}`,
    measured: get ? `${ms(get.api.p50)} ms (floor ${ms(get.floor.p50)} ms)` : 'not run',
    verdict: judge(get?.api.p50, GOALS.getP50Ms, 'at most'),
    where: get ? sqlShare(get) : '—',
  });
  return rows;
}

function migrationGoals(results: RunResults): GoalRow[] {
  const m = results.migration;
  const missing = 'no results file: run `pnpm --filter @tickets/server bench`';
  const from = m ? `server bench of ${m.measuredAt.slice(0, 16).replace('T', ' ')}, ${m.tickets.toLocaleString('en')} tickets` : '—';
  return [
    {
      goal: `status migration: ≤ ${GOALS.migrationFloorRatio}× the bare UPDATE`,
      measured: m ? `${ratio(m.migrationMs, m.bareUpdateMs)} (${(m.migrationMs / 1000).toFixed(1)} s vs ${(m.bareUpdateMs / 1000).toFixed(1)} s)` : missing,
      verdict: judge(m ? m.migrationMs / m.bareUpdateMs : null, GOALS.migrationFloorRatio, 'at most'),
      where: m ? `${m.batches} batches (the first of ${m.batchSize} tickets, the next sized from the last one's time); ${from}` : '—',
    },
    {
      goal: `status migration: longest batch ≤ ${GOALS.migrationLongestBatchMs} ms`,
      measured: m ? `${ms(m.longestBatchMs)} ms` : missing,
      verdict: judge(m?.longestBatchMs, GOALS.migrationLongestBatchMs, 'at most'),
      where: from,
    },
    {
      goal: `status migration: users' status changes p95 ≤ ${GOALS.migrationUsersP95Ratio}× idle`,
      measured: m ? `${ratio(m.usersDuring.p95Ms, m.usersIdle.p95Ms)} (${ms(m.usersDuring.p95Ms)} vs ${ms(m.usersIdle.p95Ms)} ms)` : missing,
      verdict: judge(m ? m.usersDuring.p95Ms / m.usersIdle.p95Ms : null, GOALS.migrationUsersP95Ratio, 'at most'),
      where: m ? `${m.usersDuring.count.toLocaleString('en')} changes during it, ${m.usersIdle.count.toLocaleString('en')} idle; ${from}` : '—',
    },
  ];
}

function liveGoal(results: RunResults): GoalRow {
  const live = results.live;
  const wanted = GOALS.liveSubscriptions.toLocaleString('en');
  // Judged at the subscriptions the run opened; a run with fewer says so, as the lists do for 1M.
  const at = live && live.subscriptions !== GOALS.liveSubscriptions ? `, at ${live.subscriptions.toLocaleString('en')} (${wanted} not run)` : '';
  return {
    goal: `write throughput with ${wanted} open subscriptions: ≥ ${GOALS.liveThroughputRatio}× of none${at} (issue #17)`,
    measured: live ? `${live.throughputRatio.toFixed(2)}× (${live.with.rps} vs ${live.without.rps} req/s)` : 'not run',
    verdict: judge(live?.throughputRatio, GOALS.liveThroughputRatio, 'at least'),
    where: live
      ? `comments.add at c=${live.concurrency} for ${live.seconds} s each, median of ${live.roundRatios.length} rounds (${live.roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')}); ${live.eventsArrived.toLocaleString('en')} of ${live.commentsWritten.toLocaleString('en')} events arrived, commit to event p50 ${ms(live.eventDelay.p50)} / p99 ${ms(live.eventDelay.p99)} ms`
      : '—',
  };
}

export function evaluateGoals(results: RunResults): GoalRow[] {
  const render = 'skipped' in results.render ? null : results.render;
  return [
    ...writeGoals(results.writes, 'setStatus', 'status change'),
    ...writeGoals(results.writes, 'comment', 'comment'),
    ...readGoals(results),
    ...migrationGoals(results),
    {
      goal: `first render of <tickets-ticket>: median ≤ ${GOALS.firstRenderMs} ms`,
      measured: render ? `${ms(render.median)} ms` : `not measured: ${'skipped' in results.render ? results.render.skipped : ''}`,
      verdict: judge(render?.median, GOALS.firstRenderMs, 'at most'),
      where: render
        ? `loads: ${render.all.map(ms).join(', ')} ms; the same content as static HTML (the floor): ${ms(render.floor.median)} ms; bundle ${(render.gzipBytes / 1000).toFixed(1)} KB gzip${
            render.phases
              ? `; median ms from navigation: API asked at ${ms(render.phases.apiAsked)}, core in at ${ms(render.phases.bundleLoaded)}, API answered at ${ms(render.phases.apiAnswered)}`
              : ''
          }`
        : '—',
    },
    liveGoal(results),
  ];
}
