/** How the status migration sizes its batches: as large as fits in the time a batch may hold its rows. */
export interface BatchSizing {
  /** How long a batch should take; users' changes to its tickets wait at most about this long. */
  targetMs: number;
  min: number;
  max: number;
}

/**
 * The next batch's size after one of `size` tickets took `ms`: scaled toward the target, at most
 * doubled or halved at once (one slow batch on a busy machine must not shrink the rest to nothing).
 */
export function nextBatchSize(size: number, ms: number, sizing: BatchSizing): number {
  const scale = Math.min(2, Math.max(0.5, sizing.targetMs / Math.max(ms, 1)));
  return Math.min(sizing.max, Math.max(sizing.min, Math.round(size * scale)));
}
