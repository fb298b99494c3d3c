import { STATUS } from './lifecycle.js';

/**
 * The steps of posting a competition after it is locked, in order, with the status each leads to.
 * The newcomer steps apply only when the submission has newcomers.
 */
export const POSTING_STEPS = [
  { key: 'verifyWarnings', title: 'Verify the warnings', status: STATUS.warningsVerified, onlyWithNewcomers: false },
  { key: 'mergeInboxResults', title: 'Merge the inbox results', status: STATUS.resultsMerged, onlyWithNewcomers: false },
  { key: 'mergeInboxScrambles', title: 'Merge the inbox scrambles', status: STATUS.scramblesMerged, onlyWithNewcomers: false },
  { key: 'verifyNewcomers', title: 'Verify the newcomers', status: STATUS.newcomersVerified, onlyWithNewcomers: true },
  { key: 'createWcaIds', title: 'Create WCA IDs', status: STATUS.wcaIdsCreated, onlyWithNewcomers: true },
  { key: 'post', title: 'Post the results', status: STATUS.posted, onlyWithNewcomers: false },
] as const;

export type PostingStep = (typeof POSTING_STEPS)[number];
export type PostingStepKey = PostingStep['key'];
export const POSTING_STEP_KEYS = POSTING_STEPS.map((step) => step.key) as [PostingStepKey, ...PostingStepKey[]];

/** The steps this submission goes through: without newcomers there is nothing to verify or create. */
export function stepsFor(submission: { readonly newcomers: readonly string[] }): PostingStep[] {
  return POSTING_STEPS.filter((step) => !step.onlyWithNewcomers || submission.newcomers.length > 0);
}

/** The next step to do, once the competition is locked; null when all are done. */
export function nextStep(submission: { readonly newcomers: readonly string[]; readonly done: readonly string[] }): PostingStep | null {
  return stepsFor(submission).find((step) => !submission.done.includes(step.key)) ?? null;
}
