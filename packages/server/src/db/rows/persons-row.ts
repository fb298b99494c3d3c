import { z } from 'zod';
import { pgDate, pgTimestamp } from './pg-values.js';

/** A row of `persons`, the directory's competitor profiles. */
export const PersonRow = z.object({
  id: z.number(),
  wca_id: z.string(),
  name: z.string(),
  country_iso2: z.string(),
  date_of_birth: pgDate.nullable(),
  gender: z.string().nullable(),
  updated_at: pgTimestamp,
});
export type PersonRow = z.infer<typeof PersonRow>;
