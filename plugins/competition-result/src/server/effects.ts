import { type ActionSaid, saying } from '@tickets/plugin-kit';
import type { ActionEffect } from '@tickets/plugin-kit/server';
import { changeLabels, metadataChanges } from '@tickets/plugin-kit/server';
import type { CompetitionResultRequest } from '../competition-result-request.js';
import type { CompetitionResultStored } from '../competition-result-stored.js';
import { STATUS } from '../lifecycle.js';
import { competitionResultTicketType } from '../ticket-type.js';
import { POSTING_STEPS, type PostingStepKey } from '../posting-steps.js';
import type { PostingContext, ResultsPosting } from './results-posting.js';

type Effect<Input = Record<string, never>> = ActionEffect<CompetitionResultStored, Input>;

const statusOf = (key: PostingStepKey) => POSTING_STEPS.find((step) => step.key === key)!.status;

/** The effects of each posting action, through the host's results database (`ResultsPosting`). */
export function competitionResultEffects(posting: ResultsPosting) {
  /** A step done: the port does it, the ticket records it and moves to the step's status. */
  const step =
    (key: PostingStepKey, work: (context: PostingContext) => Promise<{ summary: ActionSaid; metadata?: Partial<CompetitionResultStored> }>): Effect =>
    async ({ metadata, db, ticket }) => {
      const { summary, metadata: extra = {} } = await work({ db, ticketId: ticket.id, submission: metadata });
      const next = { ...metadata, ...extra, done: [...metadata.done, key] };
      return { summary, metadata: next, moveTo: statusOf(key) };
    };

  const lockForPosting: Effect = async ({ metadata, viewer, now }) => {
    const locked = { ...metadata, lock: { userId: viewer.userId, name: viewer.name, since: now } };
    return {
      summary: saying('lockedForPosting', { name: viewer.name, competition: metadata.competitionName }),
      metadata: locked,
      assign: { kind: 'user', id: viewer.userId },
      moveTo: STATUS.locked,
    };
  };

  const takeOver: Effect = async ({ metadata, viewer, now, stakeholders }) => {
    const holder = metadata.lock!;
    const held = stakeholders.find((s) => s.isActive && s.connection === 'assigned' && s.principal.kind === 'user' && s.principal.id === holder.userId);
    return {
      summary: saying('tookOver', { name: viewer.name, competition: metadata.competitionName, holder: holder.name }),
      metadata: { ...metadata, lock: { userId: viewer.userId, name: viewer.name, since: now } },
      ...(held ? { handOver: { fromStakeholderId: held.id, to: { kind: 'user', id: viewer.userId } } } : { assign: { kind: 'user', id: viewer.userId } }),
    };
  };

  const abort: Effect<{ reason: string }> = async ({ metadata, input }) => {
    const aborted = { ...metadata, lock: null, abortReason: input.reason };
    return { summary: saying('aborted', { reason: input.reason }), metadata: aborted, changes: metadataChanges(metadata, aborted, changeLabels(competitionResultTicketType, ['abortReason'])), moveTo: STATUS.aborted };
  };

  const resubmit: Effect<Omit<CompetitionResultRequest, 'competitionId'>> = async ({ metadata, input }) => {
    const again: CompetitionResultStored = {
      ...metadata,
      results: input.results,
      scrambles: input.scrambles,
      newcomers: input.newcomers,
      note: input.note ?? null,
      submissions: metadata.submissions + 1,
      lock: null,
      done: [],
      warnings: [],
      wcaIds: [],
      abortReason: null,
    };
    return {
      summary: saying('resubmitted', { submission: again.submissions, results: again.results, scrambles: again.scrambles, newcomers: again.newcomers.length }),
      metadata: again,
      changes: metadataChanges(metadata, again, changeLabels(competitionResultTicketType, ['results', 'scrambles', 'newcomers'])),
      moveTo: STATUS.submitted,
    };
  };

  return {
    lockForPosting,
    takeOver,
    verifyWarnings: step('verifyWarnings', async (context) => {
      const warnings = await posting.warnings(context);
      return { summary: warnings.length === 0 ? saying('noWarnings') : saying('verifiedWarnings', { count: warnings.length, warnings: warnings.join(' ') }), metadata: { warnings } };
    }),
    mergeInboxResults: step('mergeInboxResults', async (context) => ({ summary: saying('mergedResults', { count: await posting.mergeInbox(context, 'results') }) })),
    mergeInboxScrambles: step('mergeInboxScrambles', async (context) => ({ summary: saying('mergedScrambles', { count: await posting.mergeInbox(context, 'scrambles') }) })),
    verifyNewcomers: step('verifyNewcomers', async (context) => {
      const returners = await posting.possibleReturners(context);
      const count = context.submission.newcomers.length;
      return { summary: returners.length === 0 ? saying('verifiedNewcomers', { count }) : saying('verifiedNewcomersToCheck', { count, returners: returners.join(', ') }) };
    }),
    createWcaIds: step('createWcaIds', async (context) => {
      const wcaIds = await posting.createWcaIds(context);
      return { summary: saying('createdWcaIds', { count: wcaIds.length, wcaIds: wcaIds.join(', ') }), metadata: { wcaIds } };
    }),
    post: step('post', async (context) => {
      await posting.post(context);
      return { summary: saying('posted', { competition: context.submission.competitionName }), metadata: { lock: null } };
    }),
    abort,
    resubmit,
  };
}
