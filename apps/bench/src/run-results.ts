import type { LiveFigures } from './live-figures.js';
// Everything one run measured, as plain data: main.ts fills it, goals.ts judges it, report.ts
// turns it into the tables of docs/benchmarks.md.
import type { LoadStats } from './latency-stats.js';
import type { MigrationFigures } from './status-migration.js';
import type { StatementCount } from './statement-count.js';

export const READ_KEYS = ['mine', 'myGroups', 'everything', 'byStatus', 'byCategory', 'byType', 'get'] as const;
export type ReadKey = (typeof READ_KEYS)[number];
export type WriteKey = 'setStatus' | 'comment';

/** One request measured three ways over the same kind of connection, in the same run. */
export interface Measured {
  api: LoadStats;
  /** The hand-written minimal SQL for the same effect. */
  floor: LoadStats;
  /** The API's own SQL for one request, replayed over a raw pool. */
  replay: LoadStats;
  /** The API's statements for one request (recorded after a first request warmed its caches). */
  statements: StatementCount;
}

export interface ReadFigure extends Measured {
  key: ReadKey;
  label: string;
  scale: number;
  concurrency: number;
  /** Whether the floor's page holds the same tickets in the same order as the API's (null: not a list). */
  samePage: boolean | null;
  /** The fields of the API's answer (for tickets.get: whether its timeline came with it). */
  answerFields: string[];
}

/**
 * A write has no replay column: the API's recorded statements carry the version they expected, so
 * once the ticket moved on a replayed guarded UPDATE changes nothing, and the figure would flatter.
 */
export interface WriteFigure extends Omit<Measured, 'replay'> {
  key: WriteKey;
  label: string;
  scale: number;
  concurrency: number;
  /** Statements in the floor's transaction (BEGIN / COMMIT not counted). */
  floorStatements: number;
}

export interface CountFigure {
  scale: number;
  /** The exact count, as the floor answers it. */
  exact: number;
  floor: LoadStats;
  /** What the API's list answers beside its page (every field but the items and the cursor). */
  apiAnswer: string;
}

/** Medians over the loads, in ms from navigation start: where a first render's time goes. */
export interface RenderPhases {
  /** The bundle downloaded (`responseEnd` of tickets-widgets.js). */
  bundleLoaded: number;
  /** The widget asked the API for the ticket (`startTime` of tickets.get): the bundle ran, React started. */
  apiAsked: number;
  /** The API's answer arrived (`responseEnd` of tickets.get, its CORS preflight included). */
  apiAnswered: number;
}

export interface RenderFigure {
  median: number;
  all: number[];
  /** The same content as static HTML from the host (no script, no API): what the browser alone takes. */
  floor: { median: number; all: number[] };
  gzipBytes: number;
  /** Absent when the browser gave no resource timings. */
  phases?: RenderPhases;
}

export interface RunResults {
  /** Ticket counts measured, ascending. */
  scales: number[];
  reads: ReadFigure[];
  writes: WriteFigure[];
  counts: CountFigure[];
  migration: MigrationFigures | null;
  /** The first render, or why it was not measured. */
  render: RenderFigure | { skipped: string };
  /** The write path with open ticket subscriptions (issue #17), at the write scale; null when not measured. */
  live: LiveFigures | null;
}
