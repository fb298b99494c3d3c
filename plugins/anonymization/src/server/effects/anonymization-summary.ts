export interface AnonymizationResult {
  readonly userId: number;
  readonly userChanged: boolean;
  /** Null when the profile was not in scope. */
  readonly profile: null | { readonly personId: number | null; readonly changed: boolean; readonly historyRemoved: number };
}

function joined(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The log's sentence for a run of `anonymize`: what it replaced, and what was already anonymized
 * — so a second run says plainly that it changed nothing.
 */
export function describeAnonymization({ userId, userChanged, profile }: AnonymizationResult): string {
  const changed: string[] = [];
  const already: string[] = [];
  (userChanged ? changed : already).push(`the account of user #${userId}`);
  if (profile && profile.personId !== null) {
    const history = profile.historyRemoved > 0 ? ` (deleting its ${profile.historyRemoved} history ${profile.historyRemoved === 1 ? 'entry' : 'entries'})` : '';
    (profile.changed ? changed : already).push(`the competitor profile of person #${profile.personId}${profile.changed ? history : ''}`);
  }
  const verb = already.length === 1 ? 'was' : 'were';
  const sentences =
    changed.length > 0
      ? [`Anonymized ${joined(changed)}.`, ...(already.length > 0 ? [`${capitalised(joined(already))} ${verb} already anonymized.`] : [])]
      : [`Nothing changed: ${joined(already)} ${verb} already anonymized.`];
  if (profile && profile.personId === null) sentences.push(`User #${userId} is not linked to a competitor profile, so no profile was anonymized.`);
  return sentences.join(' ');
}
