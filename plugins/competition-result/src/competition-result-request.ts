import { z } from 'zod';

const NAME_TOO_LONG = 'A name can be at most 100 characters long.';

/** What a Delegate submits for their competition. */
export const CompetitionResultRequest = z.object({
  competitionId: z.number({ error: 'Choose the competition whose results these are.' }).int().positive('Choose the competition whose results these are.'),
  results: z.number({ error: 'Give the number of results as a whole number.' }).int('Count results in whole rows.').min(1, 'Submit at least one result.').max(100_000, 'A competition has at most 100,000 results.'),
  scrambles: z.number({ error: 'Give the number of scramble sets as a whole number (0 if none).' }).int('Count scrambles in whole sets.').min(0, 'Scrambles cannot be negative.').max(10_000, 'A competition has at most 10,000 scramble sets.'),
  /** People competing for the first time, by name: each gets a WCA ID when the results are posted. */
  newcomers: z.array(z.string().trim().min(1, 'Give each newcomer a name.').max(100, NAME_TOO_LONG)).max(1000, 'A competition has at most 1,000 newcomers.').default([]),
  note: z.string().trim().max(2000, 'A note can be at most 2,000 characters long.').optional(),
});
export type CompetitionResultRequest = z.infer<typeof CompetitionResultRequest>;
