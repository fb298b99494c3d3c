/**
 * Runs `poll` every `pollMs` while `wanted()` says someone waits: one poll at a time, none while
 * nobody waits. A failed poll is reported and the next one tries again (the database may be away
 * for a moment). The live feeds (log-feed.ts, log-tail.ts) each keep one per process.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped = false;

  constructor(
    private readonly pollMs: number,
    private readonly poll: () => Promise<void>,
    private readonly wanted: () => boolean,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Schedules the next poll, unless one is due or running, or nobody waits. */
  kick(): void {
    if (this.stopped || this.timer || this.polling || !this.wanted()) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run();
    }, this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async run(): Promise<void> {
    this.polling = true;
    try {
      await this.poll();
    } catch (error) {
      this.onError(error);
    } finally {
      this.polling = false;
      this.kick();
    }
  }
}
