import { Category } from '@tickets/domain';
import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `custom_statuses`: a namespace's own status (ids above the system range). */
export const CustomStatusRow = z.object({
  id: z.number(),
  namespace_id: z.number(),
  name: z.string(),
  color: z.string(),
  description: z.string().nullable(),
  category: Category,
  position: z.number(),
  system_origin: z.number().nullable(),
  created_at: pgTimestamp,
});
export type CustomStatusRow = z.infer<typeof CustomStatusRow>;
