import { type ActionSaid, saying } from '@tickets/plugin-kit';

export interface AnonymizationResult {
  readonly userId: number;
  readonly userChanged: boolean;
  /** Null when the profile was not in scope. */
  readonly profile: null | { readonly personId: number | null; readonly changed: boolean; readonly historyRemoved: number };
}

/**
 * What the log says a run of `anonymize` did, as the type's words (`summary.*`, ticket-type.ts):
 * what it replaced, and what was already anonymized — so a second run says plainly that it
 * changed nothing.
 */
export function describeAnonymization({ userId, userChanged, profile }: AnonymizationResult): ActionSaid {
  if (!profile || profile.personId === null) {
    // Only the account: in the profile scope, say that the account has no profile to anonymize.
    const values = { userId, profile: profile ? 'unlinked' : 'none' };
    return saying(userChanged ? 'anonymizedAccount' : 'accountAlreadyAnonymized', values);
  }
  const values = { userId, personId: profile.personId, history: profile.changed ? profile.historyRemoved : 0 };
  if (userChanged) return saying(profile.changed ? 'anonymizedAccountAndProfile' : 'anonymizedAccountProfileAlready', values);
  return saying(profile.changed ? 'anonymizedProfileAccountAlready' : 'accountAndProfileAlreadyAnonymized', values);
}
