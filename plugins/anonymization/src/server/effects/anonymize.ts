import { refuse } from '@tickets/plugin-kit';
import { changeOf, type MetadataChange, TypeRuleError } from '@tickets/plugin-kit/server';
import { includesProfile } from '../../anonymization-scope.js';
import { STATUS } from '../../lifecycle.js';
import { anonymizationType } from '../../ticket-type.js';
import { preview, userMissing } from '../preview.js';
import { readSubjectRecords } from '../subject-records.js';
import { describeAnonymization } from './anonymization-summary.js';
import type { EffectContext, EffectOutcome } from './effect-types.js';
import { previewChange } from './preview-change.js';

/** A linked profile for the words' sentence: the person's id, or 'none'. */
const profileLink = (personId: number | null) => (personId === null ? 'none' : String(personId));

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
    const refusal = refuse('profileLinkChanged', { userId: String(metadata.userId), now: profileLink(before.user.personId), was: profileLink(metadata.personId) });
    throw new TypeRuleError('precondition', 'anonymization.profile_link_changed', { definition: anonymizationType, refusal }, {
      userId: metadata.userId,
      previewPersonId: metadata.personId,
      currentPersonId: before.user.personId,
    });
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
