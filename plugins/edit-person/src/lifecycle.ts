import type { PluginLifecycle, TransitionTable } from '@tickets/domain';

/** The results team: it reviews, applies and rejects profile changes. */
export const TEAM = 'WRT';

export const STATUS = {
  requested: 'Requested',
  underReview: 'Under review',
  applied: 'Applied',
  rejected: 'Rejected',
  duplicate: 'Duplicate',
} as const;

// Descriptions stay neutral: a namespace shares a status of the same name and category between
// types (claim-wca-id also has Requested and Rejected), keeping whichever description came first.
export const EDIT_PERSON_LIFECYCLE: PluginLifecycle = {
  statuses: [
    { name: STATUS.requested, category: 'triage', color: '#737278', description: 'Filed; nobody has looked at it yet.' },
    { name: STATUS.underReview, category: 'in_progress', color: '#1f75cb', description: 'The team is checking the requested change.' },
    { name: STATUS.applied, category: 'done', color: '#108548', description: 'The change was made to the profile.' },
    { name: STATUS.rejected, category: 'canceled', color: '#dd2b0e', description: 'Refused by the team, or withdrawn by the requester.' },
    { name: STATUS.duplicate, category: 'canceled', color: '#dd2b0e', description: 'Already asked for in another ticket.' },
  ],
  defaults: { open: STATUS.requested, closed: STATUS.applied, duplicate: STATUS.duplicate },
};

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
