// The bench's settings from its environment, checked before anything runs.

export const DEFAULT_SCALES = [10_000, 100_000, 1_000_000];

export class BenchSettingsError extends Error {
  override name = 'BenchSettingsError';
}

/** `BENCH_SCALES` ("10000,100000"): the ticket counts to measure the read path at, ascending. */
export function parseScales(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') return DEFAULT_SCALES;
  const scales = text.split(',').map((part) => Number(part.trim().replaceAll('_', '')));
  const wrong = scales.find((scale) => !Number.isInteger(scale) || scale < 1000);
  if (wrong !== undefined) {
    throw new BenchSettingsError(`BENCH_SCALES='${text}': each scale is a whole number of tickets, at least 1000 (for example BENCH_SCALES=10000,100000).`);
  }
  return [...new Set(scales)].sort((a, b) => a - b);
}

/** The scale the write path (and the read path at concurrency 8) is measured at: 100k when measured, else the smallest. */
export function writeScaleOf(scales: readonly number[]): number {
  return scales.includes(100_000) ? 100_000 : scales[0]!;
}

/** A positive number of seconds from `BENCH_SECONDS`. */
export function parseSeconds(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new BenchSettingsError(`BENCH_SECONDS='${text}': give the measured seconds per figure as a positive number (for example BENCH_SECONDS=1).`);
  return seconds;
}

/** A whole number of open ticket subscriptions from `BENCH_LIVE_SUBSCRIPTIONS` (issue #17 asks for 1,000). */
export function parseSubscriptions(text: string | undefined, fallback: number): number {
  if (text === undefined || text.trim() === '') return fallback;
  const count = Number(text.trim().replaceAll('_', ''));
  if (!Number.isInteger(count) || count < 1) {
    throw new BenchSettingsError(`BENCH_LIVE_SUBSCRIPTIONS='${text}': give the open ticket subscriptions as a whole number, at least 1 (for example BENCH_LIVE_SUBSCRIPTIONS=100).`);
  }
  return count;
}
