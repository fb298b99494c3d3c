import { z } from 'zod';
import { ExactTimestamp } from '../pagination/exact-timestamp.js';

export const TimelineEntryKind = z.enum(['comment', 'log']);
export type TimelineEntryKind = z.infer<typeof TimelineEntryKind>;

/**
 * Where the next page of a timeline starts: the last entry's exact time, id and kind. Logs and
 * comments have ids of their own, so the kind makes the order total when both share a time and id.
 */
export const TimelineCursor = z.strictObject({
  at: ExactTimestamp,
  id: z.number().int().positive().max(2_147_483_647),
  kind: TimelineEntryKind,
});
export type TimelineCursor = z.infer<typeof TimelineCursor>;
