import type { TransitionTable } from '@tickets/domain';
import { REQUEST_STATUS, requestLifecycle } from '@tickets/plugin-kit';

/** The results team: it handles every anonymization request. */
export const TEAM = 'WRT';

export const STATUS = { ...REQUEST_STATUS, anonymized: 'Anonymized' } as const;

export const ANONYMIZATION_LIFECYCLE = requestLifecycle({ done: { name: STATUS.anonymized, description: 'The account (and profile) were anonymized.' } });

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
