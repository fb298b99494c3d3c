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
  // The English of the actions' refusals (actions.ts) and of the phrases they put in; the server
  // half's `words` hold the other languages, every key.
  words: {
    'refusal.lockFirst': 'Lock the competition for posting first.',
    'refusal.heldBy': '{name} holds this competition for posting; take it over first.',
    'refusal.nobodyHolds': 'Nobody holds this competition; lock it instead.',
    'refusal.youHold': 'You hold this competition already.',
    'refusal.noNewcomers': 'This submission has no newcomers; the step does not apply.',
    'refusal.stepDone': '"{step}" is done already.',
    'refusal.allDone': 'Every step is done.',
    'refusal.comesFirst': '"{step}" comes first.',
    'refusal.onlyDelegates': "Only the competition's Delegates can submit its results again.",
    'refusal.lockedAlready': 'The competition is locked already.',
    'refusal.notAborted': 'Results can be submitted again only after posting was aborted.',
    'doing.postResults': 'post results',
    'doing.lockForPosting': 'lock a competition for posting',
    'doing.takeOver': 'take over a competition',
    'doing.abort': 'abort posting',
    'change.abortReason': 'reason for aborting',
    'change.results': 'results',
    'change.scrambles': 'scramble sets',
    'change.newcomers': 'newcomers',
  },
});
