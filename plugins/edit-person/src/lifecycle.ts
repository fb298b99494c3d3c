import type { TransitionTable } from '@tickets/domain';
import { REQUEST_STATUS, requestLifecycle } from '@tickets/plugin-kit';

/** The results team: it reviews, applies and rejects profile changes. */
export const TEAM = 'WRT';

export const STATUS = { ...REQUEST_STATUS, underReview: 'Under review', applied: 'Applied' } as const;

// Descriptions stay neutral: a namespace shares a status of the same name and category between
// types (claim-wca-id also has Requested and Rejected), keeping whichever description came first.
export const EDIT_PERSON_LIFECYCLE = requestLifecycle({
  inProgress: { name: STATUS.underReview, description: 'The team is checking the requested change.' },
  done: { name: STATUS.applied, description: 'The change was made to the profile.' },
  descriptions: {
    requested: 'Filed; nobody has looked at it yet.',
    rejected: 'Refused by the team, or withdrawn by the requester.',
    duplicate: 'Already asked for in another ticket.',
  },
});

/*
 * `by` applies to every move out of a status, so a table cannot say "the requester may only
 * withdraw". Hence: every status move is the team's, and the requester withdraws through the
 * `withdraw` action (which moves to Rejected). No status moves *to* Applied: a ticket gets there
 * only through `applyAsFix` / `applyAsUpdate`, so Applied always means the profile really changed
 * (closing an open ticket, which would land in Applied, is refused for the same reason).
 * Closed tickets may be reopened by the team (to Requested or Under review) and a duplicate may
 * also be turned into a rejection.
 */
const byTeam = [{ group: TEAM }];
export const EDIT_PERSON_TRANSITIONS: TransitionTable = {
  [STATUS.requested]: { to: [STATUS.underReview, STATUS.rejected, STATUS.duplicate], by: byTeam },
  [STATUS.underReview]: { to: [STATUS.requested, STATUS.rejected, STATUS.duplicate], by: byTeam },
  [STATUS.applied]: { to: [STATUS.requested, STATUS.underReview], by: byTeam },
  [STATUS.rejected]: { to: [STATUS.requested, STATUS.underReview], by: byTeam },
  [STATUS.duplicate]: { to: [STATUS.requested, STATUS.underReview, STATUS.rejected], by: byTeam },
};
