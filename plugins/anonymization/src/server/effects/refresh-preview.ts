import { saying } from '@tickets/plugin-kit';
import { changeOf, type MetadataChange } from '@tickets/plugin-kit/server';
import { includesProfile } from '../../anonymization-scope.js';
import { describePreviewFields } from '../../preview-wording.js';
import { preview } from '../preview.js';
import type { EffectContext, EffectOutcome } from './effect-types.js';
import { previewChange, samePreviewEntries } from './preview-change.js';

/**
 * Reads the directory again and stores what anonymizing would replace now, including the profile
 * the account is linked to now (which `anonymize` then checks against).
 */
export async function refreshPreview(context: EffectContext): Promise<EffectOutcome> {
  const { metadata, now } = context;
  const current = await preview(context, metadata, now);
  const personId = current.subject.user.personId;
  const changes: MetadataChange[] = [
    ...changeOf('personId', 'linked person', metadata.personId, personId),
    ...previewChange(metadata.preview, current.preview),
  ];
  const unchanged = personId === metadata.personId && samePreviewEntries(metadata.preview.entries, current.preview.entries);
  // The list of records and fields is the log's data, as the change of the preview keeps it.
  const profile = includesProfile(metadata.scope) && personId === null ? 'unlinked' : 'linked';
  const summary = unchanged
    ? saying('previewUnchanged', { userId: metadata.userId, profile })
    : current.preview.entries.length === 0
      ? saying('previewEmptied', { userId: metadata.userId, profile })
      : saying('previewChanged', { userId: metadata.userId, profile, fields: describePreviewFields(current.preview.entries) });
  return { summary, metadata: { ...metadata, personId, preview: current.preview }, changes };
}
