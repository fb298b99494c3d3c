import { z } from 'zod';
import { INVALID } from './invalid.js';

/** What a person asks to have forgotten: their account, or their account and competitor profile. */
export const AnonymizationScope = z.enum(['account', 'account_and_profile'], { error: INVALID.chooseScope });
export type AnonymizationScope = z.infer<typeof AnonymizationScope>;

export { SCOPE_LABELS } from './constants.js';

export function includesProfile(scope: AnonymizationScope): boolean {
  return scope === 'account_and_profile';
}
