import { z } from 'zod';
import { INVALID } from './invalid-sentences.js';

/** What a Delegate submits for their competition. */
export const CompetitionResultRequest = z.object({
  competitionId: z.number({ error: INVALID.chooseCompetition }).int().positive(INVALID.chooseCompetition),
  results: z.number({ error: INVALID.resultsNumber }).int(INVALID.resultsWhole).min(1, INVALID.resultsAtLeastOne).max(100_000, INVALID.resultsAtMost),
  scrambles: z.number({ error: INVALID.scramblesNumber }).int(INVALID.scramblesWhole).min(0, INVALID.scramblesNegative).max(10_000, INVALID.scramblesAtMost),
  /** People competing for the first time, by name: each gets a WCA ID when the results are posted. */
  newcomers: z.array(z.string().trim().min(1, INVALID.newcomerName).max(100, INVALID.nameTooLong)).max(1000, INVALID.newcomersAtMost).default([]),
  note: z.string().trim().max(2000, INVALID.noteTooLong).optional(),
});
export type CompetitionResultRequest = z.infer<typeof CompetitionResultRequest>;
