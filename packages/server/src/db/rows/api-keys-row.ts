import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `api_keys`: a host site's intake key, stored as its SHA-256 hash only. */
export const ApiKeyRow = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  key_hash: z.string(),
  created_at: pgTimestamp,
  last_used_at: pgTimestamp.nullable(),
  revoked_at: pgTimestamp.nullable(),
});
export type ApiKeyRow = z.infer<typeof ApiKeyRow>;
