import { z } from 'zod';

/** A row of `group_memberships`: a user in a group. */
export const GroupMembershipRow = z.object({
  group_id: z.number(),
  user_id: z.number(),
  is_lead: z.boolean(),
});
export type GroupMembershipRow = z.infer<typeof GroupMembershipRow>;
