// Values the schemas and the playground share, kept free of zod so the playground's bundle (which
// imports only this, the wording and types) does not carry it.
import type { AnonymizationScope } from './anonymization-scope.js';

/** The longest reason a requester may give when filing (the same as the plugin-kit's REJECTION_REASON_MAX_LENGTH for rejecting). */
export const MAX_REASON_LENGTH = 1000;

/** How a scope reads in a sentence ("account only"). */
export const SCOPE_LABELS: Readonly<Record<AnonymizationScope, string>> = {
  account: 'account only',
  account_and_profile: 'account and profile',
};
