import { DomainError } from '@tickets/domain';
import { changeOf, type MetadataChange } from '@tickets/plugin-kit/server';
import { includesProfile } from '../../anonymization-scope.js';
import { STATUS } from '../../lifecycle.js';
import { preview, userMissing } from '../preview.js';
import { readSubjectRecords } from '../subject-records.js';
import { describeAnonymization } from './anonymization-summary.js';
import type { EffectContext, EffectOutcome } from './effect-types.js';
import { previewChange } from './preview-change.js';

const profileLabel = (personId: number | null) => (personId === null ? 'no competitor profile' : `person #${personId}`);

/**
 * Anonymizes the user and, in the profile scope, the profile the preview names; then stores a fresh
 * preview (empty once done, so the ticket no longer keeps a copy of the data) and closes as
 * Anonymized. The directory leaves records it already anonymized alone, so running it again
 * changes nothing and says so.
 */
export async function anonymize(context: EffectContext): Promise<EffectOutcome> {
  const { metadata, directory, now } = context;
  const before = await readSubjectRecords(context, metadata.userId);
  if (!before) throw userMissing(metadata.userId);
  const profileInScope = includesProfile(metadata.scope);
  if (profileInScope && before.user.personId !== metadata.personId) {
    throw new DomainError(
      'precondition',
      'anonymization.profile_link_changed',
      `The account of user #${metadata.userId} is now linked to ${profileLabel(before.user.personId)}, but the preview was taken when it was linked to ${profileLabel(metadata.personId)}; run 'Refresh the preview', check it, then anonymize.`,
      { userId: metadata.userId, previewPersonId: metadata.personId, currentPersonId: before.user.personId },
    );
  }
  const user = await directory.anonymizeUser(metadata.userId);
  const person = profileInScope && metadata.personId !== null ? await directory.anonymizePerson(metadata.personId) : null;
  const after = await preview(context, metadata, now);

  const anonymizedAt = metadata.anonymizedAt ?? now;
  const changes: MetadataChange[] = [
    ...previewChange(metadata.preview, after.preview),
    ...changeOf('anonymizedAt', 'anonymized at', metadata.anonymizedAt, anonymizedAt),
  ];
  const summary = describeAnonymization({
    userId: metadata.userId,
    userChanged: user.changed,
    profile: profileInScope
      ? { personId: metadata.personId, changed: person?.changed ?? false, historyRemoved: person?.changed ? before.personHistoryCount : 0 }
      : null,
  });
  return { summary, metadata: { ...metadata, preview: after.preview, anonymizedAt }, changes, moveTo: STATUS.anonymized };
}
