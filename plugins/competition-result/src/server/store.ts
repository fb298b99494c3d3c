import { refuse } from '@tickets/plugin-kit';
import { defineSqlStore, MetadataFieldError, sql } from '@tickets/plugin-kit/server';
import { z } from 'zod';
import type { CompetitionResultStored } from '../competition-result-stored.js';
import { competitionResultTicketType } from '../ticket-type.js';

/**
 * One row per submission ticket; the newcomers, the steps done, the warnings and WCA IDs as lists.
 * A Delegate submits for a competition they delegate (a site admin for any); the competition's name
 * is kept as it was then.
 */
export const competitionResultStore = defineSqlStore(competitionResultTicketType, {
  create: {
    columns: `competition_id int not null, competition_name text not null, results int not null, scrambles int not null,
              newcomers jsonb not null, note text null, submissions int not null, lock jsonb null, done jsonb not null,
              warnings jsonb not null, wca_ids jsonb not null, abort_reason text null`,
    indexes: ['create index tickets_competition_result_competition_index on tickets_competition_result (competition_id)'],
  },
  migrations: [
    {
      name: '002-postings',
      // The demo site's results database (demo-results-posting.ts): what each posting step did.
      up: [
        `create table competition_result_postings (id serial primary key, ticket_id int not null, competition_id int not null, submission int not null,
           step text not null, detail jsonb not null, done_at timestamptz not null default now())`,
        'create index competition_result_postings_competition_index on competition_result_postings (competition_id)',
      ],
      down: ['drop table competition_result_postings'],
    },
  ],
  columns: { newcomers: 'jsonb', lock: 'jsonb', done: 'jsonb', warnings: 'jsonb', wcaIds: 'jsonb' },
  fixed: ['competitionId', 'competitionName'],
  keepsTicketId: false,
  async file({ db, requester, metadata }): Promise<CompetitionResultStored> {
    const membership = requester.memberships.find((m) => m.kind === 'competition' && m.id === metadata.competitionId);
    let name = membership?.name ?? null;
    if (name === null && requester.isSiteAdmin) {
      name = (await db.maybeOne(sql`select name from competitions where id = ${metadata.competitionId}`, z.object({ name: z.string() })))?.name ?? null;
      // The id as written, never grouped ("#1234"), as the English said it before.
      const unknown = refuse('unknownCompetition', { id: String(metadata.competitionId) });
      if (name === null) throw new MetadataFieldError('competition_result.unknown_competition', ['competitionId'], { definition: competitionResultTicketType, refusal: unknown }, { kind: 'not_found' });
    }
    const notADelegate = { definition: competitionResultTicketType, refusal: refuse('notADelegate') };
    if (name === null) throw new MetadataFieldError('competition_result.not_a_delegate', ['competitionId'], notADelegate, { kind: 'forbidden' });
    return {
      competitionId: metadata.competitionId,
      competitionName: name,
      results: metadata.results,
      scrambles: metadata.scrambles,
      newcomers: metadata.newcomers,
      note: metadata.note ?? null,
      submissions: 1,
      lock: null,
      done: [],
      warnings: [],
      wcaIds: [],
      abortReason: null,
    };
  },
});
