import { defineTicketType, invalidWords } from '@tickets/plugin-kit';
import { competitionResultActions } from './actions.js';
import { CompetitionResultRequest } from './competition-result-request.js';
import { CompetitionResultStored } from './competition-result-stored.js';
import { INVALID } from './invalid-sentences.js';
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
  // The English of the actions' refusals (actions.ts), of the store's rules (server/store.ts), of the
  // phrases they put in, of what the actions did (effects.ts) and of what the schemas say of a field
  // (invalid-sentences.ts); the server half's `words` hold the other languages, every key.
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
    'refusal.unknownCompetition': 'There is no competition #{id}.',
    'refusal.notADelegate': 'Only a Delegate of the competition can submit its results.',
    'doing.postResults': 'post results',
    'doing.lockForPosting': 'lock a competition for posting',
    'doing.takeOver': 'take over a competition',
    'doing.abort': 'abort posting',
    'change.abortReason': 'reason for aborting',
    'change.results': 'results',
    'change.scrambles': 'scramble sets',
    'change.newcomers': 'newcomers',
    'summary.lockedForPosting': '{name} locked {competition} for posting.',
    'summary.tookOver': '{name} took {competition} over from {holder}.',
    'summary.aborted': 'Posting stopped: {reason}',
    'summary.resubmitted':
      'Submitted again (submission {submission}): {results, plural, one {# result} other {# results}}, {scrambles, plural, one {# scramble set} other {# scramble sets}}, {newcomers, plural, one {# newcomer} other {# newcomers}}.',
    'summary.noWarnings': 'No warnings to verify.',
    'summary.verifiedWarnings': 'Verified {count, plural, one {# warning} other {# warnings}}: {warnings}',
    'summary.mergedResults': 'Merged {count, plural, one {# result} other {# results}} from the inbox.',
    'summary.mergedScrambles': 'Merged {count, plural, one {# scramble set} other {# scramble sets}} from the inbox.',
    'summary.verifiedNewcomers': 'Verified {count, plural, one {# newcomer} other {# newcomers}}: none has competed before.',
    'summary.verifiedNewcomersToCheck': 'Verified {count, plural, one {# newcomer} other {# newcomers}}; check {returners}: the name is in the database already.',
    'summary.createdWcaIds': 'Created {count, plural, one {# WCA ID} other {# WCA IDs}}: {wcaIds}.',
    'summary.posted': 'Posted the results of {competition}.',
    ...invalidWords(INVALID),
  },
});
