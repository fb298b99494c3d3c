import { definePrincipalKindServer, sql } from '@tickets/plugin-kit/server';

/**
 * A competition as a principal: its members are its Delegates (the directory's `competition_staff`
 * rows with role 'delegate'; organisers are not). This one rule decides who sees the tickets a
 * competition is a stakeholder of, who may speak and act for it, and who is mailed about them.
 */
export const competitionKind = definePrincipalKindServer({
  kind: 'competition',
  title: 'Competition',
  description: 'A competition; its Delegates belong to it.',
  principals: sql`select id, name from competitions`,
  members: sql`select competition_id as principal_id, user_id from competition_staff where role = 'delegate'`,
});
