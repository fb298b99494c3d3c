import { defineTicketType } from '@tickets/plugin-kit';
import { competitionResultActions } from './actions.js';
import { CompetitionResultRequest } from './competition-result-request.js';
import { CompetitionResultStored } from './competition-result-stored.js';
import { COMPETITION_RESULT_LIFECYCLE, COMPETITION_RESULT_TRANSITIONS, TEAM } from './lifecycle.js';

export const competitionResultTicketType = defineTicketType({
  type: 'competition-result',
  title: "Post a competition's results",
  description: "A competition's Delegates submit its results; the results team locks, checks and posts them.",
  metadata: CompetitionResultRequest,
  storedMetadata: CompetitionResultStored,
  lifecycle: COMPETITION_RESULT_LIFECYCLE,
  transitions: COMPETITION_RESULT_TRANSITIONS,
  // The results team is assigned; the competition itself follows its ticket (its Delegates see,
  // comment and submit again), beside the Delegate who filed it (added by the core).
  startingStakeholders: ({ metadata }) => [
    { principal: { group: TEAM }, connection: 'assigned', role: 'actioner' },
    { principal: { kind: 'competition', id: metadata.competitionId }, connection: 'cc', role: 'requester' },
  ],
  actions: competitionResultActions,
});
