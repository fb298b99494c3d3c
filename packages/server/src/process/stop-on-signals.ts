import type { Logger } from 'pino';

/** Stops the server on SIGINT/SIGTERM (once), letting open requests finish, then exits. */
export function stopOnSignals(api: { stop(): Promise<void> }, logger: Logger): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'Shutting down: finishing open requests');
      api.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'Shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
