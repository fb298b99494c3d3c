// The server half of the 'competition-result' type: its store, its principal kind (a competition,
// whose members are its Delegates) and the effects of its posting steps through the host's results
// database. Import it as `@tickets/plugin-competition-result/server`; never in browser code.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { competitionResultTicketType } from '../ticket-type.js';
import { competitionKind } from './competition-kind.js';
import { demoResultsPosting } from './demo-results-posting.js';
import { competitionResultEffects } from './effects.js';
import type { ResultsPosting } from './results-posting.js';
import { competitionResultStore } from './store.js';
import es from './words/es.js';
import pl from './words/pl.js';

export type { PostingContext, ResultsPosting } from './results-posting.js';
export { competitionKind } from './competition-kind.js';
export { demoResultsPosting } from './demo-results-posting.js';

/** The type's server half over a host's results database; `startApi({ ticketTypes })` takes it. */
export function competitionResultServer(posting: ResultsPosting) {
  return defineTicketTypeServer(competitionResultTicketType, {
    store: competitionResultStore,
    effects: competitionResultEffects(posting),
    principalKinds: [competitionKind],
    words: { es, pl },
  });
}

/** What a deployment that lists this package serves: the demo site's results database. */
export default competitionResultServer(demoResultsPosting);
