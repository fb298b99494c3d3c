// Which failures mean "the database cannot be reached right now" (a restart, a failover, a full
// server) rather than a defect: those are answered SERVICE_UNAVAILABLE / 503, "try again", never a
// bare 500. The shapes are the ones pg, pg-pool, knex, Node's sockets and MikroORM really produce;
// MikroORM copies the driver error's own properties (code, cause) onto its DriverException, and
// other layers wrap with `cause`, so the whole chain is looked at.

/**
 * SQLSTATEs: class 08 (connection exception) as a class, and the operator-intervention and
 * resource codes a restart or an overloaded server answers with.
 */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: "terminating connection due to administrator command"
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: "the database system is starting up / shutting down / in recovery mode"
  '53300', // too_many_connections
]);

/** Node socket and DNS error codes (also on an AggregateError when every address of a host failed). */
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTCONN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Errors that carry no code, recognised by the fixed messages their libraries give them. knex (so
 * MikroORM) puts the failed SQL in front: "select … - Client has encountered a connection error …".
 */
const UNAVAILABLE_MESSAGES: readonly RegExp[] = [
  'Connection terminated', // pg: "… unexpectedly", "… due to connection timeout" (pg-pool), plain (client ended)
  'timeout exceeded when trying to connect$', // pg-pool: connectionTimeoutMillis
  'timeout expired$', // pg: connectionTimeoutMillis on a bare client
  'Client has encountered a connection error and is not queryable$', // pg
  'Client was closed and is not queryable$', // pg
  'Cannot use a pool after calling end on the pool$', // pg-pool
  'Knex: Timeout acquiring a connection', // knex: every pooled connection busy, or none could be opened
  'connect ECONNREFUSED', // Node, when the code was lost in a re-throw
].map((text) => new RegExp(`(?:^| - )${text}`));

// Deep enough for pg → MikroORM → tRPC → ours; bounded so a cyclic chain cannot loop.
const MAX_DEPTH = 8;

function field(value: object, key: string): unknown {
  return (value as Record<string, unknown>)[key];
}

function oneIsUnavailable(error: object): boolean {
  const code = field(error, 'code');
  if (typeof code === 'string') {
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSTEM_CODES.has(code)) return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
  }
  const message = field(error, 'message');
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/** Whether `error`, or anything it wraps (`cause`, `previous`, an AggregateError's `errors`), says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<object>();
  const visit = (current: unknown, depth: number): boolean => {
    if (typeof current !== 'object' || current === null || depth > MAX_DEPTH || seen.has(current)) return false;
    seen.add(current);
    if (oneIsUnavailable(current)) return true;
    const inner = [field(current, 'cause'), field(current, 'previous'), ...(Array.isArray(field(current, 'errors')) ? (field(current, 'errors') as unknown[]) : [])];
    return inner.some((next) => visit(next, depth + 1));
  };
  return visit(error, 0);
}
