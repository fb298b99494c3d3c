import type { PluginLifecycle, TransitionTable } from '@tickets/domain';

/** The results team: it handles every anonymization request. */
export const TEAM = 'WRT';

export const STATUS = {
  requested: 'Requested',
  anonymized: 'Anonymized',
  rejected: 'Rejected',
  duplicate: 'Duplicate',
} as const;

// Names and categories match the other results-team types (edit-person, claim-wca-id), so a
// namespace shares Requested, Rejected and Duplicate between them instead of refusing one.
export const ANONYMIZATION_LIFECYCLE: PluginLifecycle = {
  statuses: [
    { name: STATUS.requested, category: 'triage', color: '#737278' },
    { name: STATUS.anonymized, category: 'done', color: '#108548', description: 'The account (and profile) were anonymized.' },
    { name: STATUS.rejected, category: 'canceled', color: '#dd2b0e' },
    { name: STATUS.duplicate, category: 'canceled', color: '#dd2b0e' },
  ],
  defaults: { open: STATUS.requested, closed: STATUS.anonymized, duplicate: STATUS.duplicate },
};

/*
 * Every move is the results team's. No status moves *to* Anonymized: only the `anonymize` action
 * gets there (actions are not bound by this table), so Anonymized always means the directory was
 * really changed — and a plain close, which would land there, is refused for the same reason.
 * The team may reopen any closed ticket, e.g. to run `anonymize` again after the person's account
 * was linked to a profile later.
 */
const byTeam = [{ group: TEAM }];
export const ANONYMIZATION_TRANSITIONS: TransitionTable = {
  [STATUS.requested]: { to: [STATUS.rejected, STATUS.duplicate], by: byTeam },
  [STATUS.anonymized]: { to: [STATUS.requested], by: byTeam },
  [STATUS.rejected]: { to: [STATUS.requested, STATUS.duplicate], by: byTeam },
  [STATUS.duplicate]: { to: [STATUS.requested, STATUS.rejected], by: byTeam },
};
