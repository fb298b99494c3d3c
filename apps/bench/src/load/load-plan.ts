// What the orchestrator hands a load process (as JSON on its command line's file), and what it
// answers on stdout. Shared by both sides so they cannot drift apart.
import type { LoadStats } from '../latency-stats.js';

/** One SQL statement: a recorded one of an API request (replayed as is), or one of a floor. */
export interface RecordedStatement {
  text: string;
  values: unknown[];
}

/** Per connection: a ticket of its own, so connections never wait on each other's row lock. */
export interface HttpPlan {
  kind: 'http';
  url: string;
  method: 'GET' | 'POST';
  token: string;
  /** The request body (POST) or `input` (GET); `$ticket` / `$version` are replaced per request. */
  input: Record<string, unknown>;
  /** For mutations that alternate between two statuses; `$status` is replaced. */
  statuses?: [number, number];
  /** The connection's ticket and its version now (mutations follow the version they get back). */
  tickets: { id: number; version: number }[];
}

/** The API's own SQL for one request, replayed over a raw pool: the "replay" column. */
export interface SqlPlan {
  kind: 'sql';
  databaseUrl: string;
  statements: RecordedStatement[];
  /** The ticket id the statements were recorded on; each connection replaces it with its own. */
  recordedTicketId: number;
  ticketIds: number[];
  /** Connections in the pool (the API's pool holds 10). */
  poolSize: number;
}

/**
 * The floor: hand-written minimal SQL for the same effect, run over a raw pool. A value that is a
 * string naming a placeholder (`$ticket`, `$stakeholder`, `$status`…) is replaced per connection.
 */
export interface FloorPlan {
  kind: 'floor';
  databaseUrl: string;
  statements: RecordedStatement[];
  /** The placeholders' values of each connection (connection i uses entry i modulo their number). */
  connections: Record<string, unknown>[];
  /** Placeholder values that take turns, one set per successful request (a status toggle and its log event). */
  turns?: Record<string, unknown>[];
  poolSize: number;
}

export interface LoadPlan {
  target: HttpPlan | SqlPlan | FloorPlan;
  concurrency: number;
  /** Measured time; a warm-up of `warmupSeconds` runs first and is not counted. */
  seconds: number;
  warmupSeconds: number;
  /** A hard cap on the requests of the measured part. */
  maxRequests: number;
}

export type LoadAnswer = LoadStats;
