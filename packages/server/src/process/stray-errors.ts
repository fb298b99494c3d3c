import type { Logger } from 'pino';

/**
 * Errors that belong to one connection or one response (the client went away, a response was
 * written twice): the stack they unwound was that request's only, so the process can keep serving.
 */
const CONNECTION_LEVEL_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
  'ERR_STREAM_DESTROYED',
  'ERR_STREAM_WRITE_AFTER_END',
  'ERR_HTTP_HEADERS_SENT',
]);

export function isConnectionLevel(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' && CONNECTION_LEVEL_CODES.has(error.code);
}

export type StrayErrorVerdict = 'keep-serving' | 'stop';

/**
 * What to do with an error nothing caught. A rejected promise nobody awaited ran its code to the
 * end like any caught failure: log it and keep serving. An uncaught exception unwound a stack at an
 * unknown point, possibly half-way through changing shared state (a pool, a queue), which Node
 * documents as unsafe to resume, unless it is a single connection's failure: then stop, letting
 * open requests finish, and let the supervisor start a clean process.
 */
export function verdictOn(kind: 'unhandledRejection' | 'uncaughtException', error: unknown): StrayErrorVerdict {
  if (kind === 'unhandledRejection') return 'keep-serving';
  return isConnectionLevel(error) ? 'keep-serving' : 'stop';
}

/** The longest a stop after an uncaught exception waits for open requests before exiting anyway. */
const STOP_WITHIN_MS = 10_000;

/**
 * The process-level last resort of the entry points: everything that escapes every `try` is logged
 * with pino, and the process keeps serving where that is safe (see `verdictOn`).
 */
export function handleStrayErrors(api: { stop(): Promise<void> }, logger: Logger): void {
  let stopping = false;
  const handle = (kind: 'unhandledRejection' | 'uncaughtException') => (error: unknown) => {
    const verdict = verdictOn(kind, error);
    if (verdict === 'keep-serving') {
      logger.error({ err: error, kind }, 'An error escaped its request; the server keeps serving');
      return;
    }
    logger.fatal({ err: error, kind }, 'An uncaught exception left the process in an unknown state; stopping so it can be restarted clean');
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), STOP_WITHIN_MS).unref();
    const exit = () => process.exit(1);
    api.stop().then(exit, exit);
  };
  process.on('unhandledRejection', handle('unhandledRejection'));
  process.on('uncaughtException', handle('uncaughtException'));
}
