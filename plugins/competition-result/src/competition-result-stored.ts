import { z } from 'zod';
import { POSTING_STEP_KEYS } from './posting-steps.js';

/** Who holds a competition for posting, and since when (ISO 8601). */
export const PostingLock = z.object({ userId: z.number().int(), name: z.string(), since: z.string() });
export type PostingLock = z.infer<typeof PostingLock>;

/** What the type keeps for a submission: what was submitted, who holds it, and how far posting got. */
export const CompetitionResultStored = z.object({
  competitionId: z.number().int(),
  competitionName: z.string(),
  results: z.number().int(),
  scrambles: z.number().int(),
  newcomers: z.array(z.string()),
  note: z.string().nullable(),
  /** 1 for the first submission; each resubmission after an abort counts one more. */
  submissions: z.number().int(),
  lock: PostingLock.nullable(),
  /** The steps done for this submission, in the order they were done. */
  done: z.array(z.enum(POSTING_STEP_KEYS)),
  /** What the results team saw when it verified the warnings. */
  warnings: z.array(z.string()),
  wcaIds: z.array(z.string()),
  abortReason: z.string().nullable(),
});
export type CompetitionResultStored = z.infer<typeof CompetitionResultStored>;
