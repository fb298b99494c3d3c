/**
 * What the type's schemas say of a field (competition-result-request.ts, actions.ts), as its words
 * `invalid.<name>` (ticket-type.ts spreads `invalidWords(INVALID)`): the server half's words hold
 * each in Spanish and Polish, so the API says a refused field in the reader's language.
 */
export const INVALID = {
  chooseCompetition: 'Choose the competition whose results these are.',
  resultsNumber: 'Give the number of results as a whole number.',
  resultsWhole: 'Count results in whole rows.',
  resultsAtLeastOne: 'Submit at least one result.',
  resultsAtMost: 'A competition has at most 100,000 results.',
  scramblesNumber: 'Give the number of scramble sets as a whole number (0 if none).',
  scramblesWhole: 'Count scrambles in whole sets.',
  scramblesNegative: 'Scrambles cannot be negative.',
  scramblesAtMost: 'A competition has at most 10,000 scramble sets.',
  newcomerName: 'Give each newcomer a name.',
  nameTooLong: 'A name can be at most 100 characters long.',
  newcomersAtMost: 'A competition has at most 1,000 newcomers.',
  noteTooLong: 'A note can be at most 2,000 characters long.',
  abortWhy: 'Say in a sentence why posting stops; the Delegates read it to correct their submission.',
  reasonTooLong: 'A reason can be at most 2,000 characters long.',
} as const;
