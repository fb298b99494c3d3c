import { sql } from '@tickets/plugin-kit/server';
import { z } from 'zod';
import type { PostingContext, ResultsPosting } from './results-posting.js';

/**
 * The demo site's results database: what each step did is written to `competition_result_postings`
 * (one row per step and submission), newcomers are checked against the directory's persons, and WCA
 * IDs follow the WCA's pattern (year, four letters of the surname, a number). A host site passes its
 * own `ResultsPosting` to `competitionResultServer`.
 */
export const demoResultsPosting: ResultsPosting = {
  async warnings({ submission }) {
    const warnings: string[] = [];
    if (submission.scrambles === 0) warnings.push('No scrambles were submitted.');
    if (submission.results > 5000) warnings.push(`${submission.results.toLocaleString('en')} results is more than any competition had so far.`);
    if (submission.newcomers.length > 0) warnings.push(`${submission.newcomers.length} newcomer${submission.newcomers.length === 1 ? '' : 's'} to check before WCA IDs are created.`);
    return warnings;
  },
  async mergeInbox(context, what) {
    const merged = what === 'results' ? context.submission.results : context.submission.scrambles;
    await record(context, `merge-${what}`, { merged });
    return merged;
  },
  async possibleReturners({ db, submission }) {
    if (submission.newcomers.length === 0) return [];
    const rows = await db.rows(
      sql`select name from persons where lower(name) = any(${sql.list(submission.newcomers.map((name) => name.toLowerCase()), 'text')}) order by name`,
      z.object({ name: z.string() }),
    );
    return rows.map((row) => row.name);
  },
  async createWcaIds(context) {
    const year = new Date().getUTCFullYear();
    const ids = context.submission.newcomers.map((name, index) => {
      const surname = (name.trim().split(/\s+/).at(-1) ?? 'XXXX').normalize('NFD').replace(/[^A-Za-z]/g, '').toUpperCase();
      return `${year}${surname.padEnd(4, 'X').slice(0, 4)}${String(index + 1).padStart(2, '0')}`;
    });
    await record(context, 'create-wca-ids', { ids });
    return ids;
  },
  async post(context) {
    await record(context, 'post', { results: context.submission.results });
  },
};

async function record({ db, ticketId, submission }: PostingContext, step: string, detail: Record<string, unknown>): Promise<void> {
  await db.run(
    sql`insert into competition_result_postings (ticket_id, competition_id, submission, step, detail)
        values (${ticketId}, ${submission.competitionId}, ${submission.submissions}, ${step}, ${JSON.stringify(detail)}::jsonb)`,
  );
}
