import { z } from 'zod';

/** What a person asks to have forgotten: their account, or their account and competitor profile. */
export const AnonymizationScope = z.enum(['account', 'account_and_profile'], {
  error: "Choose what to anonymize: 'account' (the account only) or 'account_and_profile' (the account and the competitor profile).",
});
export type AnonymizationScope = z.infer<typeof AnonymizationScope>;

export { SCOPE_LABELS } from './constants.js';

export function includesProfile(scope: AnonymizationScope): boolean {
  return scope === 'account_and_profile';
}
