import type { SqlClient } from '@tickets/plugin-kit/server';
import type { CompetitionResultStored } from '../competition-result-stored.js';

/** What each posting step is given: the ticket's transaction, and the submission as the ticket holds it. */
export interface PostingContext {
  readonly db: SqlClient;
  readonly ticketId: number;
  readonly submission: CompetitionResultStored;
}

/**
 * The host site's results database, as the posting steps reach it: a port the host implements (the
 * seed organisation's Rails app over its results tables). Each call runs in the ticket's transaction
 * when the host's tables share its database, so a step is either done and logged, or neither.
 */
export interface ResultsPosting {
  /** What the results database flags in the submission (records, time limits); none is an empty list. */
  warnings(context: PostingContext): Promise<string[]>;
  /** Moves the submitted results or scrambles into the results database; how many rows it merged. */
  mergeInbox(context: PostingContext, what: 'results' | 'scrambles'): Promise<number>;
  /** The newcomers who look like people who competed before (a name already in the database). */
  possibleReturners(context: PostingContext): Promise<string[]>;
  /** Gives each newcomer a WCA ID; the IDs, in the order of the newcomers. */
  createWcaIds(context: PostingContext): Promise<string[]>;
  /** Makes the competition's results public. */
  post(context: PostingContext): Promise<void>;
}
