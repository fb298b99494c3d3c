/** What one load run measured: throughput and the latency distribution, in milliseconds. */
export interface LoadStats {
  requests: number;
  /** Requests that did not succeed (non-2xx, or a failed SQL transaction). */
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

/** The q-quantile (0..1) of sorted values by the nearest-rank method: always one of the values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(values: readonly number[]): number {
  return quantile([...values].sort((a, b) => a - b), 0.5);
}

export function summarize(latencies: readonly number[], errors: number, seconds: number): LoadStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    errors,
    seconds,
    rps: seconds > 0 ? sorted.length / seconds : 0,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
  };
}
