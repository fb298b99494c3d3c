const HOUR_MS = 60 * 60 * 1000;

/**
 * How long to wait before the next try after `attempts` failed ones: doubling from `baseMs`
 * (5 s, 10 s, 20 s, …) up to an hour, so a mail server that is down for a while is not hammered
 * and one that comes back is used again within the hour.
 */
export function retryDelayMs(attempts: number, baseMs: number): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(baseMs * 2 ** exponent, HOUR_MS);
}
