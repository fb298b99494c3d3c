import { z } from 'zod';
import { pgTimestamp } from './pg-values.js';

/** A row of `namespaces`; `default_lifecycle_id` is null while the namespace uses the system lifecycle. */
export const NamespaceRow = z.object({
  id: z.number(),
  key: z.string(),
  name: z.string(),
  uses_custom_statuses: z.boolean(),
  default_lifecycle_id: z.number().nullable(),
  /** Bumped by triggers with every change to the namespace's statuses, lifecycles and pending mappings. */
  catalog_version: z.number(),
  created_at: pgTimestamp,
});
export type NamespaceRow = z.infer<typeof NamespaceRow>;
