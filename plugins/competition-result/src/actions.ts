import { type ActionCheckContext, allOf, onlyGroup, type Refusal, refuse, type TicketActions, whileOpen } from '@tickets/plugin-kit';
import { z } from 'zod';
import { CompetitionResultRequest } from './competition-result-request.js';
import type { CompetitionResultStored } from './competition-result-stored.js';
import { INVALID } from './invalid-sentences.js';
import { STATUS, TEAM } from './lifecycle.js';
import { nextStep, POSTING_STEPS, type PostingStepKey } from './posting-steps.js';

// Refusals are the definition's `refusal.*` words (ticket-type.ts), so the API says them in the reader's language.
type Check = (context: ActionCheckContext<CompetitionResultStored>) => true | Refusal;

/** Only in this status; `why` names the refusal otherwise. */
const inStatus =
  (name: string, why: string): Check =>
  (context) =>
    context.ticket.status.name === name ? true : refuse(why);

/** Only the member who holds the lock works on the competition; others are told who does. */
const holdingTheLock: Check = ({ metadata, viewer }) => {
  if (metadata.lock === null) return refuse('lockFirst');
  return metadata.lock.userId === viewer.userId ? true : refuse('heldBy', { name: metadata.lock.name });
};

/** Taking over needs a holder who is not you. */
const heldBySomeoneElse: Check = ({ metadata, viewer }) => {
  if (metadata.lock === null) return refuse('nobodyHolds');
  return metadata.lock.userId === viewer.userId ? refuse('youHold') : true;
};

/** A step may be done when it is the next one of this submission. */
const isNext =
  (key: PostingStepKey): Check =>
  ({ metadata }) => {
    const next = nextStep(metadata);
    if (next?.key === key) return true;
    const step = POSTING_STEPS.find((candidate) => candidate.key === key)!;
    if (step.onlyWithNewcomers && metadata.newcomers.length === 0) return refuse('noNewcomers');
    // Named by its action's title (the step is an action), so the reader sees it in their own language.
    if (metadata.done.includes(key)) return refuse('stepDone', undefined, { step: `action.${key}.title` });
    return next === null ? refuse('allDone') : refuse('comesFirst', undefined, { step: `action.${next.key}.title` });
  };

/** The competition's Delegates (its members, by the competition kind's rule), whichever stakeholder they act as. */
const aDelegate: Check = ({ viewer, metadata }) =>
  viewer.memberships.some((m) => m.kind === 'competition' && m.id === metadata.competitionId) ? true : refuse('onlyDelegates');

const stepAction = (key: PostingStepKey, description: string) => {
  const step = POSTING_STEPS.find((candidate) => candidate.key === key)!;
  return {
    title: step.title,
    description,
    input: z.object({}),
    can: allOf(whileOpen, onlyGroup(TEAM, 'postResults'), holdingTheLock, isNext(key)),
  };
};

/**
 * Posting a competition, step by step. The results team locks it (one member holds it, so two never
 * post the same competition), goes through the steps in order, and posts it or aborts; after an
 * abort the competition's Delegates may submit again.
 */
export const competitionResultActions = {
  lockForPosting: {
    title: 'Lock for posting',
    description: 'Hold the competition so nobody else posts it meanwhile; you become its assigned actioner.',
    input: z.object({}),
    can: allOf(whileOpen, onlyGroup(TEAM, 'lockForPosting'), inStatus(STATUS.submitted, 'lockedAlready')),
  },
  takeOver: {
    title: 'Take over',
    description: 'Take the competition from the member who holds it (they are told in the timeline).',
    input: z.object({}),
    can: allOf(whileOpen, onlyGroup(TEAM, 'takeOver'), heldBySomeoneElse),
  },
  verifyWarnings: stepAction('verifyWarnings', 'Look at what the results database flags (records, time limits) and confirm each is right.'),
  mergeInboxResults: stepAction('mergeInboxResults', 'Move the submitted results into the results database.'),
  mergeInboxScrambles: stepAction('mergeInboxScrambles', 'Move the submitted scrambles into the results database.'),
  verifyNewcomers: stepAction('verifyNewcomers', 'Check that no newcomer has competed before under another name.'),
  createWcaIds: stepAction('createWcaIds', 'Give each newcomer a WCA ID.'),
  post: stepAction('post', 'Make the results public.'),
  abort: {
    title: 'Abort',
    description: 'Stop posting, saying why; the Delegates may then submit again.',
    input: z.object({
      reason: z
        .string({ error: INVALID.abortWhy })
        .trim()
        .min(10, INVALID.abortWhy)
        .max(2000, INVALID.reasonTooLong),
    }),
    can: allOf(whileOpen, onlyGroup(TEAM, 'abort')),
  },
  resubmit: {
    title: 'Submit again',
    description: 'Submit corrected results after the results team aborted posting.',
    input: CompetitionResultRequest.omit({ competitionId: true }),
    can: allOf(inStatus(STATUS.aborted, 'notAborted'), aDelegate),
  },
} satisfies TicketActions<z.ZodType<CompetitionResultStored>>;
