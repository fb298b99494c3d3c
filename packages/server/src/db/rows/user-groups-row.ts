import { z } from 'zod';

/** A row of `user_groups`: a group's key ('WRT') is its name as principal; `name` is its long name. */
export const UserGroupRow = z.object({
  id: z.number(),
  key: z.string(),
  name: z.string(),
  email: z.string().nullable(),
});
export type UserGroupRow = z.infer<typeof UserGroupRow>;
