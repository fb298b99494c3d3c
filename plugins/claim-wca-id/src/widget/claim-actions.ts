import { type ActionView, isActionFailure } from '@tickets/plugin-kit/widget';

/** The type's action keys, as `claim-wca-id.ts` declares them. */
export const CLAIM_ACTION = { approve: 'approve', reject: 'reject', handOver: 'handOver' } as const;
export type ClaimActionKey = (typeof CLAIM_ACTION)[keyof typeof CLAIM_ACTION];

/*
 * The limits of `RejectInput`, repeated here because the playground is bundled without zod; the
 * tests check them against the schema so the two cannot drift apart.
 */
export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 1000;

export function findAction(actions: readonly ActionView[], key: ClaimActionKey): ActionView | undefined {
  return actions.find((action) => action.key === key);
}

/** A refusal split for a form: what belongs beside the field, and what belongs to the form as a whole. */
export interface FormFailure {
  readonly field: string | null;
  readonly form: string | null;
}

/** Places a failed action's message: beside `field` when the server named `input.<field>`, else on the form. */
export function formFailure(error: unknown, field?: string): FormFailure {
  if (!isActionFailure(error)) {
    return { field: null, form: error instanceof Error && error.message ? error.message : 'The action could not be run. Try again.' };
  }
  const mine = field === undefined ? [] : error.fieldErrors.filter((fieldError) => fieldError.path === `input.${field}`);
  if (mine.length > 0) return { field: mine.map((fieldError) => fieldError.message).join(' '), form: null };
  return { field: null, form: error.message };
}
