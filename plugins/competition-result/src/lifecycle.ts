import type { PluginLifecycle, TransitionTable } from '@tickets/domain';

/** The results team: it locks, checks and posts what the Delegates submit. */
export const TEAM = 'WRT';

/**
 * The statuses of the seed organisation's own results-posting tickets (`tickets_competition_result`),
 * in the order a submission goes through them.
 */
export const STATUS = {
  submitted: 'Submitted',
  locked: 'Locked for posting',
  warningsVerified: 'Warnings verified',
  resultsMerged: 'Inbox results merged',
  scramblesMerged: 'Inbox scrambles merged',
  newcomersVerified: 'Newcomers verified',
  wcaIdsCreated: 'WCA IDs created',
  posted: 'Posted',
  aborted: 'Aborted',
} as const;

const working = (name: string, description: string) => ({ name, category: 'in_progress', color: '#1f75cb', description }) as const;

export const COMPETITION_RESULT_LIFECYCLE: PluginLifecycle = {
  statuses: [
    { name: STATUS.submitted, category: 'to_do', color: '#737278', description: "The competition's Delegates submitted its results; nobody has locked them yet." },
    working(STATUS.locked, 'One member of the results team holds the competition and is posting it.'),
    working(STATUS.warningsVerified, "The results' warnings were looked at."),
    working(STATUS.resultsMerged, 'The submitted results are in the results database.'),
    working(STATUS.scramblesMerged, 'The submitted scrambles are in the results database.'),
    working(STATUS.newcomersVerified, 'The newcomers were checked against people who already competed.'),
    working(STATUS.wcaIdsCreated, 'The newcomers have their WCA IDs.'),
    { name: STATUS.posted, category: 'done', color: '#108548', description: 'The results are public.' },
    { name: STATUS.aborted, category: 'canceled', color: '#dd2b0e', description: 'Posting stopped; the Delegates may submit again.' },
  ],
  defaults: { open: STATUS.submitted, closed: STATUS.aborted, duplicate: STATUS.aborted },
};

/**
 * No status moves by hand: each step is an action with its own permission and effect, so a
 * competition is never shown as further along than what was really done (an empty `to` makes a
 * status final for manual moves, closing and reopening included).
 */
export const COMPETITION_RESULT_TRANSITIONS: TransitionTable = Object.fromEntries(Object.values(STATUS).map((name) => [name, { to: [] }]));
