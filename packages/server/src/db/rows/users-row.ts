import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `users`, the directory's accounts. */
export const UserRow = z.object({
  id: z.number(),
  name: z.string(),
  email: z.string().nullable(),
  is_site_admin: z.boolean(),
  person_id: z.number().nullable(),
  anonymized_at: pgTimestamp.nullable(),
  created_at: pgTimestamp,
});
export type UserRow = z.infer<typeof UserRow>;
